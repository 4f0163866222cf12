/**
 * The only place the browser pane calls the file door. The door's loaded workbook is opaque here
 * (a handle). The browser refuses big packages sooner than the door does (./package-size): a tab
 * has far less memory than the command line.
 */
import type { RecapPlans } from "../../recap/recap-pipeline";
import type { WorkbookPlans } from "../../workbook/pipeline";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import * as fileDoor from "../../xlsx/browser-door";

export { refuseOversizedPackage } from "./package-size";

export type DoorHandle = unknown;

export type Opened =
  | { readonly ok: true; readonly snapshot: WorkbookSnapshot; readonly handle: DoorHandle }
  | { readonly ok: false; readonly message: string };

export async function openPackage(bytes: Uint8Array, name: string): Promise<Opened> {
  const loaded = await fileDoor.loadWorkbook(bytes, name);
  return loaded.ok ? { ok: true, snapshot: loaded.snapshot, handle: loaded.handle } : loaded;
}

export async function writeReport(handle: DoorHandle, plans: WorkbookPlans): Promise<Uint8Array> {
  return fileDoor.generateReport(handle as Parameters<typeof fileDoor.generateReport>[0], plans);
}

/** One unit's workbook summarised for the recap, or the problem line saying why not. */
export const readUnit = (bytes: Uint8Array, shown: string) => fileDoor.unitFromBytes(bytes, shown);

export const writeRecap = (plans: RecapPlans): Uint8Array => fileDoor.workbookFromPlans(plans);

export const sampleWorkbook: () => Promise<Uint8Array> = fileDoor.sampleWorkbook;
