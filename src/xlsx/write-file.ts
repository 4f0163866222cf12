import { promises as fs } from "fs";
import { basename, dirname, join } from "path";

/** Writing the output failed; `code` is the system's (EACCES, EISDIR, ...), `destination` the file the user named. */
export class OutputFileError extends Error {
  constructor(
    readonly destination: string,
    readonly code: string | undefined,
    cause: unknown,
  ) {
    super(`${destination}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/**
 * Writes bytes so that the destination is either the old file or the whole new one, never half:
 * a temporary file beside it, then an atomic rename. On failure the temporary file is removed.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temporary, bytes, { flag: "wx" });
    await fs.rename(temporary, path);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw new OutputFileError(path, (error as { code?: string }).code, error);
  }
}
