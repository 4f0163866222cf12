import { readCentralDirectory, type ZipEntry } from "./central-directory";

/**
 * How much a workbook may unpack to. A 20,000-indicator workbook with LAPKIN's report unpacks to
 * well under 100 MB; these leave room for pictures and pivot caches while refusing a zip bomb
 * (a few KB that would inflate to gigabytes) before anything is inflated.
 */
export const MAX_PART_BYTES = 256 * 1024 * 1024;
export const MAX_PACKAGE_BYTES = 1024 * 1024 * 1024;
export const MAX_ENTRIES = 10_000;

const MB = 1024 * 1024;

/** Why a package's declared sizes are refused, in Indonesian, or null when they are within the limits. */
export function sizeRefusal(entries: readonly ZipEntry[], fileName: string): string | null {
  if (entries.length > MAX_ENTRIES) {
    return `${fileName} berisi ${entries.length} bagian, melebihi batas ${MAX_ENTRIES}; file ini bukan workbook biasa dan tidak dibuka.`;
  }
  let total = 0;
  for (const entry of entries) {
    if (entry.size > MAX_PART_BYTES) {
      return `${fileName}: bagian ${entry.name} berukuran ${Math.ceil(entry.size / MB)} MB jika dibuka, melebihi batas ${MAX_PART_BYTES / MB} MB per bagian; file ini tidak dibuka. Periksa file tersebut atau kecilkan isinya.`;
    }
    total += entry.size;
  }
  if (total > MAX_PACKAGE_BYTES) {
    return `${fileName} berukuran ${Math.ceil(total / MB)} MB jika dibuka, melebihi batas ${MAX_PACKAGE_BYTES / MB} MB; file ini tidak dibuka. Periksa file tersebut atau kecilkan isinya.`;
  }
  return null;
}

/**
 * The zip-bomb check on its own, for a caller that wants to refuse a file before handing it on
 * (the browser pane, before its worker): null when the declared sizes are within the limits.
 * A file that isn't a readable zip is left for the loader to describe.
 */
export function checkPackageSize(bytes: Uint8Array, fileName: string): string | null {
  try {
    return sizeRefusal(readCentralDirectory(bytes), fileName);
  } catch {
    return null;
  }
}
