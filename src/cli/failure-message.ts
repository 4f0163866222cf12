import { OutputFileError } from "../xlsx/write-file";

/** One Indonesian line for a failure the commands did not foresee: what went wrong and what to do. */
export function failureMessage(error: unknown): string {
  const code = (error as { code?: string }).code;
  const path = error instanceof OutputFileError ? error.destination : (error as { path?: string }).path;
  if (code === "ENOENT") return `folder untuk ${path ?? "file keluaran"} tidak ada; periksa nama foldernya.`;
  if (code === "EACCES" || code === "EPERM" || code === "EROFS")
    return `tidak ada izin menulis ${path ?? "file keluaran"}; pilih folder lain.`;
  if (code === "ENOSPC") return "disk penuh; kosongkan ruang lalu ulangi.";
  if (code === "EISDIR") return `${path ?? "keluaran"} adalah folder; tulis nama file .xlsx sesudah -o.`;
  if (code === "ENOTDIR") return `${path ?? "jalur keluaran"} melewati sesuatu yang bukan folder; periksa jalurnya.`;
  if (code === "EEXIST") return existingFileMessage(path ?? "file keluaran");
  return `gagal: ${(error as Error)?.message ?? String(error)}`;
}

export const existingFileMessage = (path: string) =>
  `${path} sudah ada dan tidak ditimpa; pakai --timpa untuk menimpanya, atau pilih nama lain dengan -o.`;
