import ExcelJS from "exceljs";
import type { Progress } from "../../src/taskpane/backend";
import { browserPane } from "../../src/taskpane/browser-backend";
import { workbookFromGrids } from "../../src/xlsx/generate";
import { seedGrids } from "../support/grids";
import { DAMAGED, OLD_XLS, rowsOf } from "../recap/support/submissions";
import { ALPHA, ALPHA_EXPECTED, BETA, BETA_EXPECTED, GAMMA, GAMMA_EXPECTED } from "../recap/support/units";
import { InProcessWorker } from "./support/in-process-worker";

jest.setTimeout(60_000);

/** A file as the browser hands it over from a picked folder: its bytes, its name, its path in the folder. */
const inFolder = (name: string, bytes: Uint8Array, folder = "kiriman") =>
  Object.assign(new File([bytes as BlobPart], name), { webkitRelativePath: `${folder}/${name}` });

async function unitFolder(): Promise<File[]> {
  return [
    inFolder("alpha.xlsx", await workbookFromGrids(ALPHA)),
    inFolder("beta.xlsx", await workbookFromGrids(BETA)),
    inFolder("gamma.xlsx", await workbookFromGrids(GAMMA)),
    inFolder("klakah.xlsx", await workbookFromGrids(seedGrids())),
    inFolder("rusak.xlsx", new Uint8Array(DAMAGED)),
    // An old binary workbook renamed .xlsx by hand, and one still named .xls.
    inFolder("lama.xlsx", new Uint8Array(OLD_XLS)),
    inFolder("arsip.xls", new Uint8Array(OLD_XLS)),
    // Not submissions: Excel's lock file and a note.
    inFolder("~$alpha.xlsx", new Uint8Array(165)),
    inFolder("catatan.txt", new TextEncoder().encode("Kiriman triwulan IV")),
  ];
}

function downloads() {
  const saved: { name: string; bytes: Uint8Array }[] = [];
  return { saved, download: (name: string, bytes: Uint8Array) => void saved.push({ name, bytes }) };
}

async function sheetsOf(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book;
}

test("a picked folder is recapped in the worker: each unit once with its hand-worked figures, every unreadable file in Masalah, the recap downloaded", async () => {
  const { saved, download } = downloads();
  const pane = browserPane(() => new InProcessWorker(), download);
  const seen: Progress[] = [];
  const result = await pane.rekap(await unitFolder(), (p) => void seen.push(p));

  expect(saved.map((s) => s.name)).toEqual(["lapkin-rekap.xlsx"]);
  const book = await sheetsOf(saved[0]!.bytes);
  expect(book.worksheets.map((s) => s.name)).toEqual(["Rekap Unit", "Rekap Indikator", "Masalah", "Grafik Rekap"]);
  const rows = rowsOf(book.getWorksheet("Rekap Unit")!).rows;
  rows.pop(); // the totals row
  expect(rows.map((r) => r["Unit Kerja"]).sort()).toEqual(["Dinas Alpha", "Dinas Beta", "Kecamatan Gamma", "Kecamatan Klakah"]);
  for (const expected of [ALPHA_EXPECTED, BETA_EXPECTED, GAMMA_EXPECTED]) {
    const row = rows.find((r) => r["Unit Kerja"] === expected.unit)!;
    expect([row["Rata-rata Capaian (%)"], row["Penyerapan (%)"], row["Galat"], row["File"]]).toEqual([
      expected.rataRata,
      expected.penyerapan,
      expected.galat,
      expect.stringMatching(/^kiriman\/\w+\.xlsx$/),
    ]);
  }

  const unreadable = rowsOf(book.getWorksheet("Masalah")!).rows.filter((l) => l["Kode"] === "FILE_TIDAK_TERBACA");
  expect(unreadable.map((l) => l["File"]).sort()).toEqual(["kiriman/arsip.xls", "kiriman/lama.xlsx", "kiriman/rusak.xlsx"]);
  expect(String(unreadable.find((l) => l["File"] === "kiriman/arsip.xls")!["Pesan"])).toMatch(
    /simpan sebagai Excel Workbook \(\.xlsx\)/,
  );

  // Six files read (the lock file and the note are no one's report; the .xls is named, not read).
  const steps = seen.filter((p) => p.stage === "recapping");
  expect(steps.at(-1)).toMatchObject({ done: 6, total: 6 });
  expect(result.loaded).toBeUndefined();
  // The worker's last reply carries the units, ranked, for the pane's picture: Alpha's 100 first.
  expect(result.recap?.total).toBe(4);
  expect(result.recap?.units[0]).toMatchObject({ peringkat: 1, unit: ALPHA_EXPECTED.unit, predikat: ALPHA_EXPECTED.predikat });
  expect(result.notice.tone).toBe("info");
  expect(result.notice.id).toMatch(/^Rekap diunduh sebagai lapkin-rekap\.xlsx: 4 unit dari 7 file\. 3 file tidak dapat dibaca\./);
  expect(result.notice.en).toMatch(/^Recap downloaded as lapkin-rekap\.xlsx: 4 units from 7 files\. 3 files could not be read\./);
});

test("the workbook open in the pane stays open through a recap: its report still downloads after", async () => {
  const { saved, download } = downloads();
  const pane = browserPane(() => new InProcessWorker(), download);
  await pane.openSample(() => undefined);
  const alpha = new File([(await workbookFromGrids(ALPHA)) as BlobPart], "alpha.xlsx");
  await pane.rekap([alpha], () => undefined);
  const report = await pane.download(() => undefined);
  expect(saved.map((s) => s.name)).toEqual(["lapkin-rekap.xlsx", "lapkin-contoh-laporan.xlsx"]);
  expect(report.notice.id).toMatch(/^Laporan diunduh sebagai lapkin-contoh-laporan\.xlsx/);
});

test("a file picked on its own is read whatever its name; when nothing can be read, nothing downloads and the pane says why", async () => {
  const { saved, download } = downloads();
  const pane = browserPane(() => new InProcessWorker(), download);
  const named = new File([(await workbookFromGrids(BETA)) as BlobPart], "beta-kiriman.dat");
  const ok = await pane.rekap([named], () => undefined);
  expect(ok.notice.id).toMatch(/: 1 unit dari 1 file\.$/);

  const broken = await pane.rekap([new File([new Uint8Array(DAMAGED)], "rusak.xlsx")], () => undefined);
  expect(saved).toHaveLength(1);
  expect(broken.notice.tone).toBe("error");
  expect(broken.notice.id).toMatch(
    /^Tidak ada laporan unit yang dapat dibaca dari file yang dipilih, sehingga tidak ada rekap yang dibuat\. File rusak\.xlsx/,
  );
});
