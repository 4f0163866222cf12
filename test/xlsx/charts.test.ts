import ExcelJS from "exceljs";
import type { ChartPlan } from "../../src/workbook/chart-plan";
import { chartsOf, type FileChart } from "../support/chart-parts";
import {
  capaianChart,
  generateWithCharts,
  laporanSheet,
  LAPORAN,
  RENCANA,
  rencanaAksiSheet,
  targetChart,
} from "../support/chart-workbook";
import { seedGrids } from "../support/grids";
import { partText, richWorkbook, tinyPng, unzipParts, zipParts } from "../support/package-fixture";

/**
 * Issue 13, the file door: each ChartPlan is a native chart in the file, bound to the sheet's
 * cells and carrying LAPKIN's values; a user's own charts, drawings and pictures are untouched;
 * LAPKIN's are replaced, never piled up, when it writes its sheets again.
 */
let input: Uint8Array;
let output: Uint8Array;
let before: Record<string, Uint8Array>;
let after: Record<string, Uint8Array>;

beforeAll(async () => {
  input = zipParts(richWorkbook(seedGrids()));
  output = await generateWithCharts(input);
  before = unzipParts(input);
  after = unzipParts(output);
});

const same = (a: Uint8Array | undefined, b: Uint8Array | undefined) => !!a && !!b && Buffer.from(a).equals(Buffer.from(b));
function differences(from: Record<string, Uint8Array>, to: Record<string, Uint8Array>) {
  return {
    changed: Object.keys(to)
      .filter((n) => from[n] && !same(from[n], to[n]))
      .sort(),
    added: Object.keys(to)
      .filter((n) => !from[n])
      .sort(),
    removed: Object.keys(from)
      .filter((n) => !to[n])
      .sort(),
  };
}

describe("what the file's charts hold, read back from its parts", () => {
  let charts: FileChart[];
  beforeAll(() => (charts = chartsOf(output)));

  /** What a reader must find for a plan: every field a user sees or Excel redraws from. */
  const expected = (sheet: string, plan: ChartPlan) => ({
    sheet,
    name: plan.id,
    altTitle: plan.title,
    description: plan.description,
    anchor: plan.anchor,
    title: plan.title,
    legend: plan.legend,
    categoryAxis: {
      title: plan.categoryAxis.title,
      min: plan.categoryAxis.min,
      max: plan.categoryAxis.max,
      numberFormat: plan.categoryAxis.numberFormat,
    },
    valueAxis: {
      title: plan.valueAxis.title,
      min: plan.valueAxis.min,
      max: plan.valueAxis.max,
      numberFormat: plan.valueAxis.numberFormat,
    },
    series: plan.series.map((s) => ({
      name: s.name,
      kind: s.kind,
      cachedCategories: s.cachedCategories,
      cachedValues: s.cachedValues,
      valuesFormatCode: s.numberFormat,
      look: {
        color: s.look.color,
        fill: s.kind === "bar" ? s.look.fill : "none",
        dash: s.kind === "bar" && s.look.fill === "solid" ? "solid" : s.look.dash,
        marker: s.kind === "bar" ? null : s.look.marker,
        dataLabels: s.look.dataLabels,
      },
    })),
  });

  test("the user's chart, then one chart per plan on the sheet it belongs to, in plan order", () => {
    expect(charts.map((c) => [c.sheet, c.title])).toEqual([
      ["Data", "Grafik Capaian Uji"],
      [RENCANA, "Realisasi Kumulatif dan Target per Triwulan"],
      [LAPORAN, "Capaian Kinerja per Indikator"],
      [LAPORAN, "Target dan Realisasi"],
    ]);
  });

  test.each([
    [RENCANA, 1, () => rencanaAksiSheet(null).charts[0]!],
    [LAPORAN, 2, capaianChart],
    [LAPORAN, 3, targetChart],
  ])("%s, chart %d: title, alt text, anchor, axes, legend, every series' kind, name, cache and look", (sheet, index, plan) => {
    expect(charts[index]).toMatchObject(expected(sheet, plan()));
  });

  test("series formulas reach the cells, absolute, with a sheet name quoted as Excel quotes it", () => {
    const formulas = charts.slice(1).map((c) => c.series.map((s) => [s.categoriesFormula, s.valuesFormula]));
    expect(formulas).toEqual([
      [
        ["'Rencana Aksi'!$B$8:$E$8", "'Rencana Aksi'!$B$10:$E$10"],
        ["'Rencana Aksi'!$B$8:$E$8", "'Rencana Aksi'!$B$11:$E$11"],
      ],
      [
        ["Laporan!$B$4:$B$6", "Laporan!$C$4:$C$6"],
        ["Laporan!$B$4:$B$6", "Laporan!$D$4:$D$6"],
      ],
      [
        ["'Rencana Aksi'!$A$4:$A$6", "'Rencana Aksi'!$B$4:$B$6"],
        ["'Rencana Aksi'!$A$4:$A$6", "'Rencana Aksi'!$C$4:$C$6"],
      ],
    ]);
  });

  test("the capaian chart is clustered columns with the 100 % line over the same axes; the quarterly chart is lines only", () => {
    expect(charts.slice(1).map((c) => [c.groups, c.barDirection, c.grouping])).toEqual([
      [["line"], null, "standard"],
      [["bar", "line"], "col", "clustered"],
      [["bar"], "col", "clustered"],
    ]);
  });

  test("the cached values are the cells' values: what a viewer shows before any recalculation", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(output) as unknown as ExcelJS.Buffer);
    const cellValues = (formula: string) => {
      const [, quoted, plain, range] = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(formula)!;
      const sheet = book.getWorksheet((quoted ?? plain)!.replace(/''/g, "'"))!;
      const [first, last = first] = range!.replace(/\$/g, "").split(":");
      const out: unknown[] = [];
      const from = sheet.getCell(first!);
      const to = sheet.getCell(last!);
      for (let r = Number(from.row); r <= Number(to.row); r++)
        for (let c = Number(from.col); c <= Number(to.col); c++) {
          const value = sheet.getCell(r, c).value as unknown;
          out.push(
            value !== null && typeof value === "object" && "result" in value ? (value as { result: unknown }).result : value,
          );
        }
      return out;
    };
    for (const chart of charts.slice(1))
      for (const series of chart.series) {
        expect({ series: series.name, values: cellValues(series.valuesFormula!) }).toEqual({
          series: series.name,
          values: series.cachedValues,
        });
        expect({ series: series.name, categories: cellValues(series.categoriesFormula!) }).toEqual({
          series: series.name,
          categories: series.cachedCategories,
        });
      }
  });
});

