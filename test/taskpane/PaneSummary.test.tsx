/**
 * @jest-environment jsdom
 */
import { webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { buildRecap } from "../../src/recap/recap-pipeline";
import { recapView } from "../../src/recap/recap-view";
import { App } from "../../src/taskpane/App";
import type { BrowserPane, Loaded } from "../../src/taskpane/backend";
import { indicatorRows, seedGrids, withCell } from "../support/grids";
import { ALPHA, ALPHA_EXPECTED, BETA, BETA_EXPECTED, GAMMA, GAMMA_EXPECTED, summaryOf } from "../recap/support/units";
import { limaTingkat, loadedOf, SEED_CAPAIAN, shownComma } from "./support/summary-fixtures";

function fakeBrowser(loaded: Loaded, overrides: Partial<BrowserPane> = {}): BrowserPane {
  return {
    mode: "browser",
    open: jest.fn(async () => loaded),
    openSample: jest.fn(async () => loaded),
    download: jest.fn(async () => ({ loaded, notice: { tone: "success" as const, id: "x", en: "x" } })),
    rekap: jest.fn(async () => ({ notice: { tone: "success" as const, id: "Rekap diunduh.", en: "Recap downloaded." } })),
    cancel: jest.fn(),
    ...overrides,
  };
}

async function openWith(loaded: Loaded, language: "id" | "en" = "id", overrides: Partial<BrowserPane> = {}) {
  const backend = fakeBrowser(loaded, overrides);
  render(<App backend={backend} theme={webLightTheme} initialLanguage={language} />);
  fireEvent.click(screen.getByRole("button", { name: language === "id" ? "Pakai Contoh" : "Use Sample" }));
  return { backend, summary: await screen.findByTestId("pane-summary") };
}

/** What each bar says beside it, and what the table says of the same row. */
function barsAndTable(figure: HTMLElement) {
  const bars = within(figure)
    .getAllByTestId("summary-bar")
    .map((bar) => within(bar).getByTestId("summary-figure").textContent);
  const rows = within(within(figure).getByTestId("summary-table"))
    .getAllByRole("row")
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    );
  return { bars, rows };
}

/** The seed's capaian below 100, at or above it, and without one: counted from the seed's own figures. */
const seedBelow = SEED_CAPAIAN.filter((c) => Number(c) < 100).length;
const seedReached = SEED_CAPAIAN.length - seedBelow;

