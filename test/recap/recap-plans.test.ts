import { buildRecap } from "../../src/recap/recap-pipeline";
import type { RecapSheetPlan } from "../../src/recap/recap-sheet";
import { a1 } from "../../src/workbook/a1";
import { seedGrids } from "../support/grids";
import { ALPHA, ALPHA_EXPECTED, BETA, BETA_EXPECTED, GAMMA, GAMMA_EXPECTED, summaryOf } from "./support/units";

/** A recap table read as a person reads it: by its header's words, one object per row below the header. */
function tableOf(plan: RecapSheetPlan): {
  header: number;
  rows: Record<string, { value: unknown; formula?: string; at: string }>[];
} {
  const header = plan.frozenRows - 1;
  const headers = plan.cells.filter((c) => c.row === header).map((c) => [c.column, String(c.value)] as const);
  const byRow = new Map<number, Record<string, { value: unknown; formula?: string; at: string }>>();
  for (const cell of plan.cells) {
    if (cell.row <= header) continue;
    const name = headers.find(([column]) => column === cell.column)?.[1];
    if (!name) continue;
    const row = byRow.get(cell.row) ?? {};
    row[name] = { value: cell.value, ...(cell.formula ? { formula: cell.formula } : {}), at: a1(cell.row, cell.column) };
    byRow.set(cell.row, row);
  }
  return { header, rows: [...byRow.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row) };
}

const recap = () =>
  buildRecap({
    units: [
      summaryOf(GAMMA, "kiriman/gamma.xlsx"),
      summaryOf(seedGrids(), "kiriman/klakah.xlsx"),
      summaryOf(BETA, "kiriman/beta.xlsx"),
      summaryOf(ALPHA, "kiriman/alpha.xlsx"),
    ],
    skipped: [],
    expected: null,
  });

