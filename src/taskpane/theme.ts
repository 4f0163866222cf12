import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Dark when the Office theme's background is dark (or, outside Office, when the system prefers dark). */
export function paneTheme(): Theme {
  const background = typeof Office !== "undefined" ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
  if (background) return isDark(background) ? webDarkTheme : webLightTheme;
  const prefersDark = typeof window !== "undefined" && window.matchMedia?.("(prefers-color-scheme: dark)").matches;
  return prefersDark ? webDarkTheme : webLightTheme;
}

function isDark(hex: string): boolean {
  const value = hex.replace("#", "");
  if (!/^[0-9a-f]{6}$/i.test(value)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
