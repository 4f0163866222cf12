import { closeSync, fsyncSync, linkSync, lstatSync, openSync, readdirSync, renameSync, rmSync, writeSync } from "fs";
import { basename, dirname, join } from "path";

/** Writing the output failed; `code` is the system's (EACCES, EISDIR, EEXIST, ...), `destination` the file the user named. */
export class OutputFileError extends Error {
  constructor(
    readonly destination: string,
    readonly code: string | undefined,
    cause: unknown,
  ) {
    super(`${destination}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

export interface WriteOptions {
  /** false: an existing destination is kept and the write fails with code EEXIST. Default true. */
  readonly replace?: boolean;
}

/**
 * Writes bytes so that the destination is either the old file or the whole new one, never half:
 * a temporary file beside it, flushed to disk, then an atomic rename. On failure, and on Ctrl+C or
 * a termination signal, the temporary file is removed.
 *
 * The file calls are synchronous on purpose: Node runs a signal's handler between event-loop turns,
 * so a signal can't land between writing and renaming; while the write runs, SIGINT, SIGTERM and
 * SIGHUP are held and acted on right after it (the process then ends with the signal's status).
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array, options: WriteOptions = {}): Promise<void> {
  removeAbandonedTemporaries(path);
  const temporary = temporaryName(path);
  holdSignals();
  pending.add(temporary);
  try {
    writeFlushed(temporary, bytes);
    if (options.replace === false) placeWithoutReplacing(temporary, path);
    else renameSync(temporary, path);
  } catch (error) {
    removeQuietly(temporary);
    throw new OutputFileError(path, (error as { code?: string }).code, error);
  } finally {
    pending.delete(temporary);
  }
  // A signal that came during the write is delivered to JavaScript only by a later turn of the event
  // loop, and not reliably by the very next one (measured: a 0-1 ms wait loses it, 20 ms doesn't). The
  // process is held open a moment, so it can't end first and report success for a run the user stopped.
  await new Promise((resolve) => setTimeout(resolve, SIGNAL_GRACE_MS));
}

const SIGNAL_GRACE_MS = 50;
const TEMPORARY_SUFFIX = ".tmp";
const temporaryPrefix = (path: string) => `.${basename(path)}.`;
const temporaryName = (path: string) =>
  join(dirname(path), `${temporaryPrefix(path)}${process.pid}.${Date.now()}${TEMPORARY_SUFFIX}`);

function writeFlushed(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, "wx");
  try {
    for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A hard link fails if the name is taken, atomically; where links aren't supported, look then rename. */
function placeWithoutReplacing(temporary: string, path: string): void {
  try {
    linkSync(temporary, path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw error;
    if (exists(path)) throw Object.assign(new Error(`${path} sudah ada`), { code: "EEXIST" });
    renameSync(temporary, path);
    return;
  }
  removeQuietly(temporary);
}

/** Cleanup must not hide the failure it follows (rm's `force` forgives only a missing file). */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Nothing was created there.
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Temporary files being written; removed if a signal ends the process. */
const pending = new Set<string>();
const HELD_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
let holding = false;

function onSignal(signal: NodeJS.Signals): void {
  for (const file of pending) removeQuietly(file);
  for (const held of HELD_SIGNALS) process.removeListener(held, onSignal);
  holding = false;
  // With no listener left the signal's default action applies: the process ends as it would have.
  process.kill(process.pid, signal);
}

/**
 * Once a write has begun, the listeners stay: a signal that arrived during the (synchronous) write
 * is only delivered on a later event-loop turn, whenever that comes, and must still find them. With
 * nothing pending they just end the process as the signal would have.
 */
function holdSignals(): void {
  if (holding) return;
  holding = true;
  for (const held of HELD_SIGNALS) process.on(held, onSignal);
}

/** Older than this, a temporary file is left over from a process killed outright (SIGKILL, power cut). */
const ABANDONED_AFTER_MS = 2 * 60 * 1000;

/** Removes this destination's temporary files that a killed run left behind; a write takes moments. */
function removeAbandonedTemporaries(path: string): void {
  const folder = dirname(path);
  const prefix = temporaryPrefix(path);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  const shape = /^\d+\.\d+$/;
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(TEMPORARY_SUFFIX)) continue;
    if (!shape.test(name.slice(prefix.length, -TEMPORARY_SUFFIX.length))) continue;
    const file = join(folder, name);
    try {
      if (Date.now() - lstatSync(file).mtimeMs > ABANDONED_AFTER_MS) rmSync(file, { force: true });
    } catch {
      // Gone already, or not ours to judge: leave it.
    }
  }
}
