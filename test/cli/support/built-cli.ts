import { spawn, spawnSync, type SpawnSyncReturns } from "child_process";
import { existsSync } from "fs";
import { join } from "path";

/** The command line as `npm run build` ships it: a separate process, exit status and signals included. */
export const BUILT_CLI = join(__dirname, "..", "..", "..", "dist", "cli", "lapkin.js");

function requireBuild(): void {
  if (!existsSync(BUILT_CLI)) throw new Error("dist/cli/lapkin.js is missing: run `npm run build` first");
}

export interface BuiltRunOptions {
  /** Options for node itself, before the script (e.g. `-r` a preloaded module). */
  readonly node?: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
}

/** Runs the built `lapkin` to its end; stdout and stderr as raw bytes, so no control byte is hidden by decoding. */
export function runBuilt(cwd: string, args: readonly string[], options: BuiltRunOptions = {}): SpawnSyncReturns<Buffer> {
  requireBuild();
  return spawnSync(process.execPath, [...(options.node ?? []), BUILT_CLI, ...args], {
    cwd,
    env: { ...process.env, ...options.env },
  });
}

export interface Ended {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** Starts the built `lapkin`, sends `signal` after `delayMs`, and resolves when it has ended. */
export function runBuiltAndSignal(cwd: string, args: readonly string[], signal: NodeJS.Signals, delayMs: number): Promise<Ended> {
  requireBuild();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUILT_CLI, ...args], { cwd, stdio: "ignore" });
    const timer = setTimeout(() => child.kill(signal), delayMs);
    child.on("error", reject);
    child.on("exit", (status, ended) => {
      clearTimeout(timer);
      resolve({ status, signal: ended });
    });
  });
}
