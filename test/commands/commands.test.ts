import { readFileSync } from "fs";
import { join } from "path";
import { subscribeNotices, type Notice } from "../../src/excel/notices";
import { descendants, localName, parseXml } from "../support/xml-tree";

const showAsTaskpane = jest.fn<Promise<void>, []>();
const associate = jest.fn();
Object.assign(globalThis, {
  Office: {
    addin: { showAsTaskpane },
    actions: { associate },
    HostType: { Excel: "Excel" },
    onReady: (callback: (info: { host: string }) => void) => {
      callback({ host: "Excel" });
      return Promise.resolve({ host: "Excel" });
    },
  },
});
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buatLaporan } = require("../../src/commands/commands") as typeof import("../../src/commands/commands");

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

  test("Buat Laporan tells the user, in Indonesian and English, that generation isn't available yet", async () => {
    showAsTaskpane.mockResolvedValue();
    const seen: Notice[] = [];
    const stop = subscribeNotices((n) => seen.push(n));
    const event = fakeEvent();
    await buatLaporan(event);
    stop();
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(seen.at(-1)).toMatchObject({ tone: "info" });
    expect(seen.at(-1)!.id).toContain("belum tersedia");
    expect(seen.at(-1)!.en).toContain("not available");
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("event.completed is called even when the pane can't be shown", async () => {
    showAsTaskpane.mockRejectedValue(new Error("not supported"));
    const event = fakeEvent();
    await expect(buatLaporan(event)).resolves.toBeUndefined();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
