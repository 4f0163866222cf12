import { ExcelDouble } from "../support/office-double/excel-double";
import { excelWith } from "../support/office-double/run";
import { seedGrids } from "../support/grids";

const seedExcel = () => {
  const grids = seedGrids();
  return excelWith({ Info: grids.info, Indikator: grids.indikator });
};
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (error: { code?: string }) => error.code,
  );

describe("the Office.js test double behaves as Excel behind Office.js", () => {
  test("a property read before load and sync throws", async () => {
    const { double } = seedExcel();
    const sheets = double.context.workbook.worksheets;
    expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
    sheets.load("items/name");
    expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
    await double.context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["Info", "Indikator"]);
  });

  test("text with a leading = or + runs as a formula, an apostrophe keeps text, null leaves the cell alone", async () => {
    const double = new ExcelDouble();
    const sheet = double.context.workbook.worksheets.add("X");
    sheet.getRangeByIndexes(0, 0, 1, 4).values = [["=1+1", "'=1+1", "+62 812", "lama"]];
    await double.context.sync();
    double.context.workbook.worksheets.getItem("X").getRangeByIndexes(0, 3, 1, 1).values = [[null]];
    await double.context.sync();
    expect([0, 1, 2, 3].map((c) => double.sheet("X")!.peek(0, c))).toMatchObject([
      { formula: "=1+1" },
      { value: "=1+1", formula: null },
      { formula: "+62 812" },
      { value: "lama" },
    ]);
  });

  test("writes happen at the sync, in order, not when queued", async () => {
    const double = new ExcelDouble();
    double.context.workbook.worksheets.add("X");
    expect(double.sheet("X")).toBeUndefined();
    await double.context.sync();
    expect(double.sheet("X")).toBeDefined();
  });

  test("a request over 5 MB is refused whole: RequestPayloadSizeLimitExceeded, nothing written", async () => {
    const double = new ExcelDouble();
    double.seed("X", []);
    const text = "x".repeat(1000);
    double.context.workbook.worksheets.getItem("X").getRangeByIndexes(0, 0, 6000, 1).values = Array.from({ length: 6000 }, () => [
      text,
    ]);
    expect(await codeOf(double.context.sync())).toBe("RequestPayloadSizeLimitExceeded");
    expect(double.sheet("X")!.cells.size).toBe(0);
    expect(double.requests[0]!.requestBytes).toBeGreaterThan(6_000_000);
  });

  test("a response over 5 MB is refused: ResponsePayloadSizeLimitExceeded, the values never readable", async () => {
    const { double } = excelWith({ X: Array.from({ length: 6000 }, () => ["y".repeat(1000)]) });
    const range = double.context.workbook.worksheets.getItem("X").getRangeByIndexes(0, 0, 6000, 1);
    range.load("values");
    expect(await codeOf(double.context.sync())).toBe("ResponsePayloadSizeLimitExceeded");
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
  });

  test("a read of more cells than Excel reads at a time is refused", async () => {
    const double = new ExcelDouble({ readCellLimit: 100 });
    double.seed("X", [["a"]]);
    const sheet = double.context.workbook.worksheets.getItem("X");
    sheet.getRangeByIndexes(0, 0, 10, 10).load("values");
    expect(await codeOf(double.context.sync())).toBe("resolved");
    sheet.getRangeByIndexes(0, 0, 11, 10).load("values");
    expect(await codeOf(double.context.sync())).toBe("RangeExceedsLimit");
  });

  test("a range object made for one sync can't be used in the next, as in Office.js", async () => {
    const { double } = seedExcel();
    const range = double.context.workbook.worksheets.getItem("Indikator").getRangeByIndexes(0, 0, 1, 1);
    range.load("values");
    await double.context.sync();
    expect(range.values).toEqual([["Level"]]);
    expect(() => range.load("values")).toThrow(/InvalidObjectPath/);
  });

  test("an action failing in Excel stops the request there; what ran before it stays done", async () => {
    const double = new ExcelDouble();
    double.context.workbook.worksheets.add("X");
    double.context.workbook.worksheets.getItem("Tidak Ada").activate();
    double.context.workbook.worksheets.add("Y");
    expect(await codeOf(double.context.sync())).toBe("ItemNotFound");
    expect(double.sheets.map((s) => s.name)).toEqual(["X"]);
  });

  test("getRanges reads only the first 8,192 characters of an address: the areas past them are lost", async () => {
    const double = new ExcelDouble();
    double.seed("X", []);
    const short = Array.from({ length: 500 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`).join(", ");
    double.context.workbook.worksheets.getItem("X").getRanges(short).format.font.bold = true;
    await double.context.sync();
    const long = Array.from({ length: 1000 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`).join(", ");
    expect(long.length).toBeGreaterThan(8192);
    double.context.workbook.worksheets.getItem("X").getRanges(long).format.font.italic = true;
    // Cut mid-address the rest is invalid; cut between two, the tail is dropped without a word.
    expect(["InvalidArgument", "resolved"]).toContain(await codeOf(double.context.sync()));
    const bold = (row: number) => double.sheet("X")!.formatAt(row, 0)["font.bold"] === true;
    expect(bold(0) && bold(2 * 499)).toBe(true);
    expect(double.sheet("X")!.formatAt(2 * 999, 0)["font.italic"]).toBeUndefined();
  });

  test("inserting a column moves the cells right of it and the defined names pointing there", async () => {
    const { double } = excelWith({ X: [["a", "b", "c"]] });
    double.names.push(
      { name: "_LAPKIN_T", reference: "=X!$C$1", visible: false },
      { name: "Lebar", reference: "=X!$A$1:$C$1", visible: true },
    );
    double.insertColumn("X", 1);
    expect([0, 1, 2, 3].map((c) => double.sheet("X")!.peek(0, c)?.value ?? null)).toEqual(["a", null, "b", "c"]);
    expect(double.names.map((n) => n.reference)).toEqual(["=X!$D$1", "=X!$A$1:$D$1"]);
  });

  test("each sync's request is measured as the UTF-8 bytes Office.js sends", async () => {
    const double = new ExcelDouble({ keepBodies: true });
    double.seed("X", []);
    double.context.workbook.worksheets.getItem("X").getRangeByIndexes(0, 0, 1, 1).values = [["Penyerapan anggaran — 94,74 %"]];
    await double.context.sync();
    expect(double.requests[0]!.requestBytes).toBe(Buffer.byteLength(double.bodies![0]!, "utf8"));
    expect(double.requests[0]!.requestBytes).toBeGreaterThan(double.bodies![0]!.length);
  });
});
