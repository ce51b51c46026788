// Issue 18's fixes as a teacher and a student meet them: removals that can be undone, and the
// other stumbles a newcomer reported.
import { toolEnv } from "@/lib/env";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { quotationAttribution } from "@/lib/editor/attribution";
import { checkEssayDocument } from "@/lib/editor/document";
import { insertableContent } from "@/lib/editor/insertable";
import { makeAssignment, makeClass, makeUser } from "../factories/accounts";
import { baseUrl, open } from "../helpers/browser";
import { e2eDatabase } from "../helpers/e2e-database";
import { sharedBrowser } from "../helpers/e2e-session";

const session = sharedBrowser();

describe("removing a student from a class", () => {
  it("hides the row at once, offers Undo, and removes the student only when the toast has gone", async () => {
    const db = e2eDatabase();
    const [teacher, kept, removed] = await Promise.all([
      makeUser(db, "TEACHER"),
      makeUser(db, "STUDENT", "Kim Kept"),
      makeUser(db, "STUDENT", "Rory Removed"),
    ]);
    const klass = await makeClass(db, teacher, [kept, removed]);
    const enrolled = (studentId: string) => db.enrolment.count({ where: { classId: klass.id, studentId } });
    const page = await session.signedIn(teacher.email);
    // The toast's six seconds pass on the page's clock, moved on by the test rather than waited.
    await page.clock.install();
    await page.goto(`${baseUrl()}/classes/${klass.id}`);
    const row = page.getByRole("row", { name: /Kim Kept/ });

    // Undo: the row comes back and the enrolment was never touched.
    await page.getByRole("button", { name: "Remove Kim Kept from the class" }).click();
    await row.waitFor({ state: "hidden" });
    const toast = page.getByRole("status").filter({ hasText: "Kim Kept removed from the class" });
    await toast.getByRole("button", { name: "Undo" }).click();
    await row.waitFor({ state: "visible" });
    await page.clock.fastForward(6_500);
    await toast.waitFor({ state: "detached" });

    // No undo: still enrolled while the toast shows, removed once it has gone.
    await page.getByRole("button", { name: "Remove Rory Removed from the class" }).click();
    const second = page.getByRole("status").filter({ hasText: "Rory Removed removed from the class" });
    await second.waitFor();
    expect(await enrolled(removed.id)).toBe(1);
    await page.clock.fastForward(6_500);
    await second.waitFor({ state: "detached" });
    await expect.poll(() => enrolled(removed.id), { timeout: 12_000 }).toBe(0);
    // The page sends its server actions one after another, so a removal wrongly sent for the undone
    // student would have reached the server before this one.
    expect(await enrolled(kept.id)).toBe(1);
    await page.reload();
    expect(await page.getByRole("row", { name: /Rory Removed/ }).count()).toBe(0);
    expect(await page.getByRole("row", { name: /Kim Kept/ }).count()).toBe(1);
  });
});

describe("setting an essay from a prompt's library page", () => {
  it("sets the prompt to the class the teacher picks, and its student then has it to do", async () => {
    const db = e2eDatabase();
    const [teacher, student] = await Promise.all([makeUser(db, "TEACHER"), makeUser(db, "STUDENT", "Pat Pupil")]);
    await makeClass(db, teacher, [], "Year 12 other");
    const klass = await makeClass(db, teacher, [student], "Year 13 chosen");
    const prompt = await db.prompt.findFirstOrThrow({
      where: { kind: "ESSAY", archivedAt: null },
      orderBy: { slug: "desc" },
    });
    const page = await session.signedIn(teacher.email);
    await page.goto(`${baseUrl()}/library/prompts/${prompt.slug}`);
    await page.getByText("Set this for a class").click();
    await page.getByLabel("Class").selectOption({ label: "Year 13 chosen" });
    await page.getByLabel("Time limit in minutes").fill("45");
    await page.getByRole("button", { name: "Set essay" }).click();
    await page.getByRole("status").filter({ hasText: "Essay set for Year 13 chosen" }).waitFor();
    const set = await db.assignment.findFirstOrThrow({ where: { classId: klass.id } });
    expect(set).toMatchObject({ promptId: prompt.id, timeLimitMinutes: 45 });
    await page.getByRole("link", { name: "Open the assignment" }).click();
    await page.waitForURL(`**/classes/${klass.id}/assignments/${set.id}`);

    const pupil = await session.signedIn(student.email);
    await open(pupil, "/assignments");
    await pupil.getByText(prompt.text).first().waitFor();
  });
});

