#!/usr/bin/env node
import { runCli } from "./lapkin";

void runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
}).then((status) => {
  process.exitCode = status;
});
