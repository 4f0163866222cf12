/** CRC-32 (IEEE), as a zip entry header carries it: fflate computes it internally but doesn't export it. */
const TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** The CRC-32 of `bytes`, or of everything before them and them when `previous` is the CRC of what came before. */
export function crc32(bytes: Uint8Array, previous = 0): number {
  let crc = previous ^ -1;
  for (let i = 0; i < bytes.length; i++) crc = TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
