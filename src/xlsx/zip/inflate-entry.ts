import { CorruptZipError, type ZipEntry } from "./central-directory";
import type { Codec } from "./codec";

/**
 * An entry's uncompressed bytes, never more than it declared (the codec stops past the declared
 * size), and only when they match the declared size and checksum.
 */
export function inflateEntry(archive: Uint8Array, entry: ZipEntry, codec: Codec): Uint8Array {
  const data = archive.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let out: Uint8Array;
  try {
    if (entry.method === 0) out = data;
    else if (entry.method === 8) out = codec.inflate(data, entry.size);
    else throw new CorruptZipError(`${entry.name}: compression method ${entry.method}`);
  } catch (error) {
    throw error instanceof CorruptZipError ? error : new CorruptZipError(`${entry.name}: ${(error as Error).message}`);
  }
  if (out.length !== entry.size || codec.crc32(out) !== entry.crc)
    throw new CorruptZipError(`${entry.name}: size or checksum mismatch`);
  return out;
}
