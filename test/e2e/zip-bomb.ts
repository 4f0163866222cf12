import { crc32, createDeflateRaw } from "zlib";

/**
 * A real zip (valid sizes and CRC, so nothing about it lies) named like an .xlsx, whose worksheet
 * part inflates to `inflatedMiB` MiB of spaces: a few hundred KB on disk. Streamed through deflate
 * in 1 MiB blocks so the test never holds the inflated part in memory.
 */
export async function zipBomb(inflatedMiB: number): Promise<Uint8Array> {
  const block = Buffer.alloc(1024 * 1024, 0x20);
  let crc = 0;
  for (let i = 0; i < inflatedMiB; i++) crc = crc32(block, crc);
  const deflated = await deflateRepeated(block, inflatedMiB);
  const name = Buffer.from("xl/worksheets/sheet1.xml");
  const size = inflatedMiB * block.length;

  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4); // version needed
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);

  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4); // version made by
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc >>> 0, 16);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42); // local header offset

  const directoryOffset = local.length + name.length + deflated.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return new Uint8Array(Buffer.concat([local, name, deflated, central, name, end]));
}

/** deflate(block repeated n times), streamed. */
async function deflateRepeated(block: Buffer, times: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => out.push(chunk));
  const done = new Promise<void>((resolve, reject) => deflate.on("end", resolve).on("error", reject));
  for (let i = 0; i < times; i++) if (!deflate.write(block)) await new Promise((resolve) => deflate.once("drain", resolve));
  deflate.end();
  await done;
  return Buffer.concat(out);
}
