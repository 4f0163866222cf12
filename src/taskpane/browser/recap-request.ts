import { recapNotice } from "../../recap/recap-notice";
import { recapPicked, type ReadUnitBytes } from "../../recap/recap-picked";
import type { RecapPlans } from "../../recap/recap-pipeline";
import { recapView } from "../../recap/recap-view";
import { RECAP_FILE_NAME } from "../../recap/submission-name";
import type { RecapFile, Reply } from "./protocol";

/** What a recap needs of the file door. */
export interface RecapDoor {
  readonly readUnit: ReadUnitBytes;
  writeRecap(plans: RecapPlans): Uint8Array;
}

/** The steps are told at most this often: a folder of a hundred small files is read faster than the page would redraw. */
const STEP_EVERY_MS = 100;

/**
 * "Rekap banyak file" in the worker: the picked files read one at a time, the recap built, its
 * workbook written and handed to the page as a download. The workbook open in the pane (if any)
 * is left as it is.
 */
export async function answerRecap(
  files: readonly RecapFile[],
  door: RecapDoor,
  post: (reply: Reply, transfer?: Transferable[]) => void,
  now: () => number = Date.now,
): Promise<void> {
  let told = -Infinity;
  const picked = files.map((f) => ({ name: f.name, webkitRelativePath: f.path, arrayBuffer: () => f.blob.arrayBuffer() }));
  const recap = await recapPicked(picked, door.readUnit, (done, total, file) => {
    if (done < total && now() - told < STEP_EVERY_MS) return;
    told = now();
    post({ kind: "step", done, total, file });
  });
  if (!recap.ok) return post({ kind: "unusable", message: recap.message });
  post({ kind: "stage", stage: "writing" });
  const bytes = door.writeRecap(recap.plans);
  const notice = recapNotice(recap.plans, {
    id: `Rekap diunduh sebagai ${RECAP_FILE_NAME}`,
    en: `Recap downloaded as ${RECAP_FILE_NAME}`,
  });
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  post({ kind: "report", fileName: RECAP_FILE_NAME, bytes: buffer, notice, recap: recapView(recap.plans) }, [buffer]);
}
