import { execFileSync } from "child_process";
import { join } from "path";
import { benchGrids } from "../../bench/generate";
import type { CellValue } from "../../src/workbook/cells";
import { lapkin, scratchDir, writeWorkbook } from "../support/cli-run";
import { firstLine, isA4, printedPages, savePages, type PdfPage } from "../support/pdf-pages";
import { indikatorOf, infoOf, plansOf } from "../support/workbooks";

/**
 * The documents as printed (issue 11): LibreOffice's PDF of a 40-indicator workbook and of an
 * annual one. Every page A4; every table that runs onto a page starts it with its header; the
 * signature blocks whole. A 200-indicator Evaluasi Renja, whose header is the sheet's print titles,
 * has it on top of every page. The pages are kept in test-artifacts/ to look at.
 */
jest.setTimeout(240_000);

/** The bench's 40 indicators with a Rencana Aksi's quarterly targets, so every document is made. */
function fortyIndicators(): { info: CellValue[][]; indikator: CellValue[][] } {
  const { info, indikator } = benchGrids(40);
  return {
    info: info.map((r) => [...r]),
    indikator: indikator.map((row, r) => [
      ...row,
      ...(r === 0 ? ["Target TW1", "Target TW2", "Target TW3", "Target TW4"] : [20, 40, 60, 80]),
    ]),
  };
}

/** Text as pdftotext reads it in content order, each cell's words together, spaces folded. */
const contentText = (pdf: string, page: PdfPage) =>
  execFileSync("pdftotext", ["-raw", "-f", `${page.number}`, "-l", `${page.number}`, pdf, "-"], { encoding: "utf8" }).replace(
    /\s+/g,
    " ",
  );

