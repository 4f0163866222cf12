const { join, relative } = require("path");
const { testProjects } = require("./build/test-projects");

/**
 * Two projects. "unit": plain jest, nothing built, no browser, no LibreOffice (`npm run test:unit`).
 * "e2e": the tests that read the production build (dist/), run the built command line, or drive
 * Chromium or LibreOffice (`npm run test:e2e`, which builds first). `npm test` runs both.
 * build/test-projects.js decides from each test's source which it is.
 * Jest transpiles only (tsconfig isolatedModules); `npm run typecheck` type-checks once.
 */
const { e2e } = testProjects(join(__dirname, "test"));
const slashes = (file) => file.split("\\").join("/");
const escaped = (file) => `<rootDir>/${slashes(relative(__dirname, file)).replace(/[.+()[\]]/g, "\\$&")}$`;

const common = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  setupFilesAfterEnv: ["<rootDir>/test/support/jsdom-setup.ts"],
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: "unit",
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "/dist/", ...e2e.map(escaped)],
    },
    {
      ...common,
      displayName: "e2e",
      testMatch: e2e.map(slashes),
      testPathIgnorePatterns: ["/node_modules/", "/dist/"],
    },
  ],
};
