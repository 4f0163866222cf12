import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { SEED_DESA, SEED_FASILITASI } from "../support/seed";

/** `npm run demo` is the README's first command: it must write the sample and its report, and print the seed's figures. */
const DEMO = join(__dirname, "..", "..", "dist", "cli", "demo.js");

describe("npm run demo", () => {
  let output = "";
  let cwd = "";
  beforeAll(() => {
    if (!existsSync(DEMO)) throw new Error("dist/cli/demo.js is missing: run `npm run build` first");
    cwd = mkdtempSync(join(tmpdir(), "lapkin-demo-"));
    output = execFileSync(process.execPath, [DEMO], { encoding: "utf8", cwd });
  });

  const inIndonesian = (figure: string) => figure.replace(".", ",");
  const rowOf = (start: string) => output.split("\n").find((r) => r.includes(start)) ?? "";

  test("prints the Tabel Capaian Kinerja with the seed's target, realisasi, capaian and predikat", () => {
    expect(rowOf("Nilai IKM Kecamatan")).toMatch(/90,00\s+84,87\s+94,30\s+Sangat Tinggi/);
    expect(rowOf("Persentase hasil fasilitasi")).toMatch(
      new RegExp(
        `95,23\\s+${inIndonesian(SEED_FASILITASI.expected.realisasi)}\\s+${inIndonesian(SEED_FASILITASI.expected.capaian)}`,
      ),
    );
    expect(rowOf("Rata-rata persentase desa")).toMatch(
      new RegExp(`95,23\\s+100,00\\s+${inIndonesian(SEED_DESA.expected.capaian)}`),
    );
  });

  test("names the missing TW 4 of the IKM and who computes it", () => {
    expect(output).toContain("TW 4");
    expect(output).toContain("Bagian Organisasi");
  });

  test("writes the sample workbook and its report where the user ran it", () => {
    expect(existsSync(join(cwd, "lapkin-contoh.xlsx"))).toBe(true);
    expect(existsSync(join(cwd, "lapkin-contoh-laporan.xlsx"))).toBe(true);
  });

  test("run again after the user edited lapkin-contoh.xlsx: the edit is kept and reported on", async () => {
    const sample = join(cwd, "lapkin-contoh.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(sample);
    book.getWorksheet("Info")!.getCell("B1").value = "Kecamatan Ranuyoso";
    await book.xlsx.writeFile(sample);
    const edited = readFileSync(sample);

    const again = execFileSync(process.execPath, [DEMO], { encoding: "utf8", cwd });
    expect(readFileSync(sample)).toEqual(edited);
    expect(again).toContain("lapkin-contoh.xlsx sudah ada dan tidak ditimpa");
    expect(again).toContain("KECAMATAN RANUYOSO");
  });
});
