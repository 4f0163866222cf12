import { QUARTERS, type Decimal, type FieldValue, type Quarter } from "../engine";
import { a1, absoluteRef, columnLetters, sheetRefName } from "./a1";
import type { InfoKey, InputColumnKey } from "./contract";
import type { EvaluatedIndicator, WorkbookEvaluation } from "./evaluate-workbook";
import type { QuarterProgress } from "./quarter-progress";

/**
 * Native formula terms that refer to the Indikator (and Info) cells a figure came from, so that a
 * sheet LAPKIN wrote recalculates when a TW value is corrected, in Excel or LibreOffice, without
 * LAPKIN. A cell is referred to as Excel will read it: a number as it is; a percent-formatted one
 * times 100, as the pipeline read it; text ("84,87") can't be computed by Excel, so its value is
 * written instead (and stays as it is until the next generation).
 */
export class LiveRefs {
  private readonly sheet: string;

  constructor(private readonly workbook: WorkbookEvaluation) {
    this.sheet = sheetRefName(workbook.indikator.name);
  }

  private cell(row: number, column: number): string {
    return `${this.sheet}!${a1(row, column)}`;
  }

  /** A term for one typed figure, or null where the cell is empty or not a number. */
  figure(item: EvaluatedIndicator, key: InputColumnKey): string | null {
    const column = this.workbook.indikator.layout.input.get(key);
    const value = item.row.numbers.get(key);
    if (column === undefined || !value || value.value === null) return null;
    return this.term(value, this.cell(item.row.row, column));
  }

  private term(value: FieldValue, ref: string): string {
    if (value.text !== undefined) return literal(value.value!);
    return value.fromPercent ? `ROUND(${ref}*100,10)` : ref;
  }

  /** "=Indikator!F2", or the typed value where its cell can't be referred to; null where there's nothing. */
  formula(item: EvaluatedIndicator, key: InputColumnKey): string | undefined {
    const term = this.figure(item, key);
    return term === null ? undefined : `=${term}`;
  }

  /**
   * The realisasi as the row's Agregasi forms it, referring to the TW, Pembilang / Penyebut or
   * Realisasi cells, rounded as the pipeline rounds it. null where nothing can be referred to.
   */
  realisasi(item: EvaluatedIndicator): string | undefined {
    const { evaluation } = item;
    const { derivation, realisasiDecimals: d } = evaluation;
    if (!derivation || evaluation.realisasi === null) return undefined;
    switch (derivation.kind) {
      case "triwulan": {
        const { metode, dipakai } = derivation.aggregate;
        if (metode === "akhir") return this.formula(item, `tw${dipakai[dipakai.length - 1]!.tw}` as InputColumnKey);
        const terms = this.quarterTerms(item, this.workbook.info.quarter);
        if (terms === null) return undefined;
        return `=ROUND(${metode === "jumlah" ? "SUM" : "AVERAGE"}(${terms}),${d})`;
      }
      case "rasio": {
        const [p, q] = [this.figure(item, "pembilang"), this.figure(item, "penyebut")];
        return p && q ? `=ROUND(${p}/${q}*100,${d})` : undefined;
      }
      case "manual": {
        const term = this.figure(item, "realisasi");
        if (term === null) return undefined;
        const typed = item.row.numbers.get("realisasi")!.value!;
        return typed.decimalPlaces() > 6 ? `=ROUND(${term},2)` : `=${term}`;
      }
    }
  }

  /**
   * The quarters due in the period, as SUM/AVERAGE arguments: one range where the cells are plain
   * numbers side by side (an empty one joins later, when it is filled), else term by term.
   */
  private quarterTerms(item: EvaluatedIndicator, upTo: Quarter): string | null {
    // A quarter the sheet has no column for is simply missing, as it is to the pipeline.
    const due = QUARTERS.slice(0, upTo).filter((tw) => this.workbook.indikator.layout.input.has(`tw${tw}` as InputColumnKey));
    if (due.length === 0) return null;
    const columns = due.map((tw) => this.workbook.indikator.layout.input.get(`tw${tw}` as InputColumnKey)!);
    const values = due.map((tw) => item.row.numbers.get(`tw${tw}` as InputColumnKey)!);
    const plain = values.every((v) => v.empty || (v.value !== null && v.text === undefined && !v.fromPercent));
    const side = columns.every((c, i) => i === 0 || c === columns[i - 1]! + 1);
    const r = item.row.row;
    if (plain && side) {
      const first = columns[0]!;
      const last = columns[columns.length - 1]!;
      return first === last
        ? this.cell(r, first)
        : `${this.sheet}!${columnLetters(first)}${r + 1}:${columnLetters(last)}${r + 1}`;
    }
    // An empty cell is referred to, so a value typed there later counts; an empty percent cell can't
    // be scaled without counting as 0, so it stays out until the next generation.
    const terms = values.flatMap((v, i) => {
      const ref = this.cell(r, columns[i]!);
      if (v.value !== null) return [this.term(v, ref)];
      return v.empty && !v.fromPercent ? [ref] : [];
    });
    return terms.length === 0 ? null : terms.join(",");
  }

  /**
   * The realisasi up to the end of quarter `upTo`, as the Rencana Aksi measures it against that
   * quarter's target: SUM or AVERAGE over TW 1..upTo, or the last quarter used; null where none can be referred to.
   */
  realisasiUpTo(item: EvaluatedIndicator, progress: QuarterProgress): string | undefined {
    if (progress.method === null || progress.realisasi === null) return undefined;
    if (progress.method === "akhir") return this.formula(item, `tw${progress.lastUsed!}` as InputColumnKey);
    const terms = this.quarterTerms(item, progress.tw);
    return terms === null
      ? undefined
      : `=ROUND(${progress.method === "jumlah" ? "SUM" : "AVERAGE"}(${terms}),${progress.decimals})`;
  }

  /** A reference to an Info value's cell (Info!$B$3), or null where Info has no such key. */
  info(key: InfoKey): string | null {
    const cell = this.workbook.info.cells[key];
    return cell && this.workbook.info.sheet ? absoluteRef(this.workbook.info.sheet, cell.row, cell.column) : null;
  }
}

const literal = (value: Decimal) => value.toFixed();
