import type { Page } from "playwright-core";

// Every control a person can reach must have a name a screen reader can announce.
export async function controlsWithoutNames(page: Page): Promise<string[]> {
  return page.locator("a, button, input, select, textarea, summary").evaluateAll((elements) =>
    elements
      .filter((element) => {
        if (element.getAttribute("aria-label")?.trim() || element.getAttribute("aria-labelledby")) return false;
        if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) {
          return !(element.labels && element.labels.length > 0);
        }
        return !element.textContent?.trim();
      })
      .map((element) => element.outerHTML.slice(0, 120)),
  );
}
