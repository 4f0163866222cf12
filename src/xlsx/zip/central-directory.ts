/**
 * A zip's table of contents, read from its central directory without inflating anything: the
 * declared sizes are known before a byte is decompressed (zip-bomb check), and an entry LAPKIN
 * doesn't change is later copied as it is, still compressed.
 */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  /** MS-DOS time (low 16 bits) and date (high 16 bits), kept when the entry is copied. */
  readonly modified: number;
  readonly compressedSize: number;
  /** As declared by the archive: checked against what inflating really gives. */
  readonly size: number;
  /** Where the compressed data starts (after the entry's local header). */
  readonly dataStart: number;
}

/** The bytes are not a zip archive that can be read (truncated, damaged, or an unsupported kind). */
export class CorruptZipError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;
const NAME_DECODER = new TextDecoder("utf-8");

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

export function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const end = findEndRecord(bytes);
  if (end >= 20 && u32(bytes, end - 20) === ZIP64_LOCATOR) {
    // Zip64 is for parts past 4 GB or 65,535 entries: far beyond any workbook the size limits let in.
    throw new CorruptZipError("zip64 archives are not supported");
  }
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL_HEADER) throw new CorruptZipError("central directory damaged");
    const flags = u16(bytes, at + 8);
    if (flags & 1) throw new CorruptZipError("encrypted entry");
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const localOffset = u32(bytes, at + 42);
    const name = NAME_DECODER.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const compressedSize = u32(bytes, at + 20);
    if (localOffset + 30 > bytes.length || u32(bytes, localOffset) !== LOCAL_HEADER)
      throw new CorruptZipError(`${name}: header damaged`);
    const dataStart = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
    if (dataStart + compressedSize > bytes.length) throw new CorruptZipError(`${name}: truncated`);
    entries.push({
      name,
      method: u16(bytes, at + 10),
      crc: u32(bytes, at + 16),
      modified: u32(bytes, at + 12),
      compressedSize,
      size: u32(bytes, at + 24),
      dataStart,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The end-of-central-directory record: the last 22 bytes, unless an archive comment follows it. */
function findEndRecord(bytes: Uint8Array): number {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at--) if (u32(bytes, at) === EOCD) return at;
  throw new CorruptZipError("no end of central directory");
}
