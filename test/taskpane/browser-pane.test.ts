import ExcelJS from "exceljs";
import { PaneReset, type Progress } from "../../src/taskpane/backend";
import { browserPane } from "../../src/taskpane/browser-backend";
import * as door from "../../src/taskpane/browser/door";
import { PIPELINE, PREVIEW_ROWS } from "../../src/taskpane/browser/session";
import { InProcessWorker } from "./support/in-process-worker";
import { workbookFromGrids } from "../../src/xlsx/generate";
import { indicatorRows, seedGrids } from "../support/grids";
import { SEED_DESA, SEED_FASILITASI, SEED_IKM } from "../support/seed";
import { zipBomb } from "../e2e/zip-bomb";

// Reading a 1,201-indicator workbook takes seconds on a busy machine.
jest.setTimeout(60_000);

function recorder() {
  const seen: Progress[] = [];
  return { seen, listener: (progress: Progress) => void seen.push(progress) };
}

const shown = (p: Progress) => (p.loaded?.kind === "view" ? p.loaded.view.indicators.length : null);

test("the sample opens through the worker: reading, evaluating, the indicators, then the report's plans; the seed's figures", async () => {
  const pane = browserPane(() => new InProcessWorker(), jest.fn());
  const { seen, listener } = recorder();
  const loaded = await pane.openSample(listener);

  expect(seen.map((p) => p.stage)).toEqual(["reading", "reading", "evaluating", "showing", "showing", "planning"]);
  expect(seen[0]!.loaded).toBeNull();
  expect(seen.filter((p) => p.stage === "showing").map((p) => [p.done, p.total, shown(p)])).toEqual([
    [0, 3, null],
    [3, 3, 3],
  ]);
  if (loaded.kind !== "view") throw new Error(`expected a view, got ${loaded.kind}`);
  expect(loaded.view.unitKerja).toBe("Kecamatan Klakah");
  const figures = loaded.view.indicators.map((i) => [i.realisasi, i.capaian]);
  const indonesian = (n: string) => Number(n).toFixed(2).replace(".", ",");
  expect(figures).toEqual(
    [SEED_IKM, SEED_FASILITASI, SEED_DESA].map((s) => [indonesian(s.expected.realisasi), indonesian(s.expected.capaian)]),
  );
});

test("1,201 indicators: the first rows shown while the rest is evaluated, then all in pages of 500, n of N counting up", async () => {
  const grids = seedGrids();
  const bytes = await workbookFromGrids({ info: grids.info, indikator: indicatorRows(1201) });
  const pane = browserPane(() => new InProcessWorker(), jest.fn());
  const { seen, listener } = recorder();
  const loaded = await pane.open({ name: "kabupaten.xlsx", bytes }, listener);

  const preview = seen.filter((p) => p.stage === "evaluating");
  expect(preview.map((p) => [p.done, shown(p)])).toEqual([
    [undefined, null],
    [undefined, null],
    [undefined, PREVIEW_ROWS - 1],
  ]);
  const previewed = preview[2]!.loaded;
  expect(previewed?.kind === "view" && previewed.view.indicators.map((i) => i.indikator)).toEqual(
    Array.from({ length: PREVIEW_ROWS - 1 }, (_, i) => `Indikator ${i + 1}`),
  );
  // The preview stays on screen until the whole sheet's first page replaces it: never an empty list between.
  expect(seen.filter((p) => p.stage === "showing").map((p) => [p.done, p.total, shown(p)])).toEqual([
    [0, 1201, null],
    [500, 1201, 500],
    [1000, 1201, 1000],
    [1201, 1201, 1201],
  ]);
  if (loaded.kind !== "view") throw new Error(`expected a view, got ${loaded.kind}`);
  expect(loaded.view.indicators.map((i) => i.indikator)).toEqual(Array.from({ length: 1201 }, (_, i) => `Indikator ${i + 1}`));
});

