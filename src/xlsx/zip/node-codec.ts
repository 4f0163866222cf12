import { constants, crc32 as zlibCrc32, deflateRawSync, inflateRawSync } from "zlib";
import { InflateLimitError, joined, type Codec, type PartPacker } from "./codec";
import { crc32 as crc32InJs } from "./crc32";

/**
 * The zip layer's codec on Node's zlib (command line only: the browser has no zlib). zlib stops
 * inflating as soon as the output passes `maxOutputLength`, so a lying header costs nothing.
 */
export const nodeCodec: Codec = {
  inflate: (data, size) => {
    try {
      const out = inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
      return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
    } catch (error) {
      if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE")
        throw new InflateLimitError(`inflates past its declared ${size} bytes`);
      throw error;
    }
  },
  deflate: (data) => {
    // Level 2: a report sheet is repetitive markup that compresses about 8:1 even so, at a third of level 6's time.
    const out = deflateRawSync(data, { level: 2 });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
  crc32: (data) => runningCrc(data, 0),
  packer: zlibPacker,
};

// zlib.crc32 arrived in Node 20.15; the engines field allows any Node 20.
const runningCrc: (data: Uint8Array, previous: number) => number =
  typeof zlibCrc32 === "function" ? (data, previous) => zlibCrc32(data, previous) : crc32InJs;

/**
 * Each piece deflated on its own and ended with a sync flush (its blocks not final, ending on a
 * byte), the last ended as a stream ends: one deflate stream whose blocks simply don't refer back
 * across pieces. A megabyte a piece, that costs next to nothing in size.
 */
function zlibPacker(): PartPacker {
  const pieces: Uint8Array[] = [];
  let crc = 0;
  let size = 0;
  return {
    push(piece) {
      crc = runningCrc(piece, crc);
      size += piece.length;
      pieces.push(deflateRawSync(piece, { level: 2, finishFlush: constants.Z_SYNC_FLUSH }));
    },
    finish() {
      pieces.push(deflateRawSync(new Uint8Array(0), { level: 2 }));
      return { method: 8, crc, size, body: joined(pieces) };
    },
  };
}
