"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { useState } from "react";
import { nextTheme, themeCookie, type Theme } from "@/lib/theme";

const label: Record<Theme, string> = { system: "Theme: as your device", light: "Theme: light", dark: "Theme: dark" };
const Icon = { system: Monitor, light: Sun, dark: Moon } as const;

// One button in the header steps through the device's theme, light and dark. The choice is set on
// <html> at once and kept in a cookie for a year, so every later page is rendered in it.
export function ThemeToggle({ initial }: { initial: Theme }) {
  const [theme, setTheme] = useState(initial);
  const Current = Icon[theme];

  const choose = () => {
    const next = nextTheme(theme);
    setTheme(next);
    if (next === "system") delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = next;
    document.cookie = `${themeCookie}=${next}; path=/; max-age=31536000; samesite=lax`;
  };

  return (
    <button
      type="button"
      className="link-button theme-toggle"
      onClick={choose}
      title={`${label[theme]} (click to change)`}
    >
      <Current aria-hidden="true" className="icon" size={16} />
      <span className="theme-name">{label[theme]}</span>
    </button>
  );
}