describe("a 40-indicator quarterly workbook", () => {
  let pdf = "";
  let pages: PdfPage[] = [];
  /** A document's pages: from the first titled as it is to the next document's title (a page may continue without one). */
  const TITLES = /^(LAPORAN KINERJA|PERJANJIAN KINERJA|RENCANA AKSI|EVALUASI TERHADAP|PEMERIKSAAN DATA)/;
  const of = (title: RegExp) => {
    const start = pages.findIndex((p) => title.test(firstLine(p)));
    if (start < 0) return [];
    const end = pages.findIndex((p, i) => i > start && TITLES.test(firstLine(p)) && !title.test(firstLine(p)));
    return pages.slice(start, end < 0 ? pages.length : end).filter((p) => p.text.trim() !== "");
  };
  beforeAll(async () => {
    const dir = scratchDir();
    const input = await writeWorkbook(dir, "empat-puluh.xlsx", fortyIndicators());
    expect((await lapkin("laporan", input, "-o", join(dir, "hasil.xlsx"))).status).toBeLessThan(2);
    ({ pdf, pages } = printedPages(join(dir, "hasil.xlsx"), join(dir, "pdf")));
  });

  test("every page LAPKIN made is A4", () => {
    const ours = pages.slice(pages.findIndex((p) => TITLES.test(firstLine(p))));
    expect(ours.length).toBeGreaterThanOrEqual(8);
    for (const page of ours) expect({ page: page.number, a4: isA4(page) }).toEqual({ page: page.number, a4: true });
  });

  test("Laporan: each page holding table rows starts them under the table's header", () => {
    const report = of(/^LAPORAN KINERJA TRIWULAN/);
    savePages(pdf, report, "laporan-40");
    expect(report.length).toBeGreaterThanOrEqual(3);
    for (const page of report) {
      // A table row: the indicator, then a figure (94,30 or 1.000.000); a chart title ("layanan 1   2. ...") is not one.
      const rows = page.text.split("\n").filter((l) => /Persentase capaian layanan \d+\s+\d[\d.]*(,\d+|\.\d{3})/.test(l));
      if (rows.length === 0) continue;
      // The tables of figures, and the charts' data tables in the appendix, each under its own header.
      const header = /Target\s+Realisasi\s+Capaian|Anggaran \(Rp\)|Rata-rata|\(label gra|Baris\s+TW I/.test(page.text);
      const first = rows[0]!.trim();
      expect({ page: page.number, first, header }).toEqual({ page: page.number, first, header: true });
    }
  });

  test("Evaluasi Renja: the form's header on every page, the signatures whole", () => {
    const form = of(/^EVALUASI TERHADAP HASIL RENJA/);
    savePages(pdf, form, "evaluasi-renja");
    expect(form.length).toBeGreaterThanOrEqual(2);
    for (const page of form.filter((p) => /Persentase capaian layanan/.test(p.text))) {
      expect({ page: page.number, header: /Indikator Kinerja Program/.test(page.text) }).toEqual({
        page: page.number,
        header: true,
      });
    }
    const last = contentText(pdf, form[form.length - 1]!);
    expect(last).toContain("Dievaluasi,");
    expect(last).toContain("Disusun,");
    expect(last).toContain("KEPALA BAPPEDA KABUPATEN LUMAJANG");
    expect(last).toContain("NIP. 19700101 199503 1 001");
  });

  test("PK: the statement and the Lampiran, its table's header on every page, each signed by both parties", () => {
    const pk = of(/^(PERJANJIAN KINERJA|LAMPIRAN PERJANJIAN)/);
    savePages(pdf, pk, "pk");
    const statement = contentText(pdf, pk[0]!);
    expect(statement).toContain("Pihak pertama berjanji akan mewujudkan target kinerja");
    for (const words of [
      "PIHAK PERTAMA,",
      "PIHAK KEDUA,",
      "CAMAT KLAKAH",
      "BUPATI LUMAJANG",
      "Nama Camat (contoh)",
      "NIP. 19700101 199503 1 001",
    ])
      expect(statement).toContain(words);
    for (const page of pk.slice(1).filter((p) => /Persentase capaian layanan/.test(p.text)))
      expect({ page: page.number, header: /Indikator Kinerja\s+Target/.test(page.text) }).toEqual({
        page: page.number,
        header: true,
      });
    expect(contentText(pdf, pk[pk.length - 1]!)).toContain("PIHAK PERTAMA,");
  });

  test("Rencana Aksi: targets, realisasi and capaian per quarter, the header on every page", () => {
    const plan = of(/^RENCANA AKSI/);
    savePages(pdf, plan, "rencana-aksi");
    for (const page of plan.filter((p) => /Persentase capaian layanan/.test(p.text)))
      expect({ page: page.number, header: /Realisasi s\.d\./.test(page.text) }).toEqual({ page: page.number, header: true });
  });

  test("nothing is cut: every indicator's name is printed whole in each document", () => {
    const names = fortyIndicators()
      .indikator.slice(1)
      .map((r) => String(r[2]));
    for (const title of [/^LAPORAN KINERJA TRIWULAN/, /^LAMPIRAN PERJANJIAN/, /^EVALUASI TERHADAP/, /^RENCANA AKSI/]) {
      const text = of(title)
        .map((p) => contentText(pdf, p))
        .join(" ");
      const missing = names.filter((name) => !text.includes(name));
      expect({ document: String(title), missing }).toEqual({ document: String(title), missing: [] });
    }
  });
});

describe("a 200-indicator Evaluasi Renja: its header written once, printed on every page as the print titles", () => {
  const COUNT = 200;
  /** The column-number row as pdftotext lays it out: 1 to 5, 6 to 13, "14 = 7 + 13", "15 = 14 / 6 x 100", "13 / 8 x 100", 16. */
  const COLUMN_NUMBERS =
    /^\s*1\s+2\s+3\s+4\s+5\s+6\s+7\s+8\s+9\s+10\s+11\s+12\s+13\s+14 = 7 \+ 13\s+15 = 14 \/ 6 x 100\s+13 \/ 8 x 100\s+16\s*$/;
  /** The indicator numbers printed on a page: column 1 of each table row. */
  const indicatorsOn = (page: PdfPage) =>
    [...page.text.matchAll(/^\s*(\d+)\s+Sasaran unit \d+\s+Persentase capaian layanan/gm)].map((m) => Number(m[1]));
  let pdf = "";
  let form: PdfPage[] = [];
  beforeAll(async () => {
    const dir = scratchDir();
    const input = await writeWorkbook(dir, "dua-ratus.xlsx", benchGrids(COUNT));
    expect((await lapkin("laporan", input, "-o", join(dir, "hasil.xlsx"), "--dokumen", "evaluasi")).status).toBeLessThan(2);
    const printed = printedPages(join(dir, "hasil.xlsx"), join(dir, "pdf"));
    pdf = printed.pdf;
    const start = printed.pages.findIndex((p) => /^EVALUASI TERHADAP HASIL RENJA/.test(firstLine(p)));
    const end = printed.pages.findIndex((p, i) => i > start && /^PEMERIKSAAN DATA/.test(firstLine(p)));
    form = printed.pages.slice(start, end).filter((p) => p.text.trim() !== "");
    savePages(pdf, form, "evaluasi-renja-200");
  });

  test("the column-number row, 1 to 16, at the top of every page, above the page's first indicator", () => {
    expect(form.length).toBeGreaterThanOrEqual(4);
    for (const page of form) {
      const lines = page.text.split("\n");
      const numbers = lines.findIndex((l) => COLUMN_NUMBERS.test(l));
      const firstRow = lines.findIndex((l) => /Persentase capaian layanan/.test(l));
      expect({ page: page.number, numbers: numbers >= 0, above: firstRow < 0 || numbers < firstRow }).toEqual({
        page: page.number,
        numbers: true,
        above: true,
      });
      // Once on a page: the sheet has no header copies among its rows.
      expect({ page: page.number, copies: lines.filter((l) => COLUMN_NUMBERS.test(l)).length }).toEqual({
        page: page.number,
        copies: 1,
      });
      expect({ page: page.number, a4: isA4(page) }).toEqual({ page: page.number, a4: true });
    }
    // The titles above the header only on the first page.
    expect(form.filter((p) => /EVALUASI TERHADAP HASIL RENJA/.test(p.text)).map((p) => p.number)).toEqual([form[0]!.number]);
  });

  test("LibreOffice breaks the pages where LAPKIN placed them: every indicator once, in order, each page from the planned row", () => {
    const plan = plansOf(benchGrids(COUNT)).sheets.find((s) => s.name === "Evaluasi Renja")!;
    const number = (row: number) => plan.cells.find((c) => c.row === row && c.column === 0)?.value;
    const firsts = plan.rowBreaks.map(number).filter((n) => typeof n === "number");
    expect(form.length).toBe(plan.rowBreaks.length + 1);
    const printed = form.map(indicatorsOn);
    expect(printed.flat()).toEqual(Array.from({ length: COUNT }, (_, i) => i + 1));
    expect(printed.slice(1, firsts.length + 1).map((p) => p[0])).toEqual(firsts);
  });

  test("the footer and the signatures whole on the last page", () => {
    const last = contentText(pdf, form[form.length - 1]!);
    for (const words of [
      "Rata-rata capaian kinerja (%)",
      "Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya",
      "Dievaluasi,",
      "Disusun,",
      "KEPALA BAPPEDA KABUPATEN LUMAJANG",
      "Nama Camat (contoh)",
      "NIP. 19700101 199503 1 001",
    ])
      expect(last).toContain(words);
  });
});

describe("an annual workbook: the LKjIP's Bab III", () => {
  test("prints on A4 with every comparison and the budget table, kept as PNGs", async () => {
    const dir = scratchDir();
    const row = (uraian: string, values: Record<string, string | number | null>) => ({
      Level: "Sasaran",
      Uraian: uraian,
      ...values,
    });
    const indikator = indikatorOf([
      row("Meningkatnya kualitas pelayanan publik", {
        Indikator: "Indeks Kepuasan Masyarakat",
        Satuan: "nilai",
        Target: 85,
        Realisasi: 86.2,
        "Realisasi 2021": 80.1,
        "Realisasi 2022": 83.4,
        "Target Renstra": 88,
        "Standar Nasional": 76.61,
        "Faktor Pendorong": "Layanan daring",
        "Faktor Penghambat": "Jaringan lemah",
        "Tindak Lanjut": "Penambahan petugas",
        Anggaran: 500_000_000,
        "Realisasi Anggaran": 470_000_000,
      }),
      row("Meningkatnya kualitas pelayanan publik", {
        Indikator: "Persentase pengaduan tidak tertangani",
        Satuan: "%",
        Arah: "Turun",
        Target: 5,
        Realisasi: 3.5,
        "Realisasi 2022": 4,
        "Target Renstra": 2,
      }),
      row("Meningkatnya akuntabilitas", {
        Indikator: "Nilai SAKIP",
        Satuan: "nilai",
        Target: 70,
        Realisasi: 66.5,
        "Realisasi 2022": 68,
        "Target Renstra": 75,
        Anggaran: 200_000_000,
        "Realisasi Anggaran": 150_000_000,
      }),
    ]);
    const input = await writeWorkbook(dir, "tahunan.xlsx", { info: infoOf({ Periode: "Tahunan", Tahun: 2023 }), indikator });
    await lapkin("laporan", input, "-o", join(dir, "lkjip.xlsx"));
    const { pdf, pages } = printedPages(join(dir, "lkjip.xlsx"), join(dir, "pdf"));
    const bab = pages.filter((p) => /^BAB III AKUNTABILITAS KINERJA/.test(firstLine(p)));
    savePages(pdf, bab, "lkjip");
    expect(bab.length).toBeGreaterThanOrEqual(1);
    for (const page of bab) expect(isA4(page)).toBe(true);
    const text = bab.map((p) => contentText(pdf, p)).join(" ");
    for (const words of [
      "Perbandingan realisasi dengan tahun-tahun sebelumnya",
      "Perbandingan dengan target akhir Renstra",
      "Perbandingan dengan standar nasional",
      "Faktor pendorong: Layanan daring.",
      "Analisis efisiensi penggunaan sumber daya",
      "B. Realisasi Anggaran",
    ])
      expect(text).toContain(words);
  });
});
