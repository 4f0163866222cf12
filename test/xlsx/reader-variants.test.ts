import { loadWorkbook } from "../../src/xlsx/read-workbook";
import { NS, zipParts, type Parts } from "../support/package-fixture";

/**
 * Workbooks as other tools write them, part by part: what Excel, the Open XML SDK and hand-rolled
 * exporters do differently from ExcelJS. Each expected grid is the cells' text as the XML says it.
 */
const DECL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

function workbook(
  sheets: { name: string; xml: string }[],
  options: { workbookPr?: string; names?: string; sharedStrings?: string; styles?: string; absolute?: boolean } = {},
): Parts {
  const parts: Parts = {
    "[Content_Types].xml": `${DECL}<Types xmlns="${NS.ct}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    "_rels/.rels": `${DECL}<Relationships xmlns="${NS.pkg}"><Relationship Id="rId1" Type="${NS.rel}/officeDocument" Target="${options.absolute ? "/xl/workbook.xml" : "xl/workbook.xml"}"/></Relationships>`,
    "xl/workbook.xml":
      `${DECL}<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}">${options.workbookPr ?? ""}<sheets>` +
      sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
      `</sheets>${options.names ?? ""}</workbook>`,
    "xl/_rels/workbook.xml.rels":
      `${DECL}<Relationships xmlns="${NS.pkg}">` +
      // Targets in the reverse of tab order: a sheet's place is its tab, not its part's number.
      sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${NS.rel}/worksheet" Target="${options.absolute ? "/xl/" : ""}worksheets/sheet${sheets.length - i}.xml"/>`,
        )
        .join("") +
      (options.sharedStrings ? `<Relationship Id="rId90" Type="${NS.rel}/sharedStrings" Target="sharedStrings.xml"/>` : "") +
      (options.styles ? `<Relationship Id="rId91" Type="${NS.rel}/styles" Target="styles.xml"/>` : "") +
      `</Relationships>`,
  };
  sheets.forEach((s, i) => (parts[`xl/worksheets/sheet${sheets.length - i}.xml`] = s.xml));
  if (options.sharedStrings) parts["xl/sharedStrings.xml"] = options.sharedStrings;
  if (options.styles) parts["xl/styles.xml"] = options.styles;
  return parts;
}

const sheet = (data: string) => `${DECL}<worksheet xmlns="${NS.main}"><sheetData>${data}</sheetData></worksheet>`;

async function read(parts: Parts) {
  const loaded = await loadWorkbook(zipParts(parts), "uji.xlsx");
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.snapshot;
}

test("rows and cells without r attributes are placed by order; a row's r skips ahead", async () => {
  const snapshot = await read(
    workbook([
      {
        name: "Info",
        xml: sheet(
          `<row><c t="inlineStr"><is><t>Tahun</t></is></c><c><v>2023</v></c></row><row r="4"><c><v>1</v></c><c r="D4"><v>4</v></c><c><v>5</v></c></row><row><c><v>6</v></c></row>`,
        ),
      },
      { name: "Indikator", xml: sheet("") },
    ]),
  );
  expect(snapshot.info!.grid).toEqual([["Tahun", 2023], [], [], [1, null, null, 4, 5], [6]]);
  expect(snapshot.sheetNames).toEqual(["Info", "Indikator"]);
});

test("x: prefixes as the Open XML SDK writes them, and absolute relationship targets", async () => {
  const prefixed = `${DECL}<x:worksheet xmlns:x="${NS.main}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Target</x:t></x:is></x:c><x:c r="B1"><x:v>90.5</x:v></x:c><x:c r="C1" t="b"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
  const snapshot = await read(workbook([{ name: "Indikator", xml: prefixed }], { absolute: true }));
  expect(snapshot.indikator!.grid).toEqual([["Target", 90.5, true]]);
});

test("shared strings: plain, rich-text runs, phonetic guides left out, xml:space, entities and Excel's _xHHHH_ escapes", async () => {
  const sst =
    `${DECL}<sst xmlns="${NS.main}"><si><t>Capaian</t></si>` +
    `<si><r><rPr><b/></rPr><t>Kecamatan</t></r><r><t xml:space="preserve"> Klakah </t></r></si>` +
    `<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si>` +
    `<si><t>R&amp;D &lt;5&gt; &#x41;&#66; &quot;q&quot;</t></si>` +
    `<si><t>baris_x000D_</t></si><si/></sst>`;
  const data = [0, 1, 2, 3, 4, 5].map((i) => `<c r="${"ABCDEF"[i]}1" t="s"><v>${i}</v></c>`).join("");
  const snapshot = await read(workbook([{ name: "Info", xml: sheet(`<row r="1">${data}</row>`) }], { sharedStrings: sst }));
  expect(snapshot.info!.grid).toEqual([["Capaian", "Kecamatan Klakah ", "漢字", 'R&D <5> AB "q"', "baris\r", ""]]);
});

