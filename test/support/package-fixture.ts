import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { crc32, deflateSync } from "zlib";
import type { CellValue, Grid } from "../../src/workbook/cells";

/**
 * Workbook packages written part by part, by hand, for tests: what Excel, the Open XML SDK or a
 * user's other tools put in a file, independent of LAPKIN's writer (and of ExcelJS, which can't
 * write charts, pivots or macros).
 */
export type Parts = Record<string, string | Uint8Array>;

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkg: "http://schemas.openxmlformats.org/package/2006/relationships",
  ct: "http://schemas.openxmlformats.org/package/2006/content-types",
} as const;

const DECL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const T = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  macroWorkbook: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  calcChain: "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  pivotTable: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml",
  pivotCache: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
  pivotRecords: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml",
  externalLink: "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
} as const;
const R = (type: string) => `${NS.rel}/${type}`;

export const zipParts = (parts: Parts): Uint8Array =>
  zipSync(
    Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, typeof data === "string" ? strToU8(data) : data])),
  );

export const unzipParts = (bytes: Uint8Array): Record<string, Uint8Array> => unzipSync(bytes);

export const partText = (bytes: Uint8Array, part: string): string => {
  const found = unzipSync(bytes, { filter: (f) => f.name === part })[part];
  if (!found) throw new Error(`no part ${part}`);
  return strFromU8(found);
};

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function columnLetters(column: number): string {
  let name = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A grid as sheetData: numbers as numbers, text as inline strings, booleans as booleans. */
export function sheetDataXml(grid: Grid): string {
  const rows = grid.map((row, r) => {
    const cells = row
      .map((value: CellValue, c) => {
        const ref = `${columnLetters(c)}${r + 1}`;
        if (value === null) return "";
        if (typeof value === "number") return `<c r="${ref}"><v>${value}</v></c>`;
        if (typeof value === "boolean") return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
        return `<c r="${ref}" t="inlineStr"><is><t>${escape(String(value))}</t></is></c>`;
      })
      .join("");
    return `<row r="${r + 1}">${cells}</row>`;
  });
  return `<sheetData>${rows.join("")}</sheetData>`;
}

export function worksheet(body: string, options: { selected?: boolean } = {}): string {
  return (
    `${DECL}<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}"><sheetViews><sheetView${options.selected ? ' tabSelected="1"' : ""} workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${body}</worksheet>`
  );
}

/** A 2x2 red PNG, made here (signature, IHDR, IDAT, IEND with their CRCs). */
export function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.from([0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]);
  const pixels = Buffer.from([0, 255, 0, 0, 255, 0, 0, 0, 255, 0, 0, 255, 0, 0]);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", header),
      chunk("IDAT", deflateSync(pixels)),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

export const CHART_TITLE = "Grafik Capaian Uji";

const chartXml = () =>
  `${DECL}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS.rel}">` +
  `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${CHART_TITLE}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
  `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
  `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>Nilai</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val="2F6F5E"/></a:solidFill></c:spPr>` +
  `<c:cat><c:strRef><c:f>Data!$A$2:$A$4</c:f><c:strCache><c:ptCount val="3"/><c:pt idx="0"><c:v>A</c:v></c:pt><c:pt idx="1"><c:v>B</c:v></c:pt><c:pt idx="2"><c:v>C</c:v></c:pt></c:strCache></c:strRef></c:cat>` +
  `<c:val><c:numRef><c:f>Data!$B$2:$B$4</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="1"><c:v>2</c:v></c:pt><c:pt idx="2"><c:v>3</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>` +
  `<c:axId val="500"/><c:axId val="501"/></c:barChart>` +
  `<c:catAx><c:axId val="500"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="501"/></c:catAx>` +
  `<c:valAx><c:axId val="501"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="500"/></c:valAx>` +
  `</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const anchor = (fromCol: number, fromRow: number, toCol: number, toRow: number, body: string) =>
  `<xdr:twoCellAnchor><xdr:from><xdr:col>${fromCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${fromRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
  `<xdr:to><xdr:col>${toCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${toRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;

const drawingXml = () =>
  `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS.rel}" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
  anchor(
    3,
    1,
    10,
    18,
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafik 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>`,
  ) +
  anchor(
    0,
    8,
    2,
    12,
    `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Gambar 2"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
      `<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`,
  ) +
  `</xdr:wsDr>`;

const rels = (...items: [id: string, type: string, target: string, external?: boolean][]) =>
  `${DECL}<Relationships xmlns="${NS.pkg}">${items
    .map(
      ([id, type, target, external]) =>
        `<Relationship Id="${id}" Type="${type}" Target="${target}"${external ? ' TargetMode="External"' : ""}/>`,
    )
    .join("")}</Relationships>`;

export interface RichWorkbookOptions {
  readonly info: Grid;
  readonly indikator: Grid;
  /** An .xlsm with a VBA project (synthetic bytes: a real one is an OLE file LAPKIN never opens). */
  readonly macros?: boolean;
  /** A user's own sheet called "Laporan" (not LAPKIN's: no mark). */
  readonly userLaporan?: boolean;
}

export const VBA_PROJECT = new Uint8Array(Array.from({ length: 1536 }, (_, i) => (i * 31 + 7) % 256));

/**
 * Issue 9's workbook: Info and Indikator, and beside them a sheet "Data" carrying a chart and a
 * picture (one drawing), a data validation, a conditional format, a user's comment and a formula
 * into another workbook (external link); a pivot table on "Pivot" with its cache and records; a
 * defined name of the user's; shared strings; calcChain; optionally a VBA project.
 */
export function richWorkbook(options: RichWorkbookOptions): Parts {
  const mainType = options.macros ? T.macroWorkbook : T.workbook;
  const sheets = [
    { name: "Info", part: "sheet1.xml" },
    { name: "Indikator", part: "sheet2.xml" },
    { name: "Data", part: "sheet3.xml" },
    { name: "Pivot", part: "sheet4.xml" },
    ...(options.userLaporan ? [{ name: "Laporan", part: "sheet5.xml" }] : []),
  ];
  const dataSheet = worksheet(
    `<dimension ref="A1:C4"/><sheetData>` +
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>` +
      `<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><v>1</v></c><c r="C2"><f>B2*2</f><v>2</v></c></row>` +
      `<row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3"><v>2</v></c><c r="C3"><f>[1]Sheet1!$A$1</f><v>42</v></c></row>` +
      `<row r="4"><c r="A4" t="s"><v>5</v></c><c r="B4"><v>3</v></c></row></sheetData>` +
      `<conditionalFormatting sqref="B2:B4"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>2</formula></cfRule></conditionalFormatting>` +
      `<dataValidations count="1"><dataValidation type="whole" allowBlank="1" showErrorMessage="1" sqref="B2:B4"><formula1>0</formula1><formula2>100</formula2></dataValidation></dataValidations>` +
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/><legacyDrawing r:id="rId2"/>`,
  );
  const pivotSheet = worksheet(
    `<dimension ref="A3:B7"/><sheetData><row r="3"><c r="A3" t="inlineStr"><is><t>Row Labels</t></is></c><c r="B3" t="inlineStr"><is><t>Sum of Nilai</t></is></c></row>` +
      `<row r="4"><c r="A4" t="inlineStr"><is><t>A</t></is></c><c r="B4"><v>1</v></c></row><row r="5"><c r="A5" t="inlineStr"><is><t>B</t></is></c><c r="B5"><v>2</v></c></row>` +
      `<row r="6"><c r="A6" t="inlineStr"><is><t>C</t></is></c><c r="B6"><v>3</v></c></row><row r="7"><c r="A7" t="inlineStr"><is><t>Grand Total</t></is></c><c r="B7"><v>6</v></c></row></sheetData>`,
  );
  const parts: Parts = {
    "[Content_Types].xml":
      `${DECL}<Types xmlns="${NS.ct}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>` +
      `<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>` +
      (options.macros ? `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>` : "") +
      `<Override PartName="/xl/workbook.xml" ContentType="${mainType}"/>` +
      sheets.map((s) => `<Override PartName="/xl/worksheets/${s.part}" ContentType="${T.worksheet}"/>`).join("") +
      `<Override PartName="/xl/styles.xml" ContentType="${T.styles}"/><Override PartName="/xl/sharedStrings.xml" ContentType="${T.sharedStrings}"/>` +
      `<Override PartName="/xl/calcChain.xml" ContentType="${T.calcChain}"/><Override PartName="/xl/comments1.xml" ContentType="${T.comments}"/>` +
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${T.drawing}"/><Override PartName="/xl/charts/chart1.xml" ContentType="${T.chart}"/>` +
      `<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="${T.pivotTable}"/>` +
      `<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="${T.pivotCache}"/>` +
      `<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="${T.pivotRecords}"/>` +
      `<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="${T.externalLink}"/></Types>`,
    "_rels/.rels": rels(["rId1", R("officeDocument"), "xl/workbook.xml"]),
    "xl/workbook.xml":
      `${DECL}<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><workbookPr defaultThemeVersion="164011"/>` +
      `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20000" windowHeight="10000" activeTab="0"/></bookViews><sheets>` +
      sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
      `</sheets><externalReferences><externalReference r:id="rId20"/></externalReferences>` +
      `<definedNames><definedName name="DataNilai">Data!$B$2:$B$4</definedName><definedName name="_xlnm.Print_Area" localSheetId="2">Data!$A$1:$K$20</definedName></definedNames>` +
      `<calcPr calcId="191029"/><pivotCaches><pivotCache cacheId="1" r:id="rId21"/></pivotCaches></workbook>`,
    "xl/_rels/workbook.xml.rels": rels(
      ...sheets.map((s, i): [string, string, string] => [`rId${i + 1}`, R("worksheet"), `worksheets/${s.part}`]),
      ["rId10", R("styles"), "styles.xml"],
      ["rId11", R("sharedStrings"), "sharedStrings.xml"],
      ["rId12", R("calcChain"), "calcChain.xml"],
      ["rId20", R("externalLink"), "externalLinks/externalLink1.xml"],
      ["rId21", R("pivotCacheDefinition"), "pivotCache/pivotCacheDefinition1.xml"],
      ...(options.macros
        ? [
            ["rId22", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin"] as [
              string,
              string,
              string,
            ],
          ]
        : []),
    ),
    "xl/styles.xml":
      `${DECL}<styleSheet xmlns="${NS.main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>` +
      `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
      `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="1"><dxf><font><b/><color rgb="FF9C0006"/></font></dxf></dxfs></styleSheet>`,
    "xl/sharedStrings.xml": `${DECL}<sst xmlns="${NS.main}" count="6" uniqueCount="6"><si><t>Unit</t></si><si><t>Nilai</t></si><si><t>Dua kali</t></si><si><t>A</t></si><si><t>B</t></si><si><t>C</t></si></sst>`,
    "xl/calcChain.xml": `${DECL}<calcChain xmlns="${NS.main}"><c r="C2" i="3"/><c r="C3"/></calcChain>`,
    "xl/worksheets/sheet1.xml": worksheet(sheetDataXml(options.info), { selected: true }),
    "xl/worksheets/sheet2.xml": worksheet(`<dimension ref="A1:S4"/>${sheetDataXml(options.indikator)}`),
    "xl/worksheets/sheet3.xml": dataSheet,
    "xl/worksheets/_rels/sheet3.xml.rels": rels(
      ["rId1", R("drawing"), "../drawings/drawing1.xml"],
      ["rId2", R("vmlDrawing"), "../drawings/vmlDrawing1.vml"],
      ["rId3", R("comments"), "../comments1.xml"],
    ),
    "xl/worksheets/sheet4.xml": pivotSheet,
    "xl/worksheets/_rels/sheet4.xml.rels": rels(["rId1", R("pivotTable"), "../pivotTables/pivotTable1.xml"]),
    "xl/drawings/drawing1.xml": drawingXml(),
    "xl/drawings/_rels/drawing1.xml.rels": rels(
      ["rId1", R("chart"), "../charts/chart1.xml"],
      ["rId2", R("image"), "../media/image1.png"],
    ),
    "xl/charts/chart1.xml": chartXml(),
    "xl/media/image1.png": tinyPng(),
    "xl/comments1.xml":
      `${DECL}<comments xmlns="${NS.main}"><authors><author>Staf Perencanaan</author></authors><commentList>` +
      `<comment ref="B2" authorId="0"><text><r><t xml:space="preserve">Angka dari bidang, cek ulang.</t></r></text></comment></commentList></comments>`,
    "xl/drawings/vmlDrawing1.vml":
      `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
      `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>` +
      `<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      `<v:fill color2="#ffffe1"/><v:textbox/><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>2, 15, 0, 2, 4, 15, 4, 2</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>1</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>`,
    "xl/pivotTables/pivotTable1.xml":
      `${DECL}<pivotTableDefinition xmlns="${NS.main}" name="PivotTable1" cacheId="1" dataCaption="Values" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" useAutoFormatting="1" itemPrintTitles="1" indent="0" outline="1" outlineData="1">` +
      `<location ref="A3:B7" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="4"><item x="0"/><item x="1"/><item x="2"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields>` +
      `<rowFields count="1"><field x="0"/></rowFields><rowItems count="4"><i><x/></i><i><x v="1"/></i><i><x v="2"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems>` +
      `<dataFields count="1"><dataField name="Sum of Nilai" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`,
    "xl/pivotTables/_rels/pivotTable1.xml.rels": rels([
      "rId1",
      R("pivotCacheDefinition"),
      "../pivotCache/pivotCacheDefinition1.xml",
    ]),
    "xl/pivotCache/pivotCacheDefinition1.xml":
      `${DECL}<pivotCacheDefinition xmlns="${NS.main}" xmlns:r="${NS.rel}" r:id="rId1" recordCount="3"><cacheSource type="worksheet"><worksheetSource ref="A1:B4" sheet="Data"/></cacheSource>` +
      `<cacheFields count="2"><cacheField name="Unit" numFmtId="0"><sharedItems count="3"><s v="A"/><s v="B"/><s v="C"/></sharedItems></cacheField>` +
      `<cacheField name="Nilai" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="1" maxValue="3"/></cacheField></cacheFields></pivotCacheDefinition>`,
    "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels": rels(["rId1", R("pivotCacheRecords"), "pivotCacheRecords1.xml"]),
    "xl/pivotCache/pivotCacheRecords1.xml": `${DECL}<pivotCacheRecords xmlns="${NS.main}" count="3"><r><x v="0"/><n v="1"/></r><r><x v="1"/><n v="2"/></r><r><x v="2"/><n v="3"/></r></pivotCacheRecords>`,
    "xl/externalLinks/externalLink1.xml":
      `${DECL}<externalLink xmlns="${NS.main}" xmlns:r="${NS.rel}"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames>` +
      `<sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>42</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
    "xl/externalLinks/_rels/externalLink1.xml.rels": rels(["rId1", R("externalLinkPath"), "anggaran-2023.xlsx", true]),
  };
  if (options.userLaporan) {
    parts["xl/worksheets/sheet5.xml"] = worksheet(sheetDataXml([["Laporan buatan staf sendiri"], ["Jangan diubah", 12345]]));
  }
  if (options.macros) parts["xl/vbaProject.bin"] = VBA_PROJECT;
  return parts;
}

/** The least a workbook needs: Info and Indikator, no styles part, no shared strings. */
export function plainWorkbook(info: Grid, indikator: Grid): Parts {
  return {
    "[Content_Types].xml":
      `${DECL}<Types xmlns="${NS.ct}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${T.workbook}"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${T.worksheet}"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="${T.worksheet}"/></Types>`,
    "_rels/.rels": rels(["rId1", R("officeDocument"), "xl/workbook.xml"]),
    "xl/workbook.xml": `${DECL}<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><sheets><sheet name="Info" sheetId="1" r:id="rId1"/><sheet name="Indikator" sheetId="2" r:id="rId2"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": rels(
      ["rId1", R("worksheet"), "worksheets/sheet1.xml"],
      ["rId2", R("worksheet"), "worksheets/sheet2.xml"],
    ),
    "xl/worksheets/sheet1.xml": `${DECL}<worksheet xmlns="${NS.main}">${sheetDataXml(info)}</worksheet>`,
    "xl/worksheets/sheet2.xml": `${DECL}<worksheet xmlns="${NS.main}">${sheetDataXml(indikator)}</worksheet>`,
  };
}
