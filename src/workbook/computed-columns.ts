import { a1, a1Range, absoluteRef } from "./a1";
import { COMPUTED_COLUMNS, type ComputedColumnKey, type InfoKey, type InputColumnKey } from "./contract";
import type { EvaluatedIndicator, WorkbookEvaluation } from "./evaluate-workbook";
import { flat } from "../engine";
import { predikatFormula } from "./report-formulas";

export interface ComputedCell {
  /** 0-based on sheet Indikator. */
  readonly row: number;
  readonly column: number;
  /** What a file gets: the value LAPKIN computed. */
  readonly value: string | number | null;
  /** What Excel gets: a live =LAPKIN.* formula, or null where the value itself is written. */
  readonly formula: string | null;
}

export interface ComputedColumn {
  readonly key: ComputedColumnKey;
  /** 0-based on sheet Indikator: where its mark is, or a new column right of everything. */
  readonly column: number;
  readonly header: string;
}

export interface ComputedColumnsPlan {
  readonly sheet: string;
  readonly headerRow: number;
  /** LAPKIN's columns, each where it stands; they need not be side by side (a user may have moved one). */
  readonly columns: readonly ComputedColumn[];
  readonly cells: readonly ComputedCell[];
  /**
   * Rows below the header whose cells in LAPKIN's columns (and only those) are emptied before the
   * new cells are written: what an earlier run left there. null when nothing can be there.
   */
  readonly clearRows: { readonly from: number; readonly to: number } | null;
}

/**
 * The columns LAPKIN owns at the right of Indikator: the header and, per indicator row, a value
 * for files and a =LAPKIN.* formula for Excel, which keeps them live when a figure changes.
 */
export function planComputedColumns(workbook: WorkbookEvaluation): ComputedColumnsPlan {
  const { layout } = workbook.indikator;
  const at = (key: ComputedColumnKey) => layout.computed.get(key)!;
  const infoRef = (key: InfoKey, fallback: string) => {
    const cell = workbook.info.cells[key];
    return cell === undefined || workbook.info.sheet === null
      ? `"${fallback}"`
      : absoluteRef(workbook.info.sheet, cell.row, cell.column);
  };

  const cells: ComputedCell[] = [];
  for (const item of workbook.indicators) {
    const { evaluation } = item;
    const r = item.row.row;
    const input = (key: InputColumnKey) => {
      const column = layout.input.get(key);
      if (column === undefined) return null;
      // A percent cell holds 0,9523 for the 95,23 it shows: the formula reads it as the pipeline did.
      return item.row.numbers.get(key)?.fromPercent ? `ROUND(${a1(r, column)}*100,10)` : a1(r, column);
    };
    const own = (key: ComputedColumnKey) => a1(r, at(key));
    const derived = evaluation.agregasi !== "manual";
    const realisasiRef = derived ? own("realisasi") : input("realisasi");
    const capaianFormula =
      input("target") && realisasiRef
        ? `=LAPKIN.CAPAIAN(${input("target")},${realisasiRef},${input("arah") ?? '"Naik"'},${infoRef("rumusTurun", "2T-R")})`
        : null;
    const hasBudget = input("anggaran") !== null && input("realisasiAnggaran") !== null && evaluation.anggaran !== null;

    const put = (key: ComputedColumnKey, value: string | number | null, formula: string | null) =>
      cells.push({ row: r, column: at(key), value: flat(value), formula: flat(formula) });
    put(
      "realisasi",
      derived ? (evaluation.realisasi?.toNumber() ?? null) : null,
      derived ? realisasiFormula(item, input, infoRef("periode", "TW IV")) : null,
    );
    put("capaian", evaluation.capaian?.toNumber() ?? null, capaianFormula);
    // A workbook's own bands (sheet Skala) are not a name LAPKIN.PREDIKAT knows: they go in as native IFs.
    const predikatFormulaText =
      workbook.info.skala === "sheet"
        ? predikatFormula(workbook.scale, own("capaian"))
        : `=LAPKIN.PREDIKAT(${own("capaian")},${infoRef("skala", "lima-tingkat")})`;
    put("predikat", evaluation.predikat, capaianFormula ? predikatFormulaText : null);
    put(
      "penyerapan",
      evaluation.penyerapan?.toNumber() ?? null,
      hasBudget ? `=LAPKIN.PENYERAPAN(${input("anggaran")},${input("realisasiAnggaran")})` : null,
    );
    put(
      "efisiensi",
      evaluation.efisiensi?.kategori ?? null,
      hasBudget && capaianFormula ? `=LAPKIN.EFISIENSI(${own("capaian")},${own("penyerapan")})` : null,
    );
    put("catatan", catatanText(item), null);
  }
  const lastRow = workbook.indikator.usedRows - 1;
  return {
    sheet: workbook.indikator.name,
    headerRow: layout.row,
    columns: COMPUTED_COLUMNS.map((c) => ({ key: c.key, column: at(c.key), header: c.header })),
    cells,
    clearRows: lastRow > layout.row ? { from: layout.row + 1, to: lastRow } : null,
  };
}

/** REALISASI over the TW cells when they sit side by side in order; otherwise the value stays. */
function realisasiFormula(
  item: EvaluatedIndicator,
  input: (key: InputColumnKey) => string | null,
  periode: string,
): string | null {
  const { evaluation } = item;
  if (evaluation.agregasi === "rasio") {
    const [p, q] = [input("pembilang"), input("penyebut")];
    return p && q ? `=ROUND(LAPKIN.ANGKA(${p})/LAPKIN.ANGKA(${q})*100,${evaluation.realisasiDecimals})` : null;
  }
  const quarters = (["tw1", "tw2", "tw3", "tw4"] as const).map((k) => input(k));
  const agregasi = input("agregasi");
  // Percent quarters can't be scaled as a range without an empty one turning into 0: the value stays.
  if (quarters.some((q) => q === null || q.startsWith("ROUND(")) || !agregasi) return null;
  const columns = quarters.map((q) => q!.replace(/\d+$/, ""));
  const contiguous = columns.every((c, i) => i === 0 || columnNumber(c) === columnNumber(columns[i - 1]!) + 1);
  if (!contiguous) return null;
  const r = item.row.row;
  const first = columnNumber(columns[0]!) - 1;
  return `=LAPKIN.REALISASI(${a1Range(r, first, r, first + 3)},${agregasi},${periode})`;
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** The Catatan column: the explanatory note and every flag, one per line. */
export function catatanText(item: EvaluatedIndicator): string | null {
  const lines = [item.evaluation.catatan, ...item.flags.map((f) => f.pesan)].filter((line) => line !== "");
  return lines.length === 0 ? null : lines.join("\n");
}
