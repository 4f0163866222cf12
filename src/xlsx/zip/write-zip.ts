import type { ZipEntry } from "./central-directory";
import type { Codec } from "./codec";

/** New bytes as an archive stores them: compressed (or stored, where compressing gains nothing), with their CRC and size. */
export interface PackedPart {
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly body: Uint8Array;
}

/** A part copied from the source archive as it is, still compressed, or new bytes packed. */
export type ZipItem =
  | { readonly name: string; readonly copy: ZipEntry; readonly from: Uint8Array }
  | { readonly name: string; readonly packed: PackedPart };

/** 1980-01-01 00:00, so that the same content always gives the same bytes. */
const FIXED_DOS_DATE_TIME = ((1 << 5) | 1) << 16;
const UTF8_NAMES = 0x0800;
const ENCODER = new TextEncoder();

interface Written {
  name: Uint8Array;
  method: number;
  crc: number;
  modified: number;
  compressedSize: number;
  size: number;
  offset: number;
  body: Uint8Array;
}

/**
 * New bytes packed as soon as they are made: a report's sheets are tens of megabytes of markup
 * that compress ten to one, and holding them uncompressed until the archive is written would
 * make that the run's peak memory.
 */
export function packPart(data: Uint8Array, codec: Codec): PackedPart {
  const compressed = data.length > 0 ? codec.deflate(data) : data;
  const stored = compressed.length >= data.length;
  return { method: stored ? 0 : 8, crc: codec.crc32(data), size: data.length, body: stored ? data : compressed };
}

/** The bytes of a packed part again. */
export function unpackPart(part: PackedPart, codec: Codec): Uint8Array {
  return part.method === 0 ? part.body : codec.inflate(part.body, part.size);
}

/** Writes a zip archive: entries in the given order, then the central directory. */
export function writeZip(items: readonly ZipItem[]): Uint8Array {
  const written: Written[] = [];
  let offset = 0;
  for (const item of items) {
    const name = ENCODER.encode(item.name);
    let entry: Written;
    if ("copy" in item) {
      const { copy, from } = item;
      const body = from.subarray(copy.dataStart, copy.dataStart + copy.compressedSize);
      entry = {
        name,
        method: copy.method,
        crc: copy.crc,
        modified: copy.modified,
        compressedSize: body.length,
        size: copy.size,
        offset,
        body,
      };
    } else {
      const { method, crc, size, body } = item.packed;
      entry = { name, method, crc, modified: FIXED_DOS_DATE_TIME, compressedSize: body.length, size, offset, body };
    }
    written.push(entry);
    offset += 30 + name.length + entry.body.length;
  }
  const directorySize = written.reduce((n, e) => n + 46 + e.name.length, 0);
  const out = new Uint8Array(offset + directorySize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const e of written) {
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, UTF8_NAMES, true);
    view.setUint16(at + 8, e.method, true);
    view.setUint32(at + 10, e.modified, true);
    view.setUint32(at + 14, e.crc, true);
    view.setUint32(at + 18, e.compressedSize, true);
    view.setUint32(at + 22, e.size, true);
    view.setUint16(at + 26, e.name.length, true);
    view.setUint16(at + 28, 0, true);
    out.set(e.name, at + 30);
    out.set(e.body, at + 30 + e.name.length);
    at += 30 + e.name.length + e.body.length;
  }
  const directoryStart = at;
  for (const e of written) {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, UTF8_NAMES, true);
    view.setUint16(at + 10, e.method, true);
    view.setUint32(at + 12, e.modified, true);
    view.setUint32(at + 16, e.crc, true);
    view.setUint32(at + 20, e.compressedSize, true);
    view.setUint32(at + 24, e.size, true);
    view.setUint16(at + 28, e.name.length, true);
    // extra, comment, disk number, internal and external attributes: all zero
    view.setUint32(at + 42, e.offset, true);
    out.set(e.name, at + 46);
    at += 46 + e.name.length;
  }
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, written.length, true);
  view.setUint16(at + 10, written.length, true);
  view.setUint32(at + 12, directorySize, true);
  view.setUint32(at + 16, directoryStart, true);
  return out;
}
