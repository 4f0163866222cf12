#!/usr/bin/env node
const { existsSync } = require("fs");
const { join } = require("path");

const built = join(__dirname, "..", "dist", "cli", "lapkin.js");
if (!existsSync(built)) {
  process.stderr.write("lapkin: belum dibangun; jalankan `npm run build` (atau `npm run build:cli`) dahulu.\n");
  process.exit(2);
}
require(built);
