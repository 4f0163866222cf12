import { placeRecapSheets } from "../../src/excel/recap-placement";
import { sheetRenamer } from "../../src/excel/sheet-references";
import { excelWith } from "../support/office-double/run";

/** The pieces the recap's Excel door stands on: formulas renamed, sheets placed, and the double's Excel following a rename. */
describe("a formula's sheet references renamed", () => {
  const rename = sheetRenamer(
    new Map([
      ["Rekap Indikator", "LAPKIN sementara 2"],
      ["Masalah", "Masalah_2"],
    ]),
  );

  test("quoted and unquoted references, in any case, get the new name quoted where Excel needs it", () => {
    expect(rename("=ROUND(AVERAGE('Rekap Indikator'!G5:G6),2)")).toBe("=ROUND(AVERAGE('LAPKIN sementara 2'!G5:G6),2)");
    expect(rename("=SUM('rekap INDIKATOR'!I5:I9)+COUNT(masalah!A1:A3)")).toBe(
      "=SUM('LAPKIN sementara 2'!I5:I9)+COUNT(Masalah_2!A1:A3)",
    );
  });

  test("other sheets, text in quotes, and formulas without a reference are left as written", () => {
    for (const formula of [
      "=SUM(Indikator!F2:F4)",
      `=IF(A1>0,"lihat 'Rekap Indikator'!G5","")`,
      `=HYPERLINK("#Masalah!A1","Masalah!A1")`,
      "=ROUND(B5-C5,2)",
      "=SUM('Rekap Indikator 2'!G5:G6)",
    ])
      expect(rename(formula)).toBe(formula);
  });
});

describe("recap sheets placed", () => {
  const sheets = [{ name: "Rekap Unit" }, { name: "Rekap Indikator" }, { name: "Masalah" }];
  const marks = [
    { name: "_LAPKIN_SHEET_REKAP_UNIT", sheet: "Rekap Unit", rect: { top: 0, left: 0, bottom: 0, right: 0 } },
    { name: "_LAPKIN_SHEET_REKAP_INDIKATOR", sheet: "Rekap Indikator", rect: { top: 0, left: 0, bottom: 0, right: 0 } },
    { name: "_LAPKIN_SHEET_MASALAH", sheet: "Masalah", rect: { top: 0, left: 0, bottom: 0, right: 0 } },
  ];

  test("an earlier recap's sheet by its mark, whatever it is called; a user's sheet of the name is stepped around", () => {
    const placed = placeRecapSheets(
      sheets,
      marks,
      [
        { name: "_lapkin_sheet_rekap_unit", reference: "='Unit Kab'!$A$1" },
        { name: "_LAPKIN_SHEET_MASALAH", reference: "=#REF!$A$1" },
      ],
      ["Info", "Indikator", "Unit Kab", "Rekap Indikator", "Masalah"],
    );
    expect(placed).toEqual([
      { name: "Unit Kab", replaces: "Unit Kab" },
      { name: "Rekap Indikator (LAPKIN)", replaces: null },
      { name: "Masalah (LAPKIN)", replaces: null },
    ]);
  });

  test("two marks on one sheet replace it once; the other sheet is made anew", () => {
    const placed = placeRecapSheets(
      sheets,
      marks,
      [
        { name: "_LAPKIN_SHEET_REKAP_UNIT", reference: "='Rekap Unit'!$A$1" },
        { name: "_LAPKIN_SHEET_REKAP_INDIKATOR", reference: "='Rekap Unit'!$A$1" },
      ],
      ["Rekap Unit"],
    );
    expect(placed.map((p) => p.replaces)).toEqual(["Rekap Unit", null, null]);
    expect(placed[1]!.name).toBe("Rekap Indikator");
  });
});

describe("the double's Excel, as the recap relies on it", () => {
  test("renaming a sheet carries other sheets' formulas along; deleting it leaves #REF!; text in quotes stays", () => {
    const { double } = excelWith({ Data: [[1]], Hitung: [[null]], Lain: [[null]] });
    double.sheet("Hitung")!.write(0, 0, `=SUM(Data!A1:A3)&"Data!A1"`);
    double.sheet("Lain")!.write(0, 0, "=data!A1*2");
    double.renameSheet(double.sheet("Data")!, "Data Baru");
    expect(double.sheet("Hitung")!.peek(0, 0)!.formula).toBe(`=SUM('Data Baru'!A1:A3)&"Data!A1"`);
    expect(double.sheet("Lain")!.peek(0, 0)!.formula).toBe("='Data Baru'!A1*2");
    double.deleteSheet(double.sheet("Data Baru")!);
    expect(double.sheet("Lain")!.peek(0, 0)!.formula).toBe("=#REF!A1*2");
  });
});
