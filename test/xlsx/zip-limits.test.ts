import { zipSync } from "fflate";
import { loadWorkbook } from "../../src/xlsx/read-workbook";
import { readCentralDirectory } from "../../src/xlsx/zip/central-directory";
import { fflateCodec, InflateLimitError } from "../../src/xlsx/zip/codec";
import { inflateEntry } from "../../src/xlsx/zip/inflate-entry";
import { checkPackageSize, MAX_PACKAGE_BYTES, MAX_PART_BYTES } from "../../src/xlsx/zip/limits";
import { nodeCodec } from "../../src/xlsx/zip/node-codec";
import { seedGrids } from "../support/grids";
import { richWorkbook, zipParts } from "../support/package-fixture";

/** Zip bombs and damaged packages: refused with a message that says why, before anything big is inflated. */
const MB = 1024 * 1024;

/** A copy of a zip whose central directory (and local header) declare `size` for the entry `name`. */
function declaring(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer);
  for (let at = 0; at < out.length - 4; at++) {
    const signature = view.getUint32(at, true);
    const central = signature === 0x02014b50;
    if (!central && signature !== 0x04034b50) continue;
    const nameAt = at + (central ? 46 : 30);
    const nameLength = view.getUint16(at + (central ? 28 : 26), true);
    if (new TextDecoder().decode(out.subarray(nameAt, nameAt + nameLength)) === name)
      view.setUint32(at + (central ? 24 : 22), size, true);
  }
  return out;
}

const workbookBytes = () => zipParts(richWorkbook(seedGrids()));

test("a part declaring more than the per-part limit is refused before inflating, naming the limit", async () => {
  const bomb = declaring(workbookBytes(), "xl/sharedStrings.xml", MAX_PART_BYTES + 1);
  const loaded = await loadWorkbook(bomb, "bom.xlsx");
  expect(loaded).toEqual({ ok: false, message: expect.stringContaining(`melebihi batas ${MAX_PART_BYTES / MB} MB per bagian`) });
  expect(!loaded.ok && loaded.message).toContain("bom.xlsx: bagian xl/sharedStrings.xml");
  expect(checkPackageSize(bomb, "bom.xlsx")).toBe(!loaded.ok && loaded.message);
});

test("parts each within the limit but together past the package limit are refused", async () => {
  let bytes = workbookBytes();
  const each = MAX_PART_BYTES - 1;
  const names = [
    "xl/charts/chart1.xml",
    "xl/media/image1.png",
    "xl/comments1.xml",
    "xl/calcChain.xml",
    "xl/drawings/drawing1.xml",
  ];
  expect(names.length * each).toBeGreaterThan(MAX_PACKAGE_BYTES);
  for (const name of names) bytes = declaring(bytes, name, each);
  const loaded = await loadWorkbook(bytes, "besar.xlsx");
  expect(!loaded.ok && loaded.message).toContain(`melebihi batas ${MAX_PACKAGE_BYTES / MB} MB`);
});

test("an ordinary workbook is within the limits", () => {
  expect(checkPackageSize(workbookBytes(), "biasa.xlsx")).toBeNull();
});

describe.each([
  ["fflate (browser)", fflateCodec],
  ["zlib (command line)", nodeCodec],
])("inflating with %s", (_, codec) => {
  test("an entry whose header understates its size stops at the declared size instead of inflating it all", () => {
    const big = new Uint8Array(8 * MB).fill(65);
    const liar = declaring(zipSync({ "a.xml": big }, { level: 9 }), "a.xml", 1000);
    const [entry] = readCentralDirectory(liar);
    expect(() => codec.inflate(liar.subarray(entry!.dataStart, entry!.dataStart + entry!.compressedSize), entry!.size)).toThrow(
      InflateLimitError,
    );
    expect(() => inflateEntry(liar, entry!, codec)).toThrow(/declared/);
  });

  test("an entry that inflates to what it declares comes back whole", () => {
    const text = new TextEncoder().encode("<x>".repeat(10_000));
    const zipped = zipSync({ "a.xml": text });
    const [entry] = readCentralDirectory(zipped);
    expect(inflateEntry(zipped, entry!, codec)).toEqual(text);
  });
});

test("a lying header in a workbook is a damaged file, not a crash", async () => {
  const liar = declaring(workbookBytes(), "xl/worksheets/sheet2.xml", 10);
  const loaded = await loadWorkbook(liar, "bohong.xlsx");
  expect(loaded).toEqual({ ok: false, message: expect.stringContaining("bohong.xlsx rusak atau tidak lengkap") });
});

test("a damaged entry (a byte changed inside a stored part) is refused by its checksum", async () => {
  const parts = richWorkbook(seedGrids());
  const stored = zipSync(
    Object.fromEntries(
      Object.entries(parts).map(([k, v]) => [k, [typeof v === "string" ? new TextEncoder().encode(v) : v, { level: 0 }]]),
    ),
  );
  const intact = await loadWorkbook(stored, "utuh.xlsx");
  expect(intact.ok).toBe(true);
  const at = Buffer.from(stored).indexOf("Kecamatan Klakah");
  expect(at).toBeGreaterThan(0);
  const damaged = new Uint8Array(stored);
  damaged[at] = "X".charCodeAt(0);
  expect(await loadWorkbook(damaged, "rusak.xlsx")).toEqual({
    ok: false,
    message: expect.stringContaining("rusak.xlsx rusak atau tidak lengkap"),
  });
});
