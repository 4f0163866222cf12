import { promises as fs } from "fs";
import { DEFAULT_SAMPLE_FILE, runCli } from "./lapkin";
import { defaultOutput } from "./output-name";

/**
 * `npm run demo`: writes the sample workbook (the seed's Kecamatan Klakah, TW IV 2023), generates
 * its report beside it, and prints the Tabel Capaian Kinerja, as a new user's first look.
 */
async function demo(): Promise<number> {
  const io = { out: (t: string) => console.log(t), err: (t: string) => console.error(t) };
  const sampleThere = await fs.lstat(DEFAULT_SAMPLE_FILE).then(
    () => true,
    () => false,
  );
  // A sample from an earlier run may hold the user's own edits: report on it rather than overwrite it.
  if (sampleThere) console.log(`${DEFAULT_SAMPLE_FILE} sudah ada dan tidak ditimpa; laporan dibuat dari file itu.`);
  else {
    const written = await runCli(["contoh", "-o", DEFAULT_SAMPLE_FILE], io);
    if (written !== 0) return written;
  }
  const status = await runCli(["laporan", DEFAULT_SAMPLE_FILE], io);
  console.log(`\nBuka ${defaultOutput(DEFAULT_SAMPLE_FILE)} di Excel untuk melihat sheet Laporan.`);
  // The sample's flags are warnings and notes, not errors: the demo itself succeeded.
  return status === 1 ? 0 : status;
}

void demo().then((status) => {
  process.exitCode = status;
});
