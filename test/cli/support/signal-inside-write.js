/**
 * Preloaded (`node -r`) into the built lapkin by the signal tests. Writes to its temporary output
 * file go in 64 KiB pieces, and after the first piece the process sends itself LAPKIN_TEST_SIGNAL:
 * the moment where a real Ctrl+C or `kill` would leave a half-written hidden file behind.
 */
const fs = require("fs");

const signal = process.env.LAPKIN_TEST_SIGNAL;
const PIECE = 64 * 1024;
const temporaryFds = new Set();
let signalled = false;
const { openSync, writeSync } = fs;

fs.openSync = function (path, ...rest) {
  const fd = openSync.call(this, path, ...rest);
  if (String(path).endsWith(".tmp")) temporaryFds.add(fd);
  return fd;
};

fs.writeSync = function (fd, buffer, offset, ...rest) {
  if (!temporaryFds.has(fd) || typeof buffer === "string") return writeSync.call(this, fd, buffer, offset, ...rest);
  const from = offset ?? 0;
  const written = writeSync.call(this, fd, buffer, from, Math.min(PIECE, buffer.length - from));
  if (signal && !signalled) {
    signalled = true;
    process.stderr.write(`signal-inside-write: ${signal} after ${written} of ${buffer.length} bytes\n`);
    process.kill(process.pid, signal);
  }
  return written;
};