test("inline strings (with runs), str formula results, errors, booleans, dates as ISO text, cached results", async () => {
  const snapshot = await read(
    workbook([
      {
        name: "Info",
        xml: sheet(
          `<row r="1"><c r="A1" t="inlineStr"><is><r><t>Rp </t></r><r><rPr><i/></rPr><t>305.100.000</t></r></is></c>` +
            `<c r="B1" t="str"><f>A1&amp;"x"</f><v>Rp 305.100.000x</v></c><c r="C1" t="e"><f>NA()</f><v>#N/A</v></c>` +
            `<c r="D1" t="b"><v>0</v></c><c r="E1" t="d"><v>2023-12-31T00:00:00Z</v></c><c r="F1"><f>1/3</f><v>0.33333333333333331</v></c>` +
            `<c r="G1"><f>A9</f></c><c r="H1" s="0"/></row>`,
        ),
      },
    ]),
  );
  expect(snapshot.info!.grid).toEqual([
    ["Rp 305.100.000", "Rp 305.100.000x", "#N/A", false, new Date(Date.UTC(2023, 11, 31)), 1 / 3],
  ]);
});

test("number formats: builtin ids (9, 10, 14, 49), custom ids from 164, General as null; a 1904 workbook's date stays its stored number", async () => {
  const styles =
    `${DECL}<styleSheet xmlns="${NS.main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.000"/></numFmts>` +
    `<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="10"/><xf numFmtId="14"/><xf numFmtId="49"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
  const cells = [0, 1, 2, 3, 4, 5].map((s) => `<c r="${"ABCDEF"[s]}1" s="${s}"><v>${s === 4 ? "" : 0.5 + s}</v></c>`).join("");
  const snapshot = await read(
    workbook([{ name: "Indikator", xml: sheet(`<row r="1">${cells}</row>`) }], {
      styles,
      workbookPr: `<workbookPr date1904="1"/>`,
    }),
  );
  expect(snapshot.indikator!.grid).toEqual([[0.5, 1.5, 2.5, 3.5, null, 5.5]]);
  expect(snapshot.indikator!.formats).toEqual([[null, "0%", "0.00%", "mm-dd-yy", null, "#,##0.000"]]);
});

test("LAPKIN's marks among the defined names decide what is read: the text places of LAPKIN's report sheet, by their marks", async () => {
  const names =
    `<definedNames><definedName name="_LAPKIN_SHEET_LAPORAN" hidden="1">Laporan!$A$1</definedName>` +
    `<definedName name="_LAPKIN_TEKS_LAPORAN_RTL" hidden="1">Laporan!$A$2:$B$3</definedName>` +
    `<definedName name="Skala" localSheetId="0">Info!$A$1</definedName></definedNames>`;
  const snapshot = await read(
    workbook(
      [
        { name: "Info", xml: sheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>Unit Kerja</t></is></c></row>`) },
        {
          name: "Laporan",
          xml: sheet(
            `<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="B2" t="inlineStr"><is><t>Rapat evaluasi</t></is></c><c r="C2"><v>9</v></c></row><row r="5"><c r="A5"><v>5</v></c></row>`,
          ),
        },
      ],
      { names },
    ),
  );
  expect(snapshot.marks.sheets.get("laporan")).toBe("Laporan");
  expect(snapshot.regions.get("laporan.rencanaTindakLanjut")).toEqual([
    [null, "Rapat evaluasi"],
    [null, null],
  ]);
  expect(snapshot.indikator).toBeNull();
});
