import { unzipSync } from "fflate";
import { MAX_INFLATED_BYTES, refuseOversizedPackage } from "../../src/taskpane/browser/package-size";
import { sampleWorkbook } from "../../src/xlsx/browser-door";
import { zipBomb } from "../e2e/zip-bomb";

/** The standalone pane refuses a package by the sizes its zip directory declares, before inflating anything. */
test("a zip bomb (300 MiB of XML in a few hundred KB) is refused, naming the file, its size and the limit", async () => {
  const bomb = await zipBomb(300);
  expect(bomb.length).toBeLessThan(1024 * 1024);
  expect(MAX_INFLATED_BYTES).toBe(100 * 1024 * 1024);
  expect(refuseOversizedPackage(bomb, "bom.xlsx")).toBe(
    "bom.xlsx terlalu besar untuk dibuka: isinya 300 MB setelah diekstrak, batasnya 100 MB. " +
      "Periksa apakah file ini benar workbook Laporan Kinerja; jika ya, hapus sheet yang tidak diperlukan di Excel lalu simpan ulang.",
  );
});

test("the bomb really is one: what it declares is what it inflates to", async () => {
  const small = await zipBomb(3);
  const parts = unzipSync(small);
  expect(Object.values(parts).reduce((sum, part) => sum + part.length, 0)).toBe(3 * 1024 * 1024);
});

test("the limit is on the total the parts inflate to: at the total it opens, one byte under it is refused", async () => {
  const sample = await sampleWorkbook();
  const inflated = Object.values(unzipSync(sample)).reduce((sum, part) => sum + part.length, 0);
  expect(refuseOversizedPackage(sample, "contoh.xlsx")).toBeNull();
  expect(refuseOversizedPackage(sample, "contoh.xlsx", inflated)).toBeNull();
  expect(refuseOversizedPackage(sample, "contoh.xlsx", inflated - 1)).toMatch(/^contoh\.xlsx terlalu besar untuk dibuka/);
});

test("bytes that are no zip at all are left to the door, which says what they are", () => {
  expect(refuseOversizedPackage(new TextEncoder().encode("bukan workbook"), "catatan.xlsx")).toBeNull();
});
