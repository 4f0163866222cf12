const { readdirSync, readFileSync } = require("fs");
const { join } = require("path");

/**
 * Which test files need more than jest: the production build (dist/), the built command line,
 * Chromium or LibreOffice. Decided from each file's source, so a new test lands in the right
 * project without anyone keeping a list.
 */
const MARKERS = [
  /["'`/]dist["'`/]/, // a path into the production build
  /["']bin["'],\s*["']lapkin\.js["']|bin\/lapkin\.js/, // bin/lapkin.js runs dist/cli
  /support\/(libreoffice|pdf-pages)["']/,
  /e2e\/(support|browser)["']|from "\.\/(support|browser)"|playwright-core/,
];

function needsBuildBrowserOrLibreOffice(source) {
  return MARKERS.some((marker) => marker.test(source));
}

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The test files under `dir`, split into those plain jest runs and those that need more. */
function testProjects(dir) {
  const unit = [];
  const e2e = [];
  for (const file of testFiles(dir)) (needsBuildBrowserOrLibreOffice(readFileSync(file, "utf8")) ? e2e : unit).push(file);
  return { unit, e2e };
}

module.exports = { needsBuildBrowserOrLibreOffice, testProjects };
