import { readFileSync } from "fs";
import { join } from "path";
import { subscribeNotices, type Notice } from "../../src/excel/notices";
import { seedGrids } from "../support/grids";
import { excelWith } from "../support/office-double/run";
import type { ExcelDouble } from "../support/office-double/excel-double";
import { descendants, localName, parseXml } from "../support/xml-tree";

const showAsTaskpane = jest.fn<Promise<void>, []>();
const associate = jest.fn();
let excel: { double: ExcelDouble; context: Excel.RequestContext };
Object.assign(globalThis, {
  Office: {
    addin: { showAsTaskpane },
    actions: { associate },
    HostType: { Excel: "Excel" },
    context: { requirements: { isSetSupported: () => true } },
    onReady: (callback: (info: { host: string }) => void) => {
      callback({ host: "Excel" });
      return Promise.resolve({ host: "Excel" });
    },
  },
  Excel: { run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(excel.context) },
});
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buatLaporan, RIBBON_COMMANDS } = require("../../src/commands/commands") as typeof import("../../src/commands/commands");

function fakeEvent() {
  return { completed: jest.fn(), source: { id: "Lapkin.BuatLaporan" } } as unknown as Office.AddinCommands.Event & {
    completed: jest.Mock;
  };
}

describe("ribbon commands", () => {
  beforeEach(() => showAsTaskpane.mockReset());

  test("every ExecuteFunction of the manifest is registered when Excel is ready", () => {
    const manifest = parseXml(readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8"));
    const names = [...descendants(manifest)].filter((e) => localName(e) === "FunctionName").map((e) => e.text);
    expect(names.length).toBeGreaterThan(0);
    expect(associate.mock.calls.map((call) => call[0]).sort()).toEqual([...names].sort());
    expect(associate.mock.calls.every((call) => typeof call[1] === "function")).toBe(true);
  });

  test("Buat Laporan writes the report and tells the user what was written, in Indonesian and English", async () => {
    const grids = seedGrids();
    excel = excelWith({ Info: grids.info, Indikator: grids.indikator });
    showAsTaskpane.mockResolvedValue();
    const seen = await pressBuatLaporan();
    expect(excel.double.sheet("Laporan")).toBeDefined();
    expect(seen.notice).toMatchObject({ tone: "success" });
    expect(seen.notice!.id).toBe(
      "Sheet Laporan, PK, Rencana Aksi, Evaluasi Renja, dan Pemeriksaan dibuat dan kolom hitung di sheet Indikator diisi: 3 indikator; 0 galat, 2 peringatan, 1 info.",
    );
    expect(seen.notice!.en).toContain("3 indicators");
    expect(seen.completed).toBe(1);
  });

  test("an unusable workbook: nothing written, the reason shown, event completed", async () => {
    excel = excelWith({ Info: seedGrids().info });
    showAsTaskpane.mockResolvedValue();
    const seen = await pressBuatLaporan();
    expect(excel.double.sheet("Laporan")).toBeUndefined();
    expect(seen.notice).toMatchObject({ tone: "error" });
    expect(seen.notice!.id).toContain("Sheet Indikator tidak ada");
    expect(seen.completed).toBe(1);
  });

  test("Excel failing mid-way is reported, never swallowed, and the event still completes", async () => {
    const grids = seedGrids();
    excel = excelWith({ Info: grids.info, Indikator: grids.indikator });
    excel.double.context.sync = () => Promise.reject(new Error("GeneralException: koneksi terputus"));
    showAsTaskpane.mockResolvedValue();
    const seen = await pressBuatLaporan();
    expect(seen.notice).toMatchObject({ tone: "error" });
    expect(seen.notice!.id).toContain("koneksi terputus");
    expect(seen.completed).toBe(1);
  });

  test("event.completed is called even when the pane can't be shown", async () => {
    const grids = seedGrids();
    excel = excelWith({ Info: grids.info, Indikator: grids.indikator });
    showAsTaskpane.mockRejectedValue(new Error("not supported"));
    const seen = await pressBuatLaporan();
    expect(seen.completed).toBe(1);
  });
});

describe("the Buat Laporan menu", () => {
  const press = async (functionName: string) => {
    const handler = associate.mock.calls.find((call) => call[0] === functionName)![1] as (
      event: Office.AddinCommands.Event,
    ) => Promise<void>;
    const seen: Notice[] = [];
    const stop = subscribeNotices((n) => seen.push(n));
    const event = fakeEvent();
    await handler(event);
    stop();
    return { notice: seen.at(-1)!, completed: event.completed.mock.calls.length };
  };
  const lapkinSheets = () => excel.double.sheets.map((s) => s.name).filter((name) => !["Info", "Indikator"].includes(name));

  beforeEach(() => showAsTaskpane.mockResolvedValue());

  test("Perjanjian Kinerja makes the PK (and Pemeriksaan) and no other document", async () => {
    const grids = seedGrids();
    excel = excelWith({ Info: grids.info, Indikator: grids.indikator });
    const seen = await press("buatPerjanjianKinerja");
    expect(lapkinSheets()).toEqual(["PK", "Pemeriksaan"]);
    expect(seen.notice.id).toMatch(/^Sheet PK dan Pemeriksaan dibuat/);
    expect(seen.completed).toBe(1);
  });

  test("each item makes its own document's sheet", async () => {
    const sheetOf: Record<string, string> = {
      buatLaporanKinerja: "Laporan",
      buatPerjanjianKinerja: "PK",
      buatRencanaAksi: "Rencana Aksi",
      buatEvaluasiRenja: "Evaluasi Renja",
    };
    for (const [functionName, sheet] of Object.entries(sheetOf)) {
      const grids = seedGrids();
      excel = excelWith({ Info: grids.info, Indikator: grids.indikator });
      await press(functionName);
      expect({ functionName, sheets: lapkinSheets() }).toEqual({ functionName, sheets: [sheet, "Pemeriksaan"] });
    }
    expect(RIBBON_COMMANDS.map((c) => c.functionName)).toEqual(expect.arrayContaining(Object.keys(sheetOf)));
  });

  test("Rencana Aksi on a sheet without Target TW columns writes nothing and says which columns it needs", async () => {
    const grids = seedGrids();
    for (const header of ["Target TW1", "Target TW2", "Target TW3", "Target TW4"]) {
      const column = grids.indikator[0]!.indexOf(header);
      expect(column).toBeGreaterThan(0);
      grids.indikator[0]![column] = null;
    }
    excel = excelWith({ Info: grids.info, Indikator: grids.indikator });
    const seen = await press("buatRencanaAksi");
    expect(lapkinSheets()).toEqual([]);
    expect(seen.notice.tone).toBe("error");
    expect(seen.notice.id).toContain("Target TW1 sampai Target TW4");
    expect(seen.completed).toBe(1);
  });
});

async function pressBuatLaporan(): Promise<{ notice: Notice | undefined; completed: number }> {
  const seen: Notice[] = [];
  const stop = subscribeNotices((n) => seen.push(n));
  const event = fakeEvent();
  await buatLaporan(event);
  stop();
  return { notice: seen.at(-1), completed: event.completed.mock.calls.length };
}
