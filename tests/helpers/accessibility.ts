import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import { baseUrl, settled } from "./browser";
import { classTour, type ClassTour, type TourPages } from "./e2e-tour";
import type { sharedBrowser } from "./e2e-session";
import { signInWithCookie } from "./e2e-sign-in";

// Every control a person can reach must have a name a screen reader can announce.
export async function controlsWithoutNames(page: Page): Promise<string[]> {
  return page.locator("a, button, input:not([type=hidden]), select, textarea, summary").evaluateAll((elements) =>
    elements
      .filter((element) => {
        if (element.getAttribute("aria-label")?.trim() || element.getAttribute("aria-labelledby")) return false;
        if (
          element instanceof HTMLInputElement ||
          element instanceof HTMLSelectElement ||
          element instanceof HTMLTextAreaElement
        ) {
          return !(element.labels && element.labels.length > 0);
        }
        return !element.textContent?.trim();
      })
      .map((element) => element.outerHTML.slice(0, 120)),
  );
}

// Text whose contrast with its background is below WCAG AA, as axe-core measures it in the page
// (injected through the browser's debugging channel, so the page's CSP does not stop it).
export async function contrastProblems(page: Page): Promise<string[]> {
  const { source } = await import("axe-core");
  await page.evaluate(source);
  return page.evaluate(async () => {
    const results = await (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: unknown,
          ) => Promise<{ violations: { nodes: { target: string[]; failureSummary?: string }[] }[] }>;
        };
      }
    ).axe.run(document, {
      runOnly: ["color-contrast"],
    });
    return results.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${node.target.join(" ")}: ${node.failureSummary ?? ""}`),
    );
  });
}

// The serious and critical problems axe-core finds in the page as it stands (WCAG 2.1 A and AA,
// contrast included), one line each: rule, element and what to fix.
// only: a subset of axe's rules (e.g. ["color-contrast"] for a second theme of the same markup).
export async function seriousAxeViolations(page: Page, only?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (
    only ? builder.withRules(only) : builder.withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
  ).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact}) at ${node.target.join(" ")}: ${node.failureSummary ?? violation.help}`,
      ),
    );
}

// One test a page, each opened once as the persona (signed in, or a visitor) and checked by axe in
// the light theme and then, with the device's colour scheme switched to dark, for contrast alone:
// the dark theme changes colours only, so the markup is the same.
export function everyPageChecked(
  session: ReturnType<typeof sharedBrowser>,
  persona: "teacher" | "student" | "visitor",
  pages: TourPages,
) {
  let tour: ClassTour;
  let page: Page;
  beforeAll(async () => {
    tour = await classTour();
    const context = await session
      .browser()
      .newContext({ colorScheme: "light", viewport: { width: 1366, height: 900 } });
    session.adopt(context);
    if (persona !== "visitor") await signInWithCookie(context, tour[persona].email);
    page = await context.newPage();
  });

  for (const [name, pathOf] of Object.entries(pages)) {
    it(`has no serious or critical axe problem, light or dark, for the ${persona}: ${name}`, async () => {
      const path = pathOf(tour);
      await page.emulateMedia({ colorScheme: "light" });
      const response = await page.goto(`${baseUrl()}${path}`);
      expect(response?.status(), path).toBe(200);
      await settled(page);
      expect(await seriousAxeViolations(page), `${path} in the light theme`).toEqual([]);
      await page.emulateMedia({ colorScheme: "dark" });
      expect(await seriousAxeViolations(page, ["color-contrast"]), `${path} in the dark theme`).toEqual([]);
    });
  }
}
