import { Inflate } from "fflate";
import { CorruptZipError, type ZipEntry } from "./central-directory";
import { crc32 } from "./crc32";

/** Compressed input handed to the inflater at a time: bounds what one step can produce (at most ~1,032x). */
const STEP = 64 * 1024;

/**
 * An entry's uncompressed bytes, never more than it declared: inflation stops as soon as the
 * output passes the declared size (a header that lies about it is a zip bomb), and the result must
 * match the declared size and checksum.
 */
export function inflateEntry(archive: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = archive.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let out: Uint8Array;
  if (entry.method === 0) out = data;
  else if (entry.method === 8) out = inflateBounded(data, entry);
  else throw new CorruptZipError(`${entry.name}: compression method ${entry.method}`);
  if (out.length !== entry.size || crc32(out) !== entry.crc) throw new CorruptZipError(`${entry.name}: size or checksum mismatch`);
  return out;
}

function inflateBounded(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const out = new Uint8Array(entry.size);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > entry.size) throw new CorruptZipError(`${entry.name}: inflates past its declared size`);
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    if (data.length === 0) inflater.push(data, true);
    for (let at = 0; at < data.length; at += STEP) inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  } catch (error) {
    throw error instanceof CorruptZipError ? error : new CorruptZipError(`${entry.name}: ${(error as Error).message}`);
  }
  return written === out.length ? out : out.subarray(0, written);
}
