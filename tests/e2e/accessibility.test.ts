// axe-core on every page a teacher, a student and a visitor can open, in the light theme and the
// dark one: no serious or critical problem (contrast, names, ARIA) on any of them. The dark theme
// changes colours only, so there axe checks contrast alone (the markup is the same).
import type { BrowserContextOptions, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { seriousAxeViolations } from "../helpers/accessibility";
import { baseUrl, open } from "../helpers/browser";
import { sharedBrowser } from "../helpers/e2e-session";
import { classTour, signedOutPages, studentPages, teacherPages, type ClassTour } from "../helpers/e2e-tour";
import { signIn } from "../helpers/e2e-essay";

const session = sharedBrowser();
let tour: ClassTour;
beforeAll(async () => {
  tour = await classTour();
});

async function problemsOn(page: Page, paths: string[], only?: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const path of paths) {
    const response = await page.goto(`${baseUrl()}${path}`);
    expect(response?.status(), path).toBe(200);
    await page.waitForLoadState("networkidle");
    problems.push(...(await seriousAxeViolations(page, only)).map((problem) => `${path}: ${problem}`));
  }
  return problems;
}

async function pageIn(colorScheme: BrowserContextOptions["colorScheme"], email?: string): Promise<Page> {
  const context = await session.browser().newContext({ colorScheme, viewport: { width: 1366, height: 900 } });
  session.adopt(context);
  const page = await context.newPage();
  if (email) await signIn(page, email);
  return page;
}

describe.each(["light", "dark"] as const)("every page in the %s theme", (colorScheme) => {
  const only = colorScheme === "dark" ? ["color-contrast"] : undefined;
  it("has no serious or critical axe problem for the teacher", async () => {
    const page = await pageIn(colorScheme, tour.teacher.email);
    expect(await problemsOn(page, teacherPages(tour), only)).toEqual([]);
  });

  it("has no serious or critical axe problem for the student", async () => {
    const page = await pageIn(colorScheme, tour.student.email);
    expect(await problemsOn(page, studentPages(tour), only)).toEqual([]);
  });

  it("has no serious or critical axe problem for a visitor who is not signed in", async () => {
    const page = await pageIn(colorScheme);
    expect(await problemsOn(page, signedOutPages, only)).toEqual([]);
  });
});

describe("the theme button", () => {
  it("switches the page to dark and back, and later pages keep the choice", async () => {
    const page = await pageIn("light", tour.student.email);
    await open(page, "/assignments");
    const rootBackground = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const light = await rootBackground();
    await page.getByRole("button", { name: "Theme: as your device" }).click();
    await page.getByRole("button", { name: "Theme: light" }).click();
    await expect.poll(() => page.getByRole("button", { name: "Theme: dark" }).count()).toBe(1);
    const dark = await rootBackground();
    expect(dark).not.toBe(light);
    await open(page, "/revision");
    expect(await page.locator("html").getAttribute("data-theme")).toBe("dark");
    expect(await rootBackground()).toBe(dark);
  });
});
