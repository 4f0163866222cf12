import { crc32 as zlibCrc32, deflateRawSync, inflateRawSync } from "zlib";
import { InflateLimitError, type Codec } from "./codec";
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
  // zlib.crc32 arrived in Node 20.15; the engines field allows any Node 20.
  crc32: typeof zlibCrc32 === "function" ? (data) => zlibCrc32(data) : crc32InJs,
};
