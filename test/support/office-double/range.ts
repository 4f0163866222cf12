import { ClientObjectDouble } from "./client-object";
import { officeError } from "./errors";
import type { StoredValue } from "./model";
import { RangeFormatDouble } from "./range-format";
import { RangeTarget } from "./range-target";
import { PATH } from "./request";

type Matrix = (string | number | boolean | null)[][];

/** Office.js sends a matrix of more than this many cells as row blocks of about this size (setRangePropertiesInBulk). */
const BULK_CELLS = 1500;
const CELL_PROPERTIES = new Set(["values", "numberFormat", "formulas", "text", "valueTypes"]);

/**
 * Range: values, formulas and number formats written as matrices (split by Office.js into blocks
 * as the library does), loaded back as Excel sends them, merged, cleared, selected, formatted.
 */
export class RangeDouble extends ClientObjectDouble {
  get format(): RangeFormatDouble {
    return this.navigate(
      "Format",
      (range) => range,
      (path) => new RangeFormatDouble(this.session, path),
    );
  }

  set values(matrix: Matrix) {
    this.setMatrix("Values", "values", matrix);
  }
  get values(): Matrix {
    return this.loaded("values");
  }
  set formulas(matrix: Matrix) {
    this.setMatrix("Formulas", "formulas", matrix);
  }
  get formulas(): Matrix {
    return this.loaded("formulas");
  }
  set numberFormat(matrix: Matrix) {
    this.setMatrix("NumberFormat", "numberFormat", matrix);
  }
  get numberFormat(): Matrix {
    return this.loaded("numberFormat");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get address(): string {
    return this.loaded("address");
  }

  merge(across = false): void {
    this.invoke<RangeTarget>("Merge", [across], (range) => {
      this.record(`merge${across ? " across" : ""} ${range.describe()}`);
      const r = range.first;
      const rows = across ? Array.from({ length: r.bottom - r.top + 1 }, (_, i) => r.top + i) : [null];
      for (const row of rows) {
        range.sheet.merges.push(row === null ? { ...r } : { top: row, left: r.left, bottom: row, right: r.right });
      }
    });
  }

  clear(applyTo?: string): void {
    this.invoke<RangeTarget>("Clear", [applyTo], (range) => {
      this.record(`clear ${range.describe()}`);
      range.each((row, column) => {
        const cell = range.sheet.peek(row, column);
        if (cell) Object.assign(cell, { value: null, formula: null });
      });
    });
  }

  select(): void {
    this.invoke<RangeTarget>("Select", [], (range) => this.record(`select ${range.describe()}`));
  }

  getRow(row: number): RangeDouble {
    return this.methodObject(
      "GetRow",
      [row],
      true,
      (range) => {
        const r = (range as RangeTarget).first;
        return new RangeTarget((range as RangeTarget).sheet, [
          { top: r.top + row, left: r.left, bottom: r.top + row, right: r.right },
        ]);
      },
      (path) => new RangeDouble(this.session, path),
    );
  }

  getBoundingRect(other: RangeDouble): RangeDouble {
    return this.methodObject(
      "GetBoundingRect",
      [other],
      true,
      (range, [corner]) => {
        const [a, b] = [(range as RangeTarget).first, (corner as RangeTarget).first];
        const rect = {
          top: Math.min(a.top, b.top),
          left: Math.min(a.left, b.left),
          bottom: Math.max(a.bottom, b.bottom),
          right: Math.max(a.right, b.right),
        };
        return new RangeTarget((range as RangeTarget).sheet, [rect]);
      },
      (path) => new RangeDouble(this.session, path),
    );
  }

  /** Marks the object as not kept by Excel after its last use ("D" in the request), as Office.js does. */
  untrack(): this {
    this[PATH].info.D = true;
    return this;
  }

  protected override snapshot(target: unknown, names: readonly string[]): Record<string, unknown> {
    const range = target as RangeTarget;
    const r = range.first;
    const limit = this.session.excel.readCellLimit;
    if (names.some((n) => CELL_PROPERTIES.has(n)) && range.cellCount > limit) {
      throw officeError("RangeExceedsLimit", `The range has ${range.cellCount} cells; at most ${limit} can be read.`);
    }
    const matrix = <T>(cell: (row: number, column: number) => T): T[][] =>
      Array.from({ length: r.bottom - r.top + 1 }, (_, i) =>
        Array.from({ length: r.right - r.left + 1 }, (_, j) => cell(r.top + i, r.left + j)),
      );
    const read: Record<string, () => unknown> = {
      values: () => matrix((row, column) => range.sheet.peek(row, column)?.value ?? ""),
      formulas: () =>
        matrix((row, column) => range.sheet.peek(row, column)?.formula ?? range.sheet.peek(row, column)?.value ?? ""),
      numberFormat: () => matrix((row, column) => range.sheet.peek(row, column)?.numberFormat ?? "General"),
      rowIndex: () => r.top,
      columnIndex: () => r.left,
      rowCount: () => r.bottom - r.top + 1,
      columnCount: () => r.right - r.left + 1,
      address: () => range.describe(),
    };
    return Object.fromEntries(
      names.map((name) => {
        const get = read[name];
        if (!get) throw new Error(`The double does not model loading Range.${name}`);
        return [name[0]!.toUpperCase() + name.slice(1), get()];
      }),
    );
  }

  /** Office.js's setRangePropertiesInBulk: a matrix over 1,500 cells goes as blocks of rows, each its own set. */
  private setMatrix(property: string, what: "values" | "formulas" | "numberFormat", matrix: Matrix): void {
    const width = Array.isArray(matrix[0]) ? matrix[0].length : 0;
    if (matrix.length * width <= BULK_CELLS) return this.setWhole(property, what, matrix);
    const blockRows = Math.max(1, Math.round(BULK_CELLS / width));
    this.invoke<RangeTarget>("_ValidateArraySize", [matrix.length, width], (range) => expectShape(range, matrix, what));
    for (let start = 0; start < matrix.length; start += blockRows) {
      const rows = Math.min(blockRows, matrix.length - start);
      const block = this.getRow(start)
        .untrack()
        .getBoundingRect(this.getRow(start + rows - 1).untrack())
        .untrack();
      block.setWhole(property, what, matrix.slice(start, start + rows));
    }
  }

  private setWhole(property: string, what: "values" | "formulas" | "numberFormat", matrix: Matrix): void {
    this.setProperty<RangeTarget>(property, matrix, (range) => {
      expectShape(range, matrix, what);
      this.record(`${what} ${range.describe()}`);
      range.each((row, column, i, j) => {
        const input = matrix[i]![j]!;
        if (what !== "numberFormat") range.sheet.write(row, column, input as StoredValue);
        else if (input !== null) range.sheet.cell(row, column).numberFormat = String(input);
      });
    });
  }
}

/** RangeAreas (ExcelApi 1.9): the areas of worksheet.getRanges("A1:B2, D4:E9"), formatted as one. */
export class RangeAreasDouble extends ClientObjectDouble {
  get format(): RangeFormatDouble {
    return this.navigate(
      "Format",
      (range) => range,
      (path) => new RangeFormatDouble(this.session, path),
    );
  }
}

function expectShape(range: RangeTarget, matrix: Matrix, what: string): void {
  const r = range.first;
  const [rows, columns] = [r.bottom - r.top + 1, r.right - r.left + 1];
  if (range.rects.length !== 1 || matrix.length !== rows || matrix.some((row) => row.length !== columns)) {
    throw officeError("InvalidArgument", `${what} is ${matrix.length}x${matrix[0]?.length ?? 0} for a ${rows}x${columns} range`);
  }
}
