#!/usr/bin/env node
import { runCli } from "./lapkin";
import { progressBar } from "./rekap/progress-bar";

void runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  // A bar redrawn in place needs a terminal; into a file or a pipe nothing is written for it.
  ...(process.stderr.isTTY ? { progress: progressBar(process.stderr) } : {}),
}).then((status) => {
  process.exitCode = status;
});
