import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { paneTheme } from "../../src/taskpane/theme";

/** The pane follows Office's theme: dark backgrounds get Fluent's dark tokens. */
function withOfficeBackground(color: string | undefined) {
  Object.assign(globalThis, {
    Office: { context: { officeTheme: color === undefined ? undefined : { bodyBackgroundColor: color } } },
  });
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

test.each([
  ["#262626", webDarkTheme],
  ["#000000", webDarkTheme],
  ["#FFFFFF", webLightTheme],
  ["#f3f2f1", webLightTheme],
])("Office background %s gives the matching Fluent theme", (color, theme) => {
  withOfficeBackground(color);
  expect(paneTheme()).toBe(theme);
});

test("outside Office, without a colour-scheme preference, the light theme", () => {
  withOfficeBackground(undefined);
  expect(paneTheme()).toBe(webLightTheme);
});
