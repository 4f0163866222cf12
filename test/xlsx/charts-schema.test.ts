import { generateWithCharts } from "../support/chart-workbook";
import { seedGrids } from "../support/grids";
import { partText, richWorkbook, unzipParts, zipParts } from "../support/package-fixture";
import { SchemaSet } from "../support/xsd-check";

/**
 * Issue 13: the chart and drawing parts LAPKIN writes are valid against the ECMA-376 schemas
 * themselves (dml-chart.xsd, dml-spreadsheetDrawing.xsd, with dml-main.xsd's types): required
 * elements present, in their schema order, every attribute declared and of its type. The check
 * is shown to catch each kind of mistake, so that a pass means something.
 */
const schemas = new SchemaSet();
let parts: Record<string, string> = {};

beforeAll(async () => {
  const bytes = await generateWithCharts(zipParts(richWorkbook(seedGrids())));
  const names = Object.keys(unzipParts(bytes)).filter((n) => /^xl\/(charts\/chart|drawings\/drawing)\d+\.xml$/.test(n));
  parts = Object.fromEntries(names.map((n) => [n, partText(bytes, n)]));
});

test("every chart and drawing part LAPKIN wrote is valid against dml-chart.xsd and dml-spreadsheetDrawing.xsd", () => {
  // chart1 and drawing1 are the user's (the fixture's own); LAPKIN's come after them.
  const ours = Object.keys(parts).filter((n) => !/(chart|drawing)1\.xml$/.test(n));
  expect(ours.sort()).toEqual([
    "xl/charts/chart2.xml",
    "xl/charts/chart3.xml",
    "xl/charts/chart4.xml",
    "xl/drawings/drawing2.xml",
    "xl/drawings/drawing3.xml",
  ]);
  for (const name of ours) expect({ name, errors: schemas.validate(parts[name]!) }).toEqual({ name, errors: [] });
});

describe("the check catches what the schemas forbid", () => {
  const chart = () => parts["xl/charts/chart3.xml"]!;
  const drawing = () => parts["xl/drawings/drawing3.xml"]!;
  const cases: [string, () => string, (xml: string) => string, RegExp][] = [
    [
      "a sequence out of order (autoTitleDeleted before title)",
      chart,
      (xml) => xml.replace(/(<c:title>.*?<\/c:title>)(<c:autoTitleDeleted val="0"\/>)/, "$2$1"),
      /c:chart: children .* do not fit CT_Chart/,
    ],
    [
      "a required element left out (the plot area)",
      chart,
      (xml) => xml.replace(/<c:plotArea>.*<\/c:plotArea>/, ""),
      /c:chart: children .* do not fit CT_Chart/,
    ],
    [
      "a bar chart with one axis id",
      chart,
      (xml) => xml.replace(/<c:axId val="1002"\/><\/c:barChart>/, "</c:barChart>"),
      /c:barChart: children/,
    ],
    [
      "a value outside its enumeration",
      chart,
      (xml) => xml.replace('<c:barDir val="col"/>', '<c:barDir val="sideways"/>'),
      /barDir\/@val: "sideways" is not one of ST_BarDir/,
    ],
    [
      "an attribute the type doesn't declare",
      chart,
      (xml) => xml.replace("<c:chart>", '<c:chart lapkin="1">'),
      /c:chart: attribute lapkin is not declared/,
    ],
    ["a colour that is not three bytes", chart, (xml) => xml.replace('val="1F4E79"', 'val="1F4E7"'), /srgbClr\/@val: "1F4E7"/],
    [
      "a number where the type wants one",
      chart,
      (xml) => xml.replace('<c:max val="120"/>', '<c:max val="seratus"/>'),
      /max\/@val: "seratus" is not an xsd:double/,
    ],
    [
      "a frame without its anchor's client data",
      drawing,
      (xml) => xml.replace(/<xdr:clientData\/>/g, ""),
      /xdr:twoCellAnchor: children/,
    ],
    [
      "a frame without the required name",
      drawing,
      (xml) => xml.replace(/ name="[^"]*"/, ""),
      /cNvPr: required attribute name is missing/,
    ],
    [
      "a negative cell position",
      drawing,
      (xml) => xml.replace("<xdr:col>0</xdr:col>", "<xdr:col>-1</xdr:col>"),
      /xdr:col: text "-1" breaks ST_ColID's minInclusive 0/,
    ],
  ];
  test.each(cases)("%s", (_, part, mistake, error) => {
    const broken = mistake(part());
    expect(broken).not.toBe(part());
    expect(schemas.validate(broken).join("\n")).toMatch(error);
  });
});