describe("first-time passwords for students a teacher adds", () => {
  it("can be copied one by one and printed as slips, one a student, with nothing else on the page", async () => {
    const db = e2eDatabase();
    const teacher = await makeUser(db, "TEACHER");
    const klass = await makeClass(db, teacher, [], "Year 13 slips");
    const page = await session.signedIn(teacher.email);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`${baseUrl()}/classes/${klass.id}`);
    const stamp = Date.now();
    await page
      .getByLabel("Students, one a line: name, email")
      .fill(`Ada Slip, ada-${stamp}@example.com\nBen Slip, ben-${stamp}@example.com`);
    await page.getByRole("button", { name: "Add students" }).click();
    await page.getByRole("heading", { name: "First-time passwords" }).waitFor();

    await page.getByRole("button", { name: "Copy Ada Slip's first-time password" }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const adaRow = page.getByRole("row", { name: /Ada Slip/ });
    expect(await adaRow.locator("code").textContent()).toBe(copied);

    await page.getByRole("button", { name: "Print password slips" }).click();
    await page.emulateMedia({ media: "print" });
    const slips = page.getByRole("region", { name: /Password slip for/ });
    expect(await slips.count()).toBe(2);
    const ada = page.getByRole("region", { name: "Password slip for Ada Slip" });
    expect(await ada.textContent()).toContain(copied);
    expect(await ada.textContent()).toContain(`ada-${stamp}@example.com`);
    expect(await ada.textContent()).toContain("/sign-in");
    // Only the slips print: the roster, the header and the form are hidden.
    expect(
      await page
        .locator('form[aria-label="Add students"] button[type="submit"]')
        .evaluate((element) => getComputedStyle(element).visibility),
    ).toBe("hidden");
    expect(await ada.evaluate((element) => getComputedStyle(element).visibility)).toBe("visible");
  });
});

describe("loading states", () => {
  it("shows the library's skeleton while a slow server answers, then the library; a missing item under it is still a 404", async () => {
    const student = await makeUser(e2eDatabase(), "STUDENT");
    const page = await session.signedIn(student.email);
    // A slow server, however slow: the library's search index is locked by the test until it has
    // seen the skeleton, so the page's search waits on the database meanwhile. The server streams
    // the page's frame, skeleton included, without waiting for it.
    const lock = new pg.Client({ connectionString: toolEnv().E2E_DATABASE_URL });
    await lock.connect();
    try {
      await lock.query('BEGIN; LOCK TABLE "LibraryEntry" IN ACCESS EXCLUSIVE MODE');
      await page.goto(`${baseUrl()}/library`, { waitUntil: "commit" });
      const skeleton = page.locator(".page-skeleton");
      await skeleton.waitFor();
      expect(await skeleton.getByRole("heading", { level: 1 }).textContent()).toBe("Library");
      expect(await skeleton.getByRole("status").textContent()).toBe("Loading library…");
      expect(await page.getByRole("search", { name: "Search the library" }).count()).toBe(0);
    } finally {
      await lock.query("COMMIT");
      await lock.end();
    }
    await page.getByRole("search", { name: "Search the library" }).waitFor();
    expect(await page.locator(".page-skeleton").count()).toBe(0);
    const missing = await page.request.get(`${baseUrl()}/library/prompts/no-such-prompt`);
    expect(missing.status()).toBe(404);
  });
});

describe("word counts", () => {
  it("show the teacher a student's own words apart from those quoted or inserted, on the class roster and the marking page", async () => {
    const db = e2eDatabase();
    const [teacher, student] = await Promise.all([makeUser(db, "TEACHER"), makeUser(db, "STUDENT", "Quinn Quoter")]);
    const klass = await makeClass(db, teacher, [student]);
    const assignment = await makeAssignment(db, teacher, klass.id, { timeLimitMinutes: null });
    const quotation = await db.quotation.findFirstOrThrow({ where: { archivedAt: null }, orderBy: { slug: "asc" } });
    const [quoted] = insertableContent({
      type: "quotation",
      quotationId: quotation.id,
      text: quotation.text,
      attribution: quotationAttribution(quotation),
    });
    const checked = checkEssayDocument({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "Five words of my own: " }, quoted] }],
    });
    if (!checked.ok) throw new Error(checked.error);
    const { json, plainText, wordCount, ownWordCount } = checked.document;
    const essay = await db.essay.create({
      data: {
        assignmentId: assignment.id,
        studentId: student.id,
        document: json as object,
        plainText,
        wordCount,
        ownWordCount,
        version: 1,
        submittedAt: new Date(),
        quotationIds: [quotation.id],
      },
    });
    const note = `5 own, ${wordCount - 5} quoted or inserted`;
    const page = await session.signedIn(teacher.email);
    await page.goto(`${baseUrl()}/classes/${klass.id}/assignments/${assignment.id}`);
    expect(await page.locator('tr[data-student="Quinn Quoter"] td[data-column="words"]').textContent()).toBe(
      `${wordCount}${note}`,
    );
    await page.goto(`${baseUrl()}/marking/${essay.id}`);
    await page.getByText(note).waitFor();
  });
});
