// On a 375 px-wide phone: a student writes and submits an essay, and a teacher comments on it,
// marks it and releases the feedback, which the student then reads. Nothing on either journey is
// wider than the screen.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { makeAssignment, makeClass, makeUser } from "../factories/accounts";
import { baseUrl, selectWords, open } from "../helpers/browser";
import { e2eDatabase } from "../helpers/e2e-database";
import { editor } from "../helpers/e2e-essay";
import { sharedBrowser } from "../helpers/e2e-session";

const session = sharedBrowser();
const PHONE = { width: 375, height: 740 };
const SENTENCE = "Stalin used the General Secretary's power over appointments to build a loyal majority.";

// Content wider than the screen would make the whole page scroll sideways.
const overflowsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

describe("on a phone", () => {
  it("a student writes and submits, and the teacher comments, marks and releases the feedback the student then reads", async () => {
    const db = e2eDatabase();
    const [teacher, student] = await Promise.all([
      makeUser(db, "TEACHER", "Ms Phone"),
      makeUser(db, "STUDENT", "Pip Phone"),
    ]);
    const klass = await makeClass(db, teacher, [student]);
    const assignment = await makeAssignment(db, teacher, klass.id, { timeLimitMinutes: null });

    // The student's journey.
    const pupil = await session.signedIn(student.email, PHONE);
    await open(pupil, "/assignments");
    expect(await overflowsSideways(pupil)).toBe(false);
    await pupil.goto(`${baseUrl()}/assignments/${assignment.id}`);
    await pupil.getByRole("button", { name: "Start writing" }).click();
    await pupil.waitForURL(/\/write$/);
    await editor(pupil).click();
    await pupil.keyboard.type(SENTENCE);
    await pupil
      .locator(".save-status")
      .getByText(/^Saved/)
      .waitFor();
    expect(await overflowsSideways(pupil)).toBe(false);
    await pupil.getByRole("button", { name: "Submit essay" }).click();
    await pupil.getByRole("dialog", { name: "Submit your essay?" }).getByRole("button", { name: "Submit now" }).click();
    await pupil.getByText(/^Submitted on .* It can no longer be changed\./).waitFor();

    // The teacher's journey: the comment box opens at the bottom of the screen for the words chosen.
    const essay = await db.essay.findFirstOrThrow({ where: { assignmentId: assignment.id } });
    const marker = await session.signedIn(teacher.email, PHONE);
    await marker.goto(`${baseUrl()}/classes/${klass.id}/assignments/${assignment.id}`);
    expect(await overflowsSideways(marker)).toBe(false);
    await marker.goto(`${baseUrl()}/marking/${essay.id}`);
    await marker.locator(".marking-essay").waitFor();
    expect(await overflowsSideways(marker)).toBe(false);
    await selectWords(marker.locator(".marking-essay"), "power over appointments");
    const composer = marker.getByRole("region", { name: "Comment on the selected words" });
    await composer.waitFor();
    const box = (await composer.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width + 1);
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height + 1);
    await composer.getByRole("textbox", { name: /^Your comment/ }).fill("Which appointments? Name two.");
    await composer.getByRole("button", { name: "Add comment" }).click();
    await marker
      .getByRole("article", { name: /Comment 1 by Ms Phone/ })
      .getByText("Which appointments? Name two.")
      .waitFor();
    await marker.getByRole("radio", { name: /Level 3/ }).check();
    await marker.getByLabel("Mark out of 25").fill("12");
    await marker.getByLabel("What went well").fill("A clear claim about appointments.");
    await marker.getByLabel("Even better if").fill("Support it with two examples.");
    await marker
      .getByTestId("feedback-status")
      .getByText(/Draft saved/)
      .waitFor();
    await marker.getByRole("button", { name: "Release feedback to the student" }).click();
    await marker.getByText(/Released to the student on/).waitFor();
    expect(await overflowsSideways(marker)).toBe(false);

    // The student reads it, on the phone.
    await pupil.goto(`${baseUrl()}/assignments/${assignment.id}/feedback`);
    await expect(pupil.getByTestId("mark-line").textContent()).resolves.toMatch(/Level 3.*12.*\/ 25/);
    await pupil.getByText("Which appointments? Name two.").waitFor();
    await pupil.getByText("Support it with two examples.").waitFor();
    expect(await overflowsSideways(pupil)).toBe(false);
  });

  it("keeps the header to two short rows: every page link on screen, sign out on the first", async () => {
    const db = e2eDatabase();
    const teacher = await makeUser(db, "TEACHER", "Ms Header");
    const page = await session.signedIn(teacher.email, PHONE);
    await open(page, "/classes");
    const header = (await page.locator("header.site-header").boundingBox())!;
    // Four rows of links and names took half as much again (194 px); two rows leave the page the screen.
    expect(header.height).toBeLessThanOrEqual(110);
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const name of ["My classes", "Mark schemes", "Library", "Revision", "Account"]) {
      const link = (await nav.getByRole("link", { name }).boundingBox())!;
      expect(link.x, name).toBeGreaterThanOrEqual(0);
      expect(link.x + link.width, name).toBeLessThanOrEqual(PHONE.width);
      expect(link.y + link.height, name).toBeLessThanOrEqual(header.y + header.height);
    }
    // Sign out shares the first row with the brand, above the page links.
    const signOut = (await page.getByRole("button", { name: "Sign out" }).boundingBox())!;
    expect(signOut.x + signOut.width).toBeLessThanOrEqual(PHONE.width);
    expect(signOut.y + signOut.height).toBeLessThanOrEqual((await nav.boundingBox())!.y + 1);
    expect(await overflowsSideways(page)).toBe(false);
  });

  it("keeps a visitor's header to two short rows too: Sign in beside the brand, the ways in with the pages", async () => {
    const context = await session.browser().newContext({ viewport: PHONE });
    session.adopt(context);
    const page = await context.newPage();
    await open(page, "/library");
    const header = (await page.locator("header.site-header").boundingBox())!;
    // Sign in, Teacher sign-up and Join a class beside the brand wrapped into four rows (about 150 px).
    expect(header.height).toBeLessThanOrEqual(110);
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const name of ["Library", "Join a class", "Teacher sign-up"]) {
      const link = (await nav.getByRole("link", { name }).boundingBox())!;
      expect(link.x + link.width, name).toBeLessThanOrEqual(PHONE.width);
      expect(link.y + link.height, name).toBeLessThanOrEqual(header.y + header.height);
    }
    const signIn = (await page.locator("header.site-header").getByRole("link", { name: "Sign in" }).boundingBox())!;
    expect(signIn.y + signIn.height).toBeLessThanOrEqual((await nav.boundingBox())!.y + 1);
    expect(await overflowsSideways(page)).toBe(false);
  });

  it("shows each revision deck as a card of labelled lines, not a table scrolled sideways", async () => {
    const db = e2eDatabase();
    const student = await makeUser(db, "STUDENT", "Pip Decks");
    const evidence = await db.evidence.findMany({ where: { archivedAt: null }, take: 3, select: { id: true } });
    await db.deck.create({
      data: {
        title: "Phone deck",
        source: "Chosen by hand",
        ownerId: student.id,
        cards: { create: evidence.map((card, position) => ({ evidenceId: card.id, position })) },
      },
    });
    const page = await session.signedIn(student.email, PHONE);
    await open(page, "/revision");
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Phone deck" }) });
    await expect(row.getByRole("cell").nth(1).innerText()).resolves.toBe("Cards: 3");
    await expect(row.getByRole("cell").nth(2).innerText()).resolves.toBe("Due now: 0");
    const box = (await row.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(await row.locator("xpath=ancestor::table").evaluate((table) => table.scrollWidth <= table.clientWidth)).toBe(
      true,
    );
    expect(await overflowsSideways(page)).toBe(false);
  });

  it("puts a library prompt's facts under their names, so its mark scheme's levels have the screen's width", async () => {
    const db = e2eDatabase();
    const student = await makeUser(db, "STUDENT", "Pip Reader");
    const page = await session.signedIn(student.email, PHONE);
    // A 25-mark essay from the shipped content (the library shows the 25-mark scheme with it).
    await page.goto(`${baseUrl()}/library/prompts/control-of-party-main-reason`);
    const levels = page.locator("dl.facts dd").filter({ hasText: /Level 1/ });
    const name = (await page.locator("dl.facts dt").filter({ hasText: "Default mark scheme" }).boundingBox())!;
    const value = (await levels.boundingBox())!;
    expect(value.y).toBeGreaterThan(name.y + name.height - 1);
    expect(value.width).toBeGreaterThan(PHONE.width * 0.75);
    expect(await overflowsSideways(page)).toBe(false);
  });
});
