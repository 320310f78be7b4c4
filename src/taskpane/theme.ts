/**
 * The pane's Fluent theme: Office's own theme where the host tells it, else the system's light
 * or dark preference. High contrast needs no theme of its own: Office's high-contrast mode is
 * the system's forced colors, which Fluent UI v9's components follow (and the pane's own styles
 * use only Fluent tokens and system colors), so it is left to the browser.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { officeThemeIsDark } from "../office/host";

function matches(query: string): boolean {
  return (
    typeof window !== "undefined" &&
    typeof window.matchMedia === "function" &&
    window.matchMedia(query).matches
  );
}

type ThemeName = "dark" | "light";

export function themeName(): ThemeName {
  const office = officeThemeIsDark();
  if (office !== undefined) return office ? "dark" : "light";
  return matches("(prefers-color-scheme: dark)") ? "dark" : "light";
}

export const THEMES: Record<ThemeName, Theme> = {
  dark: webDarkTheme,
  light: webLightTheme,
};
