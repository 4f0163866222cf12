import { unzipSync } from "fflate";

/**
 * The most an .xlsx may hold once inflated. A 20,000-indicator workbook is about 10 MB of XML; the
 * browser needs many times a package's inflated size in memory to read it, so past this a file is
 * refused before anything is inflated (a zip bomb is a few hundred KB that inflates to gigabytes).
 */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024;

const megabytes = (bytes: number) =>
  new Intl.NumberFormat("id-ID", { maximumFractionDigits: bytes < 10 * 1024 * 1024 ? 1 : 0 }).format(bytes / (1024 * 1024));

/**
 * Reads the sizes a zip's central directory declares, inflating nothing, and refuses the package if
 * they add up to more than the limit. A package whose directory can't be read is left to the door,
 * which says it is not an .xlsx or is damaged.
 */
export function refuseOversizedPackage(bytes: Uint8Array, name: string, limit = MAX_INFLATED_BYTES): string | null {
  let declared = 0;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        declared += entry.originalSize;
        return false;
      },
    });
  } catch {
    return null;
  }
  if (declared <= limit) return null;
  return (
    `${name} terlalu besar untuk dibuka: isinya ${megabytes(declared)} MB setelah diekstrak, ` +
    `batasnya ${megabytes(limit)} MB. Periksa apakah file ini benar workbook Laporan Kinerja; ` +
    `jika ya, hapus sheet yang tidak diperlukan di Excel lalu simpan ulang.`
  );
}
