// The colour theme a reader chose in the header, kept in a cookie so the server renders the page
// in it (no flash of the other theme). "system" follows the operating system's setting.
export const themes = ["system", "light", "dark"] as const;
export type Theme = (typeof themes)[number];
export const themeCookie = "workbench.theme";

export function themeFrom(value: string | undefined): Theme {
  return themes.includes(value as Theme) ? (value as Theme) : "system";
}

export function nextTheme(theme: Theme): Theme {
  return themes[(themes.indexOf(theme) + 1) % themes.length]!;
}