test("Unduh Laporan writes in the worker and saves the report under the input's name, with a notice counting the indicators", async () => {
  const saved: { name: string; bytes: Uint8Array }[] = [];
  const pane = browserPane(
    () => new InProcessWorker(),
    (name, bytes) => saved.push({ name, bytes }),
  );
  await pane.open({ name: "Klakah TW IV.xlsx", bytes: await door.sampleWorkbook() }, jest.fn());
  const { seen, listener } = recorder();
  const result = await pane.download(listener);

  expect(seen.map((p) => p.stage)).toEqual(["writing"]);
  expect(saved.map((s) => s.name)).toEqual(["Klakah TW IV-laporan.xlsx"]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(saved[0]!.bytes as unknown as ExcelJS.Buffer);
  expect(book.getWorksheet("Laporan")).toBeDefined();
  expect(result.notice).toMatchObject({ tone: "success" });
  expect(result.notice.id).toMatch(
    /^Laporan diunduh sebagai Klakah TW IV-laporan\.xlsx \(sheet Laporan, PK, Rencana Aksi, Evaluasi Renja, dan Pemeriksaan\): 3 indikator; /,
  );
  expect(result.loaded?.kind).toBe("view");
});

test("Unduh Laporan with the documents ticked in the pane: those sheets (and Pemeriksaan), no other", async () => {
  const saved: { name: string; bytes: Uint8Array }[] = [];
  const pane = browserPane(
    () => new InProcessWorker(),
    (name, bytes) => saved.push({ name, bytes }),
  );
  await pane.open({ name: "unit.xlsx", bytes: await door.sampleWorkbook() }, jest.fn());
  const { seen, listener } = recorder();
  const result = await pane.download(listener, ["pk", "evaluasi"]);

  expect(seen.map((p) => p.stage)).toEqual(["planning", "writing"]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(saved[0]!.bytes as unknown as ExcelJS.Buffer);
  expect(book.worksheets.map((s) => s.name)).toEqual(["Info", "Indikator", "PK", "Evaluasi Renja", "Pemeriksaan"]);
  expect(result.notice.id).toContain("(sheet PK, Evaluasi Renja, dan Pemeriksaan)");
});

test("Batal ends the worker: the action ends with 'Dibatalkan', nothing stays open, and the next file gets a fresh worker", async () => {
  const workers: InProcessWorker[] = [];
  const pane = browserPane(() => {
    const worker = new InProcessWorker();
    worker.hold = workers.length === 0;
    workers.push(worker);
    return worker;
  }, jest.fn());
  const opening = pane.openSample(jest.fn());
  pane.cancel();
  await expect(opening).rejects.toBeInstanceOf(PaneReset);
  await opening.catch((error: PaneReset) =>
    expect(error.notice).toMatchObject({ tone: "info", id: expect.stringMatching(/^Dibatalkan\./) }),
  );
  expect(workers[0]!.terminated).toBe(true);
  await expect(pane.download(jest.fn())).rejects.toThrow("Belum ada workbook yang dibuka");

  const again = await pane.openSample(jest.fn());
  expect(workers).toHaveLength(2);
  expect(again.kind).toBe("view");
});

test("a worker that dies (the browser ran out of memory) ends the action with an error notice and leaves nothing open", async () => {
  const worker = new InProcessWorker();
  worker.hold = true;
  const pane = browserPane(() => worker, jest.fn());
  const opening = pane.openSample(jest.fn());
  worker.crash("Out of memory");
  const error = await opening.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PaneReset);
  expect((error as PaneReset).notice).toMatchObject({ tone: "error", id: expect.stringContaining("(Out of memory)") });
  expect(worker.terminated).toBe(true);
});

test("a zip bomb is refused before the door reads a byte of it", async () => {
  const openPackage = jest.fn(door.openPackage);
  const pane = browserPane(() => new InProcessWorker({ ...door, openPackage }), jest.fn());
  const loaded = await pane.open({ name: "bom.xlsx", bytes: await zipBomb(300) }, jest.fn());
  // The size and the limit are named, whichever module (this pane's or the door's) words the refusal.
  expect(loaded).toEqual({ kind: "unusable", message: expect.stringMatching(/^bom\.xlsx\b.* 300 MB .*batas/) });
  expect(openPackage).not.toHaveBeenCalled();
});

test("what stays on screen is the pipeline's own view: if it differs from the first one shown, it replaces it", async () => {
  const pipeline = {
    ...PIPELINE,
    buildWorkbook: (snapshot: Parameters<typeof PIPELINE.buildWorkbook>[0]) => {
      const plans = PIPELINE.buildWorkbook(snapshot);
      if (!plans.ok) return plans;
      const [first, ...rest] = plans.workbook.indicators;
      const renamed = { ...first!, row: { ...first!.row, indikator: "Nama dari rencana" } };
      return { ...plans, workbook: { ...plans.workbook, indicators: [renamed, ...rest] } };
    },
  };
  const pane = browserPane(() => new InProcessWorker(door, pipeline), jest.fn());
  const { seen, listener } = recorder();
  const loaded = await pane.openSample(listener);
  const firstNames = seen
    .filter((p) => p.stage === "showing")
    .map((p) => (p.loaded?.kind === "view" ? p.loaded.view.indicators[0]!.indikator : null));
  expect(firstNames).toEqual([null, "Nilai IKM Kecamatan", null, "Nama dari rencana"]);
  expect(loaded.kind === "view" && loaded.view.indicators[0]!.indikator).toBe("Nama dari rencana");
});
