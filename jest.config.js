/** Jest transpiles only (tsconfig isolatedModules); `npm run typecheck` type-checks once. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  setupFilesAfterEnv: ["<rootDir>/test/support/jsdom-setup.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/dist/"],
};