describe("the pane's summary of the open workbook", () => {
  test("predikat and flag counts, a bar per indicator with its capaian and predikat as text, the same figures in the table", async () => {
    const loaded = loadedOf(seedGrids());
    const { summary } = await openWith(loaded);
    expect(within(summary).getByRole("heading", { name: "Ringkasan" })).toBeTruthy();
    expect(within(summary).getByTestId("predikat-counts")).toHaveTextContent(`Sangat Tinggi ${SEED_CAPAIAN.length}`);

    // The flags counted a second way: those the list shows, on the indicators and on the workbook.
    if (loaded.kind !== "view") throw new Error("expected a view");
    const flags = [...loaded.view.sheetFlags, ...loaded.view.indicators.flatMap((i) => i.flags)];
    const count = (tingkat: string) => flags.filter((f) => f.tingkat === tingkat).length;
    expect(within(summary).getByTestId("flag-counts")).toHaveTextContent(
      `${count("galat")} galat${count("peringatan")} peringatan${count("info")} info`,
    );

    const figure = within(summary).getByTestId("capaian-figure");
    const { bars, rows } = barsAndTable(figure);
    expect(bars).toEqual(SEED_CAPAIAN.map((c) => `${shownComma(c)} % · ${limaTingkat(Number(c))}`));
    expect(rows.map(([baris, , capaian, predikat]) => [baris, `${capaian} % · ${predikat}`])).toEqual(
      bars.map((bar, i) => [String(i + 2), bar]),
    );
    expect(rows.map((r) => r[1])).toEqual(loaded.view.indicators.map((i) => i.indikator));
    // Above 100 % (the seed's 105,01): drawn to the mark, striped, and marked past it.
    expect(within(figure).getAllByTestId("above-marker")).toHaveLength(SEED_CAPAIAN.filter((c) => Number(c) > 100).length);
    expect(figure.querySelectorAll('rect[fill^="url(#"]')).toHaveLength(seedReached);
  });

  test("keyboard and screen reader: the figure takes focus and is named by its caption; the picture is an image named by its counts", async () => {
    const { summary } = await openWith(loadedOf(seedGrids()));
    const figure = within(summary).getByRole("figure");
    expect(figure).toHaveAttribute("tabindex", "0");
    expect(figure).toHaveAccessibleName(/^Capaian setiap indikator terhadap 100 %\./);
    figure.focus();
    expect(figure).toHaveFocus();
    expect(within(figure).getByRole("img")).toHaveAccessibleName(
      `Batang capaian: ${seedBelow} di bawah 100 %, ${seedReached} 100 % atau lebih, 0 tanpa capaian.`,
    );
  });

  test("an indicator without a capaian is a labelled gap, counted apart", async () => {
    const grids = seedGrids();
    withCell(grids.indikator, 3, "target", null);
    const { summary } = await openWith(loadedOf(grids));
    expect(within(summary).getByTestId("predikat-counts")).toHaveTextContent("Sangat Tinggi 2 · tanpa capaian 1");
    const figure = within(summary).getByTestId("capaian-figure");
    const [, , gap] = within(figure).getAllByTestId("summary-bar");
    expect(within(gap!).getByTestId("summary-figure")).toHaveTextContent("tanpa capaian");
    expect(gap!.querySelectorAll("rect")).toHaveLength(1);
    expect(within(figure).getByRole("img")).toHaveAccessibleName(/, 1 tanpa capaian\.$/);
  });

  test("in English: the headings, counts, caption and table headers", async () => {
    const grids = seedGrids();
    withCell(grids.indikator, 3, "target", null);
    const { summary } = await openWith(loadedOf(grids), "en");
    expect(within(summary).getByRole("heading", { name: "Summary" })).toBeTruthy();
    expect(within(summary).getByText("Flags")).toBeTruthy();
    expect(within(summary).getByTestId("predikat-counts")).toHaveTextContent("no achievement 1");
    expect(within(summary).getByTestId("flag-counts")).toHaveTextContent(/error.*warning.*note/);
    const figure = within(summary).getByRole("figure");
    expect(figure).toHaveAccessibleName(/^Each indicator's achievement against 100 %\./);
    expect(
      within(figure)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Row", "Indicator", "Achievement (%)", "Rating"]);
  });

  test("a long list: bars for the lowest 30 only, and the caption says so, with every indicator still in the list", async () => {
    const { summary } = await openWith(loadedOf({ info: seedGrids().info, indikator: indicatorRows(2000) }));
    const figure = within(summary).getByRole("figure");
    expect(within(figure).getAllByTestId("summary-bar")).toHaveLength(30);
    expect(figure).toHaveAccessibleName(/^30 indikator dengan capaian terendah dari 2\.000;/);
    expect(screen.getByRole("heading", { name: "Indikator (2.000)" })).toBeTruthy();
  });
});

describe("the pane's picture of a recap", () => {
  const units = [ALPHA_EXPECTED, BETA_EXPECTED, GAMMA_EXPECTED];
  const plans = () =>
    buildRecap({
      units: [summaryOf(GAMMA, "gamma.xlsx"), summaryOf(BETA, "beta.xlsx"), summaryOf(ALPHA, "alpha.xlsx")],
      skipped: [],
      expected: null,
    });

  test("after a recap: its units ranked, each with rata-rata, predikat and penyerapan beside its bar and in the table", async () => {
    const recap = recapView(plans());
    const rekap = jest.fn(async () => ({ notice: { tone: "success" as const, id: "Rekap diunduh.", en: "x" }, recap }));
    await openWith(loadedOf(seedGrids()), "id", { rekap });
    expect(screen.queryByTestId("recap-summary")).toBeNull();
    fireEvent.change(screen.getByTestId("recap-files-input"), { target: { files: [new File([new Uint8Array([1])], "a.xlsx")] } });
    const summary = await screen.findByTestId("recap-summary");
    expect(within(summary).getByRole("heading", { name: "Peringkat unit" })).toBeTruthy();

    const figure = within(summary).getByRole("figure");
    const { bars, rows } = barsAndTable(figure);
    // Ranked by rata-rata (highest first); equal ones share a rank.
    const ranked = [...units].sort((a, b) => b.rataRata - a.rataRata);
    const rank = (e: (typeof units)[number]) => 1 + units.filter((o) => o.rataRata > e.rataRata).length;
    const comma = (n: number | null) => (n === null ? "–" : shownComma(n));
    expect(rows.map((r) => r[1])).toEqual(expect.arrayContaining(ranked.map((e) => e.unit)));
    for (const [i, row] of rows.entries()) {
      const expected = units.find((e) => e.unit === row[1])!;
      expect(row).toEqual([
        String(rank(expected)),
        expected.unit,
        comma(expected.rataRata),
        expected.predikat,
        comma(expected.penyerapan),
      ]);
      expect(bars[i]).toBe(`${row[2]} % · ${row[3]}`);
      expect(within(figure).getAllByTestId("summary-bar")[i]).toHaveTextContent(`${row[0]}. ${row[1]}`);
      expect(within(figure).getAllByTestId("summary-bar")[i]).toHaveTextContent(
        `Penyerapan ${row[4] === "–" ? "–" : `${row[4]} %`}`,
      );
    }
    expect(rows.map((r) => Number(r[0]))).toEqual([...rows.map((r) => Number(r[0]))].sort((a, b) => a - b));
    expect(figure).toHaveAccessibleName(/^Unit menurut rata-rata capaian, tertinggi lebih dahulu\./);
    expect(summary).toHaveTextContent(recap.title);
    // The open workbook's summary stays.
    expect(screen.getByTestId("pane-summary")).toBeTruthy();
  });

  test("in English", async () => {
    const recap = recapView(plans());
    const rekap = jest.fn(async () => ({ notice: { tone: "success" as const, id: "x", en: "Recap downloaded." }, recap }));
    render(<App backend={fakeBrowser(loadedOf(seedGrids()), { rekap })} theme={webLightTheme} initialLanguage="en" />);
    fireEvent.change(screen.getByTestId("recap-files-input"), { target: { files: [new File([new Uint8Array([1])], "a.xlsx")] } });
    const summary = await screen.findByTestId("recap-summary");
    expect(within(summary).getByRole("heading", { name: "Units ranked" })).toBeTruthy();
    expect(
      within(summary)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Rank", "Unit", "Average achievement (%)", "Rating", "Budget absorbed (%)"]);
    expect(within(summary).getAllByTestId("summary-bar")[0]).toHaveTextContent("Budget absorbed");
  });
});
