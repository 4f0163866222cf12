import { DEFAULT_SAMPLE_FILE, defaultOutput, runCli } from "./lapkin";

/**
 * `npm run demo`: writes the sample workbook (the seed's Kecamatan Klakah, TW IV 2023), generates
 * its report beside it, and prints the Tabel Capaian Kinerja, as a new user's first look.
 */
async function demo(): Promise<number> {
  const io = { out: (t: string) => console.log(t), err: (t: string) => console.error(t) };
  const written = await runCli(["contoh", "-o", DEFAULT_SAMPLE_FILE], io);
  if (written !== 0) return written;
  const status = await runCli(["laporan", DEFAULT_SAMPLE_FILE], io);
  console.log(`\nBuka ${defaultOutput(DEFAULT_SAMPLE_FILE)} di Excel untuk melihat sheet Laporan.`);
  // The sample's flags are warnings and notes, not errors: the demo itself succeeded.
  return status === 1 ? 0 : status;
}

void demo().then((status) => {
  process.exitCode = status;
});
