// The library in a real Chromium against the production build, on content imported from content/.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load-content";
import type { TContent } from "@/lib/content/schema";
import { baseUrl, launchBrowser, open } from "../helpers/browser";
import { e2eDatabase } from "../helpers/e2e-database";

// Other browser tests share this database and may have added items of their own as teachers:
// the library lists everything in content/ plus whatever teachers added and did not archive.
async function teacherAdded() {
  const db = e2eDatabase();
  const where = { createdById: { not: null }, archivedAt: null };
  const [prompts, quotations, evidence] = await Promise.all([
    db.prompt.findMany({ where, select: { slug: true }, orderBy: { slug: "asc" } }),
    db.quotation.findMany({ where, select: { slug: true }, orderBy: { slug: "asc" } }),
    db.evidence.findMany({ where, select: { slug: true }, orderBy: { slug: "asc" } }),
  ]);
  return { prompts, quotations, evidence };
}

let browser: Browser;
let page: Page;
let content: TContent;

beforeAll(async () => {
  [browser, content] = await Promise.all([launchBrowser(), loadContent("content")]);
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  page = await browser.newPage();
});

describe("library", () => {
  it("lists every item in content/, with counts per type that match it", async () => {
    await open(page, "/library");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Library");
    const count = async (kind: string) => Number(await page.getByTestId(`count-${kind}`).textContent());
    // Read while no other file adds or archives an item (they share this database): the teachers'
    // items are read before and after the pages, and the pages read again if they changed between.
    for (let attempt = 1; ; attempt++) {
      const added = await teacherAdded();
      await open(page, "/library");
      const counts = {
        prompts: await count("prompts"),
        quotations: await count("quotations"),
        evidence: await count("evidence"),
      };
      const hrefs: (string | null)[] = [];
      for (let pageNumber = 1; pageNumber <= 10; pageNumber++) {
        await open(page, `/library?page=${pageNumber}`);
        const onPage = await page
          .getByTestId("results")
          .locator("a")
          .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
        if (!onPage.length) break;
        hrefs.push(...onPage);
      }
      if (attempt < 5 && JSON.stringify(await teacherAdded()) !== JSON.stringify(added)) continue;

      expect(counts).toEqual({
        prompts: content.prompts.length + added.prompts.length,
        quotations: content.quotations.length + added.quotations.length,
        evidence: content.evidence.length + added.evidence.length,
      });
      const expected = [
        ...[...content.prompts, ...added.prompts].map((item) => `/library/prompts/${item.slug}`),
        ...[...content.quotations, ...added.quotations].map((item) => `/library/quotations/${item.slug}`),
        ...[...content.evidence, ...added.evidence].map((item) => `/library/evidence/${item.slug}`),
      ];
      expect(hrefs).toHaveLength(expected.length);
      expect(new Set(hrefs)).toEqual(new Set(expected));
      break;
    }
  });

  it("shows a quotation's exact words, its attribution and the seed it came from", async () => {
    await open(page, "/library?kind=quotation");
    await page.getByRole("link", { name: /The key to Stalin’s growing power/ }).click();
    await page.waitForURL(/\/library\/quotations\/figes-control-of-party-apparatus$/);
    const figes = content.quotations.find((quotation) => quotation.slug === "figes-control-of-party-apparatus")!;
    expect(await page.getByTestId("quotation-text").textContent()).toBe(`“${figes.text}”`);
    const details = await page.locator("main").textContent();
    expect(details).toContain("— O. Figes (2022)");
    expect(details).toContain("O. Figes, 2022");
    expect(details).toContain("002_0fd55eea29fdbcdc.txt");
  });

  it("shows an evidence card's facts, tags, source and related cards", async () => {
    await page.goto(`${baseUrl()}/library/evidence/lenin-enrolment-1923-25`);
    expect(await page.getByTestId("evidence-text").textContent()).toContain("over 500,000 industrial workers");
    const main = page.locator("main");
    expect(await main.textContent()).toContain("1923–1925");
    expect(await main.textContent()).toContain("Power base");
    expect(await main.textContent()).toContain("001_4ed800bc01256c05.txt");
    await page.getByRole("heading", { name: "Related evidence" }).waitFor();
  });

  it("labels a composed prompt as composed, with its marks and time", async () => {
    await page.goto(`${baseUrl()}/library/prompts/great-terror-personal-paranoia`);
    const text = await page.locator("main").textContent();
    expect(text).toContain("Composed in exam-board style");
    expect(text).toContain("25");
    expect(text).toContain("45 minutes");
    expect(text).toContain("Composed for the workbench in exam-board style");
    expect(text).toContain("Level 4 (16–20)");
  });

  it("filters to one kind by keyboard alone", async () => {
    await open(page, "/library");
    const quotationsLink = page
      .getByRole("navigation", { name: "Library sections" })
      .getByRole("link", { name: /Quotations/ });
    await quotationsLink.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/kind=quotation$/);
    const kinds = await page
      .getByTestId("results")
      .locator("li")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-kind")));
    const added = await teacherAdded();
    expect(kinds).toEqual([...content.quotations, ...added.quotations].map(() => "QUOTATION"));
    expect(await quotationsLink.getAttribute("aria-current")).toBe("page");
  });

  it("finds the Lenin Enrolment card by searching, with the words marked", async () => {
    await open(page, "/library");
    await page.getByRole("searchbox", { name: "Search" }).fill("Lenin Enrolment");
    await page.keyboard.press("Enter");
    await page.waitForURL(/q=Lenin\+Enrolment/);
    const card = page.getByTestId("results").getByRole("link", { name: "The Lenin Enrolment, 1923–25" });
    await card.waitFor();
    expect(await card.locator("mark").allTextContents()).toEqual(["Lenin", "Enrolment"]);
    const first = await page.getByTestId("results").locator("li").first().textContent();
    expect(first).toMatch(/Lenin Enrolment/);
  });

  it("filters quotations by author to exactly the seed's Figes quotations, and labels any a teacher added", async () => {
    await open(page, "/library");
    await page.getByLabel("Kind").selectOption("quotation");
    await page.getByLabel("Author (quotations)").selectOption("O. Figes");
    const teacherAdded = (before: Date) =>
      e2eDatabase().quotation.count({
        where: { speaker: "O. Figes", createdById: { not: null }, archivedAt: null, createdAt: { lte: before } },
      });
    const addedBefore = await teacherAdded(new Date());
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/speaker=O\.\+Figes/);
    // Other tests may have added their own "Figes" quotations: those carry the teacher's label.
    const results = page.getByTestId("results").getByRole("listitem");
    // The URL changes before the results stream in (the loading skeleton shows meanwhile).
    await results.first().waitFor();
    const shipped = await results.filter({ hasNotText: "not from the seed notes" }).getByRole("link").allTextContents();
    const figes = content.quotations
      .filter((quotation) => quotation.speaker === "O. Figes")
      .map((quotation) => `“${quotation.text}”`);
    expect(shipped.sort()).toEqual(figes.sort());
    // Tests running beside this one may add theirs while the page loads: it shows those there before
    // the search, and perhaps ones added during it.
    const addedAfter = await teacherAdded(new Date());
    const labelled = await results.filter({ hasText: "not from the seed notes" }).count();
    expect(labelled).toBeGreaterThanOrEqual(addedBefore);
    expect(labelled).toBeLessThanOrEqual(addedAfter);
  });

  it("answers any search text, however odd, with results or none, never an error", async () => {
    for (const text of [
      `'; DROP TABLE "Quotation"; --`,
      "\\ \" ' % _ * :* & | !",
      "x".repeat(10_000),
      "<script>alert(1)</script>",
      "😀 ❤️",
    ]) {
      const response = await open(page, `/library?q=${encodeURIComponent(text)}`);
      expect(response?.status(), text.slice(0, 20)).toBe(200);
      expect(await page.getByTestId("result-count").textContent()).toMatch(/result/);
    }
  });

  it("offers a skip link as the first thing the keyboard reaches", async () => {
    await open(page, "/library");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
  });

  it("gives every link and button an accessible name", async () => {
    await open(page, "/library");
    const unnamed = await page
      .locator("a, button")
      .evaluateAll((elements) =>
        elements
          .filter((element) => !(element.getAttribute("aria-label") || element.textContent?.trim()))
          .map((element) => element.outerHTML),
      );
    expect(unnamed).toEqual([]);
  });

  it("answers an unknown or malformed address with a plain not-found page", async () => {
    for (const address of [
      "/library/quotations/no-such-quotation",
      "/library/evidence/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
      "/library/prompts/'%20OR%201=1--",
    ]) {
      const response = await page.goto(`${baseUrl()}${address}`);
      expect(response?.status(), address).toBe(404);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Not found");
      expect(await page.content()).not.toMatch(/at .*\.(js|ts):\d+/);
    }
  });
});
