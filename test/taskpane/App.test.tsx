/**
 * @jest-environment jsdom
 */
import { webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { publishNotice } from "../../src/excel/notices";
import { App } from "../../src/taskpane/App";
import { PaneReset, type BrowserPane, type ExcelPane, type Loaded } from "../../src/taskpane/backend";
import { evaluateWorkbook } from "../../src/workbook/evaluate-workbook";
import { paneView } from "../../src/workbook/pane-view";
import { snapshotOfGrids } from "../../src/workbook/snapshot";
import { seedGrids } from "../support/grids";

function sampleLoaded(): Loaded {
  const result = evaluateWorkbook(snapshotOfGrids(seedGrids()));
  if (!result.ok) throw new Error(result.message);
  return { kind: "view", view: paneView(result.workbook) };
}

function fakeExcel(overrides: Partial<ExcelPane> = {}): ExcelPane {
  return {
    mode: "excel",
    read: jest.fn(async () => sampleLoaded()),
    buatLaporan: jest.fn(async () => ({
      loaded: sampleLoaded(),
      notice: { tone: "success" as const, id: "Sheet Laporan dibuat: 3 indikator.", en: "Laporan created: 3 indicators." },
    })),
    isiKolomHitung: jest.fn(async () => ({
      loaded: sampleLoaded(),
      notice: { tone: "success" as const, id: "Kolom diisi.", en: "Filled." },
    })),
    sisipkanTemplat: jest.fn(async () => ({
      loaded: sampleLoaded(),
      notice: { tone: "success" as const, id: "Sheet ditambahkan: Info, Indikator.", en: "Sheets added: Info, Indikator." },
    })),
    selectCell: jest.fn(async () => undefined),
    rekap: jest.fn(async () => ({
      notice: { tone: "success" as const, id: "Sheet Rekap Unit ditulis: 2 unit dari 2 file.", en: "x" },
    })),
    ...overrides,
  };
}

const renderPane = (backend: ExcelPane | BrowserPane, language: "id" | "en" = "id") =>
  render(<App backend={backend} theme={webLightTheme} initialLanguage={language} />);

describe("the task pane inside Excel", () => {
  test("shows the unit, year and period, and each indicator with its figures", async () => {
    renderPane(fakeExcel());
    const cards = await screen.findAllByTestId("indicator");
    expect(cards).toHaveLength(3);
    const facts = screen.getByTestId("workbook-facts");
    expect(facts).toHaveTextContent("Kecamatan Klakah");
    expect(facts).toHaveTextContent("2023");
    expect(facts).toHaveTextContent("TW IV");
    expect(within(cards[0]!).getByText("Nilai IKM Kecamatan")).toBeTruthy();
    for (const figure of ["90,00", "84,87", "94,30", "Sangat Tinggi"]) expect(within(cards[0]!).getByText(figure)).toBeTruthy();
  });

  test("flags are listed by level, and clicking one selects its cell", async () => {
    const backend = fakeExcel();
    renderPane(backend);
    const [ikm] = await screen.findAllByTestId("indicator");
    expect(within(ikm!).getByText("peringatan")).toBeTruthy();
    fireEvent.click(within(ikm!).getByRole("button", { name: "Pilih sel Indikator!J2" }));
    await waitFor(() => expect(backend.selectCell).toHaveBeenCalledWith("Indikator!J2"));
  });

  test("an empty workbook offers the template, and inserting it shows what was added", async () => {
    const backend = fakeExcel({ read: jest.fn(async (): Promise<Loaded> => ({ kind: "empty" })) });
    renderPane(backend);
    expect(await screen.findByText(/belum punya sheet Indikator/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Buat Laporan" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Sisipkan Templat" }));
    expect(await screen.findByText("Sheet ditambahkan: Info, Indikator.")).toBeTruthy();
    expect(await screen.findAllByTestId("indicator")).toHaveLength(3);
  });

  test("Buat Laporan shows progress, then the result", async () => {
    let finish: () => void = () => undefined;
    const backend = fakeExcel({
      buatLaporan: jest.fn(
        () =>
          new Promise((resolve) => {
            finish = () =>
              resolve({ loaded: sampleLoaded(), notice: { tone: "success", id: "Sheet Laporan dibuat: 3 indikator.", en: "x" } });
          }),
      ),
    });
    renderPane(backend);
    await screen.findAllByTestId("indicator");
    fireEvent.click(screen.getByRole("button", { name: "Buat Laporan" }));
    expect(await screen.findByText("Sedang bekerja…")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Buat Laporan" })).toBeDisabled();
    await act(async () => finish());
    expect(await screen.findByText("Sheet Laporan dibuat: 3 indikator.")).toBeTruthy();
  });

  test("an error during generation is shown, not swallowed, and the pane stays usable", async () => {
    const backend = fakeExcel({
      buatLaporan: jest.fn(async () => Promise.reject(new Error("GeneralException: sheet terkunci"))),
    });
    renderPane(backend);
    await screen.findAllByTestId("indicator");
    fireEvent.click(screen.getByRole("button", { name: "Buat Laporan" }));
    expect(await screen.findByText("Gagal: GeneralException: sheet terkunci")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Buat Laporan" })).not.toBeDisabled();
  });

  test("a workbook that can't be used says why", async () => {
    renderPane(
      fakeExcel({
        read: jest.fn(async (): Promise<Loaded> => ({ kind: "unusable", message: "Kolom wajib tidak ada: Target." })),
      }),
    );
    expect(await screen.findByTestId("unusable")).toHaveTextContent("Kolom wajib tidak ada: Target.");
  });

  test("the English switch changes the labels (and back)", async () => {
    renderPane(fakeExcel());
    await screen.findAllByTestId("indicator");
    fireEvent.click(screen.getByRole("button", { name: /English/ }));
    expect(screen.getByRole("button", { name: "Create Report" })).toBeTruthy();
    const list = screen.getByRole("region", { name: "Indicator list" });
    expect(within(list).getAllByText("Achievement (%)").length).toBe(3);
    expect(screen.getByText("Flag messages are in Indonesian, as in the report.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /Bahasa Indonesia/ }));
    expect(screen.getByRole("button", { name: "Buat Laporan" })).toBeTruthy();
  });

  test("after the ribbon's Buat Laporan the pane shows its notice, in the chosen language, and reads the workbook again", async () => {
    const renamed = (): Loaded => {
      const loaded = sampleLoaded();
      if (loaded.kind !== "view") throw new Error("expected a view");
      const [first, ...rest] = loaded.view.indicators;
      return {
        kind: "view",
        view: { ...loaded.view, indicators: [{ ...first!, indikator: "Indeks Kepuasan Masyarakat" }, ...rest] },
      };
    };
    const read = jest.fn(async () => sampleLoaded());
    renderPane(fakeExcel({ read }), "en");
    const firstCard = async () => (await screen.findAllByTestId("indicator"))[0]!;
    await within(await firstCard()).findByText("Nilai IKM Kecamatan");
    read.mockImplementation(async () => renamed());
    act(() => publishNotice({ tone: "success", id: "Sheet Laporan dibuat.", en: "The Laporan sheet was created." }));
    await waitFor(async () => expect(within(await firstCard()).getByText("Indeks Kepuasan Masyarakat")).toBeTruthy());
    expect(await screen.findByText("The Laporan sheet was created.")).toBeTruthy();
    expect(read).toHaveBeenCalledTimes(2);
  });

  test("the buttons are reachable by keyboard in reading order, each with a name", async () => {
    renderPane(fakeExcel());
    await screen.findAllByTestId("indicator");
    const names = screen.getAllByRole("button").map((b) => b.textContent || b.getAttribute("aria-label"));
    expect(names.slice(0, 5)).toEqual(["English", "Buat Laporan", "Isi Kolom Hitung", "Sisipkan Templat", "Muat Ulang"]);
    for (const button of screen.getAllByRole("button")) expect(button.getAttribute("tabindex")).not.toBe("-1");
  });
});

describe("the documents the pane makes", () => {
  /** The sample without its Target TW columns: no Rencana Aksi can be made from it. */
  function withoutTargetTw(): Loaded {
    const grids = seedGrids();
    for (const header of ["Target TW1", "Target TW2", "Target TW3", "Target TW4"])
      grids.indikator[0]![grids.indikator[0]!.indexOf(header)] = null;
    const result = evaluateWorkbook(snapshotOfGrids(grids));
    if (!result.ok) throw new Error(result.message);
    return { kind: "view", view: paneView(result.workbook) };
  }
  const box = (name: string) => screen.getByRole("checkbox", { name });

  test("lists the year's documents, each the data allows ticked; Buat Laporan makes the ticked ones", async () => {
    const backend = fakeExcel();
    renderPane(backend);
    await screen.findAllByTestId("indicator");
    for (const name of ["Laporan Kinerja", "Perjanjian Kinerja", "Rencana Aksi", "Evaluasi Renja"])
      expect(box(name)).toBeChecked();
    fireEvent.click(box("Perjanjian Kinerja"));
    expect(box("Perjanjian Kinerja")).not.toBeChecked();
    fireEvent.click(screen.getByRole("button", { name: "Buat Laporan" }));
    await waitFor(() => expect(backend.buatLaporan).toHaveBeenCalledWith(["laporan", "rencanaAksi", "evaluasi"]));
  });

  test("a document the data can't make is unticked, can't be ticked, and says what would add it", async () => {
    renderPane(fakeExcel({ read: jest.fn(async () => withoutTargetTw()) }));
    await screen.findAllByTestId("indicator");
    const rencana = box("Rencana Aksi");
    expect(rencana).not.toBeChecked();
    expect(rencana).toBeDisabled();
    expect(rencana).toHaveAccessibleDescription("Rencana Aksi perlu kolom Target TW1 sampai Target TW4.");
  });

  test("with nothing ticked there is nothing to make", async () => {
    renderPane(fakeExcel());
    await screen.findAllByTestId("indicator");
    for (const name of ["Laporan Kinerja", "Perjanjian Kinerja", "Rencana Aksi", "Evaluasi Renja"]) fireEvent.click(box(name));
    expect(screen.getByRole("button", { name: "Buat Laporan" })).toBeDisabled();
  });

  test("in English the documents and what they need are in English", async () => {
    renderPane(fakeExcel({ read: jest.fn(async () => withoutTargetTw()) }), "en");
    await screen.findAllByTestId("indicator");
    expect(screen.getByRole("checkbox", { name: "Performance Agreement" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Action Plan" })).toHaveAccessibleDescription(
      "The action plan needs columns Target TW1 to Target TW4.",
    );
  });
});

describe("the task pane in a plain browser", () => {
  function fakeBrowser(): BrowserPane {
    return {
      mode: "browser",
      open: jest.fn(async () => sampleLoaded()),
      openSample: jest.fn(async () => sampleLoaded()),
      download: jest.fn(async () => ({
        loaded: sampleLoaded(),
        notice: { tone: "success" as const, id: "Laporan diunduh sebagai a-laporan.xlsx: 3 indikator.", en: "x" },
      })),
      rekap: jest.fn(async () => ({
        notice: { tone: "success" as const, id: "Rekap diunduh sebagai lapkin-rekap.xlsx: 2 unit dari 2 file.", en: "x" },
      })),
      cancel: jest.fn(),
    };
  }

  test("opens a chosen .xlsx, previews it, and Unduh Laporan downloads", async () => {
    const backend = fakeBrowser();
    renderPane(backend);
    expect(screen.getByRole("button", { name: "Unduh Laporan" })).toBeDisabled();
    const file = new File([new Uint8Array([1, 2, 3])], "a.xlsx");
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [file] } });
    expect(await screen.findAllByTestId("indicator")).toHaveLength(3);
    expect(backend.open).toHaveBeenCalledWith({ name: "a.xlsx", bytes: new Uint8Array([1, 2, 3]) }, expect.any(Function));
    fireEvent.click(screen.getByRole("button", { name: "Unduh Laporan" }));
    expect(await screen.findByText("Laporan diunduh sebagai a-laporan.xlsx: 3 indikator.")).toBeTruthy();
  });

  test("Rekap banyak file: the picked files go to the recap, the open workbook stays on screen, the notice says where the recap went", async () => {
    const backend = fakeBrowser();
    renderPane(backend);
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [new File([new Uint8Array([1])], "a.xlsx")] } });
    expect(await screen.findAllByTestId("indicator")).toHaveLength(3);
    const recap = screen.getByRole("region", { name: "Rekap banyak file" });
    // Closed at first: only its heading's button, which opens it.
    const toggle = within(recap).getByRole("button", { name: "Rekap banyak file" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(within(recap).queryByRole("button", { name: "Pilih file…" })).toBeNull();
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(within(recap).getByRole("button", { name: "Pilih file…" })).toBeEnabled();
    const units = ["alpha.xlsx", "beta.xlsx"].map((name) => new File([new Uint8Array([1])], name));
    fireEvent.change(screen.getByTestId("recap-files-input"), { target: { files: units } });
    expect(await screen.findByText("Rekap diunduh sebagai lapkin-rekap.xlsx: 2 unit dari 2 file.")).toBeTruthy();
    expect(backend.rekap).toHaveBeenCalledWith(units, expect.any(Function));
    expect(screen.getAllByTestId("indicator")).toHaveLength(3);
  });

  test("where the browser can't pick a folder (jsdom has no webkitdirectory), Rekap banyak file offers files only, in English too", () => {
    renderPane(fakeBrowser(), "en");
    const recap = screen.getByRole("region", { name: "Recap many files" });
    fireEvent.click(within(recap).getByRole("button", { name: "Recap many files" }));
    const buttons = within(recap).getAllByRole("button");
    expect(buttons.map((b) => b.textContent)).toEqual(["▾Recap many files", "Choose files…"]);
    expect(screen.queryByTestId("recap-folder-input")).toBeNull();
  });

  test("while a file is read, the stage and n of N show with Batal; Batal leaves the pane idle, empty, and says so", async () => {
    const partial = sampleLoaded();
    let fail: (error: unknown) => void = () => undefined;
    const backend: BrowserPane = {
      ...fakeBrowser(),
      openSample: jest.fn(
        (progress) =>
          new Promise<Loaded>((_, reject) => {
            fail = reject;
            progress({ stage: "showing", done: 2500, total: 20000, loaded: partial });
          }),
      ),
      cancel: jest.fn(() =>
        fail(new PaneReset({ tone: "info", id: "Dibatalkan. Tidak ada workbook yang terbuka.", en: "Cancelled." })),
      ),
    };
    renderPane(backend);
    fireEvent.click(screen.getByRole("button", { name: "Pakai Contoh" }));
    expect(await screen.findByText("Menampilkan indikator…")).toBeTruthy();
    expect(screen.getByTestId("count")).toHaveTextContent("2.500 dari 20.000");
    expect(screen.getAllByTestId("indicator")).toHaveLength(3);
    expect(screen.getByRole("button", { name: "Pakai Contoh" })).toBeDisabled();

    fireEvent.click(screen.getByRole("button", { name: "Batal" }));
    expect(await screen.findByText("Dibatalkan. Tidak ada workbook yang terbuka.")).toBeTruthy();
    expect(backend.cancel).toHaveBeenCalledTimes(1);
    expect(screen.queryAllByTestId("indicator")).toHaveLength(0);
    expect(screen.queryByRole("button", { name: "Batal" })).toBeNull();
    expect(screen.getByRole("button", { name: "Pakai Contoh" })).not.toBeDisabled();
    expect(screen.getByRole("button", { name: "Unduh Laporan" })).toBeDisabled();
  });

  test("20,000 indicators: only the cards in view are in the page, each telling its place in the whole list", async () => {
    const one = sampleLoaded();
    if (one.kind !== "view") throw new Error("expected a view");
    const template = one.view.indicators[1]!;
    const indicators = Array.from({ length: 20000 }, (_, i) => ({ ...template, baris: i + 2, indikator: `Indikator ${i + 1}` }));
    const backend = {
      ...fakeBrowser(),
      openSample: jest.fn(async (): Promise<Loaded> => ({ kind: "view", view: { ...one.view, indicators } })),
    };
    renderPane(backend);
    fireEvent.click(screen.getByRole("button", { name: "Pakai Contoh" }));
    expect(await screen.findByRole("heading", { name: "Indikator (20.000)" })).toBeTruthy();
    const cards = screen.getAllByTestId("indicator");
    // jsdom lays nothing out: the list counts as 600 px tall until measured, a card as 140 px, so about
    // five cards are in view, plus a few beyond it for smooth scrolling.
    expect(cards.length).toBeGreaterThanOrEqual(5);
    expect(cards.length).toBeLessThan(15);
    expect(cards[0]).toHaveAttribute("aria-setsize", "20000");
    expect(cards.map((c) => c.getAttribute("aria-posinset"))).toEqual(cards.map((_, i) => String(i + 1)));
    expect(screen.getByRole("region", { name: "Daftar indikator" })).toHaveAttribute("tabindex", "0");
  });

  test("an indicator named like HTML shows as that text", async () => {
    const hostile = sampleLoaded();
    if (hostile.kind !== "view") throw new Error("expected a view");
    const view = {
      ...hostile.view,
      indicators: hostile.view.indicators.map((i, k) => (k === 0 ? { ...i, indikator: "<img src=x onerror=alert(1)>" } : i)),
    };
    const backend = { ...fakeBrowser(), openSample: jest.fn(async (): Promise<Loaded> => ({ kind: "view", view })) };
    const { container } = renderPane(backend);
    fireEvent.click(screen.getByRole("button", { name: "Pakai Contoh" }));
    expect(await screen.findByText("<img src=x onerror=alert(1)>")).toBeTruthy();
    expect(container.querySelector("img")).toBeNull();
  });
});