describe("the package", () => {
  test("a user's chart, drawing and picture stay byte-identical; LAPKIN adds exactly its sheets, drawings and charts", () => {
    expect(differences(before, after)).toEqual({
      changed: [
        "[Content_Types].xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/workbook.xml",
        "xl/worksheets/sheet1.xml",
        "xl/worksheets/sheet2.xml",
      ],
      added: [
        // Numbered after the user's chart1 and drawing1: Rencana Aksi's one chart, then Laporan's two.
        "xl/charts/chart2.xml",
        "xl/charts/chart3.xml",
        "xl/charts/chart4.xml",
        "xl/comments2.xml",
        "xl/drawings/_rels/drawing2.xml.rels",
        "xl/drawings/_rels/drawing3.xml.rels",
        "xl/drawings/drawing2.xml",
        "xl/drawings/drawing3.xml",
        "xl/drawings/vmlDrawing2.vml",
        "xl/worksheets/_rels/sheet5.xml.rels",
        "xl/worksheets/_rels/sheet6.xml.rels",
        "xl/worksheets/sheet5.xml",
        "xl/worksheets/sheet6.xml",
      ],
      removed: [],
    });
    for (const part of [
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/media/image1.png",
    ])
      expect({ part, same: same(before[part], after[part]) }).toEqual({ part, same: true });
  });

  test("each new part has its content type; each sheet points to its drawing, each drawing to its charts", () => {
    const types = partText(output, "[Content_Types].xml");
    for (const n of [2, 3, 4])
      expect(types).toContain(
        `<Override PartName="/xl/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      );
    for (const n of [2, 3])
      expect(types).toContain(
        `<Override PartName="/xl/drawings/drawing${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
      );
    expect(partText(output, "xl/worksheets/_rels/sheet5.xml.rels")).toContain(
      'relationships/drawing" Target="../drawings/drawing2.xml"',
    );
    expect(partText(output, "xl/drawings/_rels/drawing3.xml.rels")).toMatch(
      /relationships\/chart" Target="\.\.\/charts\/chart3\.xml".*relationships\/chart" Target="\.\.\/charts\/chart4\.xml"/,
    );
  });

  test("Laporan holds charts and notes: <drawing> before <legacyDrawing>, as the worksheet schema orders them, each to its own part", () => {
    const sheet = partText(output, "xl/worksheets/sheet6.xml");
    const [, drawing, legacy] = /<drawing r:id="(rId\d+)"\/><legacyDrawing r:id="(rId\d+)"\/><\/worksheet>$/.exec(sheet) ?? [];
    const rels = partText(output, "xl/worksheets/_rels/sheet6.xml.rels");
    expect(rels).toContain(
      `Id="${drawing}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing3.xml"`,
    );
    expect(rels).toContain(
      `Id="${legacy}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing2.vml"`,
    );
  });

  test("ExcelJS, an independent reader, opens the package and finds every sheet and the cells under the charts", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(output) as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(["Info", "Indikator", "Data", "Pivot", RENCANA, LAPORAN]);
    expect(book.getWorksheet(LAPORAN)!.getCell("C4").value).toEqual({
      formula: "ROUND('Rencana Aksi'!C4/'Rencana Aksi'!B4*100,2)",
      result: 94.3,
    });
  });
});

