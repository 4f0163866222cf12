import fc from "fast-check";
import { inflateSync } from "fflate";
import { crc32, inflateRawSync } from "zlib";
import { fflateCodec, type Codec } from "../../src/xlsx/zip/codec";
import { nodeCodec } from "../../src/xlsx/zip/node-codec";

/**
 * A part compressed piece by piece (a large sheet as it is written) is one valid deflate stream of
 * all its pieces, whichever codec made it: any inflater gives back the bytes, and the CRC and size
 * are those of the whole, as a zip entry must carry them.
 */
const pieces = fc.array(
  fc.oneof(
    fc.uint8Array({ maxLength: 3000 }),
    // Markup repeats: the kind of input whose back-references would cross a piece's end.
    fc.string({ maxLength: 200 }).map((s) => new TextEncoder().encode(`<row r="1">${s}</row>`.repeat(50))),
  ),
  { maxLength: 8 },
);

const whole = (parts: readonly Uint8Array[]) => Buffer.concat(parts.map((p) => Buffer.from(p)));

describe.each([
  ["zlib (command line)", nodeCodec],
  ["fflate (browser)", fflateCodec],
] as const)("%s", (_, codec: Codec) => {
  test("pieces packed one by one inflate to all of them, with the whole's CRC and size", () => {
    fc.assert(
      fc.property(pieces, (parts) => {
        const packer = codec.packer();
        for (const part of parts) packer.push(part);
        const packed = packer.finish();
        const expected = whole(parts);
        expect(packed.method).toBe(8);
        expect(packed.size).toBe(expected.length);
        expect(packed.crc).toBe(crc32(expected));
        expect(Buffer.from(inflateRawSync(packed.body)).equals(expected)).toBe(true);
        expect(Buffer.from(inflateSync(packed.body)).equals(expected)).toBe(true);
        expect(Buffer.from(codec.inflate(packed.body, packed.size)).equals(expected)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
