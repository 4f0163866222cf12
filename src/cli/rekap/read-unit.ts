import { readFileSync } from "fs";
import { isRecapPackage, unitFromBytes, unreadable, type ReadUnit } from "../../xlsx/read-unit";
import { nodeCodec } from "../../xlsx/zip/node-codec";

export { unreadable, type ReadUnit };

/**
 * One file of the recap (at `path`, named `file` in the recap), read, evaluated and summarised; everything read of it is dropped when
 * this returns, so the recap holds one workbook at a time.
 */
export async function readUnit(path: string, file: string = path): Promise<ReadUnit> {
  const bytes = readBytes(path);
  if (bytes === null) return unreadable(file, "file ini tidak dapat dibuka (periksa izin aksesnya)");
  return unitFromBytes(bytes, file, nodeCodec);
}

/** Whether the file at `path` is a recap LAPKIN wrote (so it may be replaced by a new one). */
export async function isLapkinRecapFile(path: string): Promise<boolean> {
  const bytes = readBytes(path);
  return bytes !== null && isRecapPackage(bytes, nodeCodec);
}

/** A small file read at once: the asynchronous read costs more in event-loop turns than the reading itself. */
function readBytes(path: string): Uint8Array | null {
  try {
    const buffer = readFileSync(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch {
    return null;
  }
}
