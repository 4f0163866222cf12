import { execFileSync } from "child_process";
import { existsSync } from "fs";
import { join } from "path";
import { SEED_DESA, SEED_FASILITASI, SEED_IKM } from "../support/seed";

/** `npm run demo` is the README's first command: its output must carry the seed report's figures. */
const DEMO = join(__dirname, "..", "..", "dist", "cli", "demo.js");

describe("npm run demo", () => {
  let output = "";
  beforeAll(() => {
    if (!existsSync(DEMO)) throw new Error("dist/cli/demo.js is missing: run `npm run build` first");
    output = execFileSync(process.execPath, [DEMO], { encoding: "utf8" });
  });

  const inIndonesian = (figure: string) => figure.replace(".", ",");

  test("prints the Tabel Capaian Kinerja with the seed's target, realisasi and capaian per indicator", () => {
    const table = output.slice(output.indexOf("Tabel Capaian Kinerja"), output.indexOf("Tabel Cost per outcome"));
    const rows = table.split("\n");
    const rowOf = (start: string) => rows.find((r) => r.includes(start)) ?? "";
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

  test("prints the cost per outcome table with the seed's budgets in Rupiah", () => {
    expect(output).toMatch(/Rp 2\.180\.922\.481\s+Rp 2\.066\.201\.000\s+94,74/);
    expect(output).toMatch(/Rp 305\.100\.000\s+Rp 305\.100\.000\s+100,00/);
  });

  test("explains the missing TW 4 of the IKM", () => {
    expect(output).toContain(SEED_IKM.expected.note);
  });
});