/** LAPKIN's two sheets, written again (in place of the earlier ones) without charts. */
const withoutCharts = (existing: readonly string[]) =>
  [rencanaAksiSheet(existing.includes(RENCANA) ? RENCANA : null), laporanSheet(existing.includes(LAPORAN) ? LAPORAN : null)].map(
    (s) => ({
      ...s,
      charts: [],
    }),
  );

describe("regeneration", () => {
  test("writing LAPKIN's sheets again rewrites their drawings and charts under the same names, to the same bytes", async () => {
    const again = unzipParts(await generateWithCharts(output));
    // Only calcChain goes (Excel rebuilds it once LAPKIN rewrote a sheet), as in every regeneration.
    expect(differences(after, again)).toEqual({
      changed: ["[Content_Types].xml", "xl/_rels/workbook.xml.rels"],
      added: [],
      removed: ["xl/calcChain.xml"],
    });
    const third = unzipParts(await generateWithCharts(zipParts(again)));
    expect(differences(again, third)).toEqual({ changed: [], added: [], removed: [] });
  });

  test("sheets written again without charts leave no drawing, chart, relationship or content type of LAPKIN's behind; the user's stay", async () => {
    const bytes = await generateWithCharts(output, withoutCharts);
    const plain = unzipParts(bytes);
    expect(differences(after, plain).removed).toEqual([
      "xl/calcChain.xml",
      "xl/charts/chart2.xml",
      "xl/charts/chart3.xml",
      "xl/charts/chart4.xml",
      "xl/drawings/_rels/drawing2.xml.rels",
      "xl/drawings/_rels/drawing3.xml.rels",
      "xl/drawings/drawing2.xml",
      "xl/drawings/drawing3.xml",
    ]);
    const types = partText(bytes, "[Content_Types].xml");
    expect(types).not.toMatch(/chart[234]\.xml|drawing[23]\.xml/);
    for (const sheet of ["sheet5", "sheet6"]) {
      expect(partText(bytes, `xl/worksheets/${sheet}.xml`)).not.toContain("<drawing ");
      expect(
        plain[`xl/worksheets/_rels/${sheet}.xml.rels`] ? partText(bytes, `xl/worksheets/_rels/${sheet}.xml.rels`) : "",
      ).not.toContain('/drawing"');
    }
    for (const part of [
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/media/image1.png",
      "xl/worksheets/sheet3.xml",
    ])
      expect({ part, same: same(before[part], plain[part]) }).toEqual({ part, same: true });
    expect(chartsOf(bytes).map((c) => c.title)).toEqual(["Grafik Capaian Uji"]);
  });

  test("pictures a user put on LAPKIN's sheet go with the sheet, except one another sheet's drawing shows too", async () => {
    // On Laporan's drawing: the Data sheet's own picture (media/image1.png), and a picture of its own (media/image9.png).
    const parts: Record<string, Uint8Array> = { ...after, "xl/media/image9.png": tinyPng() };
    const rels = new TextDecoder().decode(parts["xl/drawings/_rels/drawing3.xml.rels"]!);
    const image = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
    parts["xl/drawings/_rels/drawing3.xml.rels"] = new TextEncoder().encode(
      rels.replace(
        "</Relationships>",
        `<Relationship Id="rId8" Type="${image}" Target="../media/image1.png"/><Relationship Id="rId9" Type="${image}" Target="../media/image9.png"/></Relationships>`,
      ),
    );
    const plain = unzipParts(await generateWithCharts(zipParts(parts), withoutCharts));
    expect(plain["xl/drawings/drawing3.xml"]).toBeUndefined();
    expect(plain["xl/media/image9.png"]).toBeUndefined();
    expect(same(plain["xl/media/image1.png"], before["xl/media/image1.png"])).toBe(true);
    expect(same(plain["xl/drawings/_rels/drawing1.xml.rels"], before["xl/drawings/_rels/drawing1.xml.rels"])).toBe(true);
  });
});
