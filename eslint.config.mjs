import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "test-artifacts/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Code that talks to Excel through Office.js (ExcelJS code elsewhere would confuse these rules).
    files: ["src/excel/**/*.ts", "src/commands/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      // The Office.js rules of eslint-plugin-office-addins: load before read, sync before read, no sync in loops.
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // Only src/excel talks to Excel (Excel.run included): the pane and the ribbon call src/excel/actions.ts.
    // Excel's types (Excel.RequestContext, typeof Excel) stay usable everywhere.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/excel/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "Identifier[name='Excel']:not(TSQualifiedName > .left):not(TSTypeQuery > .exprName):not(MemberExpression[computed=false] > .property)",
          message: "Only src/excel uses the Excel API; call a function of src/excel/actions.ts instead.",
        },
      ],
    },
  },
  {
    // Custom function parameter names are what Excel users see, so they follow Excel's style.
    files: ["src/functions/functions.ts"],
    rules: { camelcase: "off" },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { globals: { ...globals.node }, sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
