import { Deflate, deflateSync, Inflate } from "fflate";
import { crc32 as crc32InJs } from "./crc32";

/**
 * Raw DEFLATE and CRC-32 as the zip layer needs them. fflate's everywhere (the browser pane);
 * Node's zlib for the command line, several times faster on a large report (node-codec.ts).
 * `inflate` must never produce more than `size` bytes: it throws as soon as the output passes it.
 */
export interface Codec {
  readonly inflate: (data: Uint8Array, size: number) => Uint8Array;
  readonly deflate: (data: Uint8Array) => Uint8Array;
  readonly crc32: (data: Uint8Array) => number;
  /** Compresses a part handed over piece by piece, so that a large sheet is never held whole. */
  readonly packer: () => PartPacker;
}

/** A part compressed as its pieces arrive; `finish` gives it as the archive stores it. */
export interface PartPacker {
  push(piece: Uint8Array): void;
  finish(): { readonly method: number; readonly crc: number; readonly size: number; readonly body: Uint8Array };
}

/** Deflated pieces joined into one body, once the last has come. */
export function joined(pieces: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

function fflatePacker(): PartPacker {
  const pieces: Uint8Array[] = [];
  const deflater = new Deflate({ level: 2 }, (chunk) => pieces.push(chunk));
  let crc = 0;
  let size = 0;
  return {
    push(piece) {
      crc = crc32InJs(piece, crc);
      size += piece.length;
      deflater.push(piece, false);
    },
    finish() {
      deflater.push(new Uint8Array(0), true);
      return { method: 8, crc, size, body: joined(pieces) };
    },
  };
}

/** The output passed what the entry declared: a lying header (zip bomb) or a damaged entry. */
export class InflateLimitError extends Error {}

/** Compressed input handed to fflate's inflater at a time: bounds what one step can produce (at most ~1,032x). */
const STEP = 256 * 1024;

function inflateBounded(data: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > size) throw new InflateLimitError(`inflates past its declared ${size} bytes`);
    out.set(chunk, written);
    written += chunk.length;
  });
  if (data.length === 0) inflater.push(data, true);
  for (let at = 0; at < data.length; at += STEP) inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  return written === size ? out : out.subarray(0, written);
}

export const fflateCodec: Codec = {
  inflate: inflateBounded,
  deflate: (data) => deflateSync(data, { level: 2 }),
  crc32: crc32InJs,
  packer: fflatePacker,
};