describe("the recap's plans", () => {
  const plans = recap();
  const [rekapUnit, rekapIndikator, masalah] = plans.sheets as [RecapSheetPlan, RecapSheetPlan, RecapSheetPlan];
  const units = tableOf(rekapUnit).rows;
  const total = units.pop()!;

  test("the three tables and Grafik Rekap, Rekap Unit first and active, each marked as LAPKIN's by a hidden name of its own", () => {
    expect(plans.sheets.map((s) => s.name)).toEqual(["Rekap Unit", "Rekap Indikator", "Masalah", "Grafik Rekap"]);
    expect(plans.activeSheet).toBe("Rekap Unit");
    expect(plans.names.map((n) => n.name)).toEqual([
      "_LAPKIN_SHEET_REKAP_UNIT",
      "_LAPKIN_SHEET_REKAP_INDIKATOR",
      "_LAPKIN_SHEET_MASALAH",
      "_LAPKIN_SHEET_GRAFIK_REKAP",
    ]);
    expect(rekapUnit.cells.find((c) => c.row === 0)!.value).toBe("REKAP LAPORAN KINERJA TRIWULAN IV TAHUN 2023");
  });

  test("Rekap Unit: one row per unit with the figures worked out by hand for Alpha, Beta and Gamma", () => {
    expect(units.map((u) => u["Unit Kerja"]!.value)).toEqual([
      "Dinas Alpha",
      "Dinas Beta",
      "Kecamatan Gamma",
      "Kecamatan Klakah",
    ]);
    for (const expected of [ALPHA_EXPECTED, BETA_EXPECTED, GAMMA_EXPECTED]) {
      const row = units.find((u) => u["Unit Kerja"]!.value === expected.unit)!;
      expect({
        unit: row["Unit Kerja"]!.value,
        indikator: row["Indikator"]!.value,
        rataRata: row["Rata-rata Capaian (%)"]!.value,
        predikat: row["Predikat"]!.value,
        pagu: row["Pagu (Rp)"]!.value,
        realisasi: row["Realisasi (Rp)"]!.value,
        penyerapan: row["Penyerapan (%)"]!.value,
        efisiensi: row["Efisiensi"]!.value,
        galat: row["Galat"]!.value,
      }).toEqual(withoutCapaian(expected));
    }
    expect(units.map((u) => [u["No"]!.value, u["Tahun"]!.value, u["Periode"]!.value])).toEqual([
      [1, 2023, "TW IV"],
      [2, 2023, "TW IV"],
      [3, 2023, "TW IV"],
      [4, 2023, "TW IV"],
    ]);
    expect(units.map((u) => u["File"]!.value)).toEqual([
      "kiriman/alpha.xlsx",
      "kiriman/beta.xlsx",
      "kiriman/gamma.xlsx",
      "kiriman/klakah.xlsx",
    ]);
  });

  test("each unit's average is a formula over exactly its own capaian cells in Rekap Indikator", () => {
    const indicators = tableOf(rekapIndikator);
    for (const unit of units) {
      const formula = unit["Rata-rata Capaian (%)"]!.formula!;
      const [, first, last] = /^=ROUND\(AVERAGE\('Rekap Indikator'!G(\d+):G(\d+)\),2\)$/.exec(formula)!;
      const inRange = indicators.rows.filter((r) => {
        const row = Number(r["Capaian (%)"]!.at.slice(1));
        return row >= Number(first) && row <= Number(last);
      });
      expect(inRange.map((r) => r["Unit"]!.value)).toEqual(inRange.map(() => unit["Unit Kerja"]!.value));
      expect(inRange).toHaveLength(unit["Indikator"]!.value as number);
    }
  });

  test("peringkat by rata-rata capaian with RANK: Alpha 100,00 first, Klakah 99,22 second, Beta and Gamma tied at 75,00 third", () => {
    expect(units.map((u) => [u["Unit Kerja"]!.value, u["Peringkat"]!.value])).toEqual([
      ["Dinas Alpha", 1],
      ["Dinas Beta", 3],
      ["Kecamatan Gamma", 3],
      ["Kecamatan Klakah", 2],
    ]);
    const first = units[0]!["Rata-rata Capaian (%)"]!.at.slice(1);
    const last = units[units.length - 1]!["Rata-rata Capaian (%)"]!.at.slice(1);
    expect(units[0]!["Peringkat"]!.formula).toBe(`=RANK(H${first},$H$${first}:$H$${last})`);
  });

  test("the last row: sums of money and counts, the mean of the units' averages, penyerapan of the totals", () => {
    // Hand sums: indicators 2 + 3 + 2 + 3; averages (100 + 75 + 75 + 99,22) / 4 = 87,305 -> 87,31;
    // pagu 1.200.000.000 + 500.000.000 + 2.486.022.481, realisasi 1.050.000.000 + 400.000.000 + 2.371.301.000.
    expect(total["Indikator"]!.value).toBe(10);
    expect(total["Rata-rata Capaian (%)"]!.value).toBe(87.31);
    expect(total["Predikat"]!.value).toBe("Tinggi");
    const pagu = 1_200_000_000 + 500_000_000 + 2_486_022_481;
    const spent = 1_050_000_000 + 400_000_000 + 2_371_301_000;
    expect(total["Pagu (Rp)"]!.value).toBe(pagu);
    expect(total["Realisasi (Rp)"]!.value).toBe(spent);
    // 3.821.301.000 / 4.186.022.481 = 0,912873...: 91,29.
    expect(total["Penyerapan (%)"]!.value).toBe(91.29);
    expect(total["Galat"]!.value).toBe(1);
    const [top, bottom] = [units[0]!["Pagu (Rp)"]!.at, units[units.length - 1]!["Pagu (Rp)"]!.at];
    expect(total["Pagu (Rp)"]!.formula).toBe(`=SUM(${top}:${bottom})`);
    expect(total["Rata-rata Capaian (%)"]!.formula).toMatch(/^=ROUND\(AVERAGE\(H\d+:H\d+\),2\)$/);
    expect(total["Penyerapan (%)"]!.formula).toBe(`=ROUND(${total["Realisasi (Rp)"]!.at}/${total["Pagu (Rp)"]!.at}*100,2)`);
  });

  test("Rekap Indikator: every indicator of every unit, in Rekap Unit's order, with its unit and live formulas where a figure was computed", () => {
    const rows = tableOf(rekapIndikator).rows;
    expect(rows).toHaveLength(10);
    expect(rows.map((r) => r["Unit"]!.value)).toEqual([
      "Dinas Alpha",
      "Dinas Alpha",
      "Dinas Beta",
      "Dinas Beta",
      "Dinas Beta",
      "Kecamatan Gamma",
      "Kecamatan Gamma",
      "Kecamatan Klakah",
      "Kecamatan Klakah",
      "Kecamatan Klakah",
    ]);
    expect(rows.map((r) => r["Capaian (%)"]!.value)).toEqual([90, 110, 80, 80, 65, null, 75, 94.3, 98.34, 105.01]);
    const turun = rows[3]!;
    expect(turun["Capaian (%)"]!.formula).toBe(
      `=MAX(0,ROUND((2*${turun["Target"]!.at}-${turun["Realisasi"]!.at})/${turun["Target"]!.at}*100,2))`,
    );
    expect(rows[5]!["Capaian (%)"]!.formula).toBeUndefined();
    expect(rows[0]!["Predikat"]!.formula).toContain(rows[0]!["Capaian (%)"]!.at);
  });

  test("Masalah: the units' flags with their file and cell, galat first, numbered", () => {
    const lines = tableOf(masalah).rows;
    expect(lines.map((l) => l["No"]!.value)).toEqual(lines.map((_, i) => i + 1));
    expect(lines[0]).toMatchObject({
      Tingkat: { value: "galat" },
      Kode: { value: "TARGET_NOL" },
      File: { value: "kiriman/gamma.xlsx" },
    });
    expect(lines.map((l) => l["Tingkat"]!.value)).toEqual(
      [...lines.map((l) => l["Tingkat"]!.value)].sort((a, b) => order(a) - order(b)),
    );
    expect(lines.length).toBe(plans.problems.length);
  });

  test("no problem at all says so in Masalah", () => {
    const clean = buildRecap({ units: [summaryOf(BETA, "beta.xlsx")], skipped: [], expected: null });
    expect(clean.problems).toEqual([]);
    expect(clean.sheets[2]!.cells.some((c) => c.value === "Tidak ada masalah.")).toBe(true);
  });
});

const order = (tingkat: unknown) => ["galat", "peringatan", "info"].indexOf(String(tingkat));

/** The unit row's figures of a hand-worked unit (its indicators' capaian are Rekap Indikator's). */
function withoutCapaian<T extends { capaian: unknown }>(expected: T): Omit<T, "capaian"> {
  return Object.fromEntries(Object.entries(expected).filter(([key]) => key !== "capaian")) as Omit<T, "capaian">;
}
