// Writing history in a real Chromium against the production build: the teacher's replay of how an
// essay was written (typed, inserted from the library, pasted from outside), restoring an earlier
// version, the class roster refreshing itself while students write, a redraft that carries the
// last draft's comments, extra time enforced by the server, and a closed-book essay.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { quotationAttribution } from "@/lib/editor/attribution";
import { quotationLabel } from "@/lib/editor/quotation-label";
import { countWords } from "@/lib/editor/word-count";
import { anchorComment } from "@/lib/marking/rules/anchors";
import { controlsWithoutNames } from "../helpers/accessibility";
import { baseUrl, selectWords } from "../helpers/browser";
import { e2eDatabase } from "../helpers/e2e-database";
import { editor, waitUntilSaved } from "../helpers/e2e-essay";
import { sharedBrowser } from "../helpers/e2e-session";
import { makeAssignment, makeClass, makeUser } from "../factories/accounts";

const session = sharedBrowser();

async function classAndAssignment(options: { timeLimitMinutes: number | null; closedBook?: boolean }) {
  const db = e2eDatabase();
  const [teacher, student] = await Promise.all([
    makeUser(db, "TEACHER", "Ms Teacher"),
    makeUser(db, "STUDENT", "Sam Student"),
  ]);
  const klass = await makeClass(db, teacher, [student]);
  const assignment = await makeAssignment(db, teacher, klass.id, options);
  return { db, teacher, student, classId: klass.id, assignmentId: assignment.id };
}

async function startWriting(page: Page, assignmentId: string, timed: boolean) {
  await page.goto(`${baseUrl()}/assignments/${assignmentId}`);
  await page.getByRole("button", { name: timed ? "Start the timed essay now" : "Start writing" }).click();
  await page.waitForURL(/\/write$/);
  await editor(page).waitFor();
}

// What the browser does when text copied elsewhere is pasted into the essay.
async function pasteFromOutside(page: Page, text: string) {
  await page.locator(".essay-editor").evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData("text/plain", pasted);
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

// Selects words of the essay in the editor, as a mouse drag would.
const selectInEditor = (page: Page, words: string) => selectWords(page.locator(".essay-editor"), words);

const version = (page: Page) => page.locator(".save-status").getAttribute("data-version").then(Number);

const TYPED = "Stalin's rivals were divided over the NEP. ";
const PASTED = "Trotsky was isolated by the troika in 1923 and 1924.";

describe("writing history", () => {
  it("a student types, inserts from the library and pastes from outside; the teacher's replay shows each kind and what the session adds up to", async () => {
    const { teacher, student, assignmentId, db } = await classAndAssignment({ timeLimitMinutes: null });
    const writer = await session.signedIn(student.email);
    await startWriting(writer, assignmentId, false);
    await editor(writer).click();
    await writer.keyboard.type(TYPED, { delay: 20 });
    const search = writer.getByRole("combobox", { name: "Search the library" });
    await search.fill("golden boy");
    await writer
      .locator('[role="listbox"][aria-busy="false"]')
      .getByRole("option")
      .first()
      .filter({ hasText: "golden boy" })
      .waitFor();
    await search.press("Enter");
    await editor(writer).locator(".essay-quotation").waitFor();
    await editor(writer).press("End");
    await pasteFromOutside(writer, PASTED);
    await editor(writer).getByText(PASTED, { exact: false }).waitFor();
    await waitUntilSaved(writer, 1);
    await writer.getByRole("button", { name: "Submit essay" }).click();
    await writer.getByRole("button", { name: "Submit now" }).click();
    await writer.getByText(/Submitted on/).waitFor();
    const essay = await db.essay.findFirstOrThrow({ where: { assignmentId } });
    const quotation = await db.quotation.findUniqueOrThrow({ where: { id: essay.quotationIds[0] } });

    const teacherPage = await session.signedIn(teacher.email);
    await teacherPage.goto(`${baseUrl()}/marking/${essay.id}`);
    await teacherPage.getByRole("button", { name: "Show the writing replay" }).click();
    const replay = teacherPage.locator(".replay[data-ready]");
    await replay.waitFor();
    const figure = (name: string) => replay.locator(`[data-figure="${name}"]`).textContent();
    expect(await figure("typed")).toBe("7");
    expect(await figure("pasted")).toBe("10");
    expect(await figure("largest-paste")).toBe("10 words");
    // A quotation counts as its words and its attribution, as the word count counts it.
    expect(Number(await figure("inserted"))).toBe(
      countWords(quotationLabel({ text: quotation.text, attribution: quotationAttribution(quotation) })),
    );
    // The finished essay, each stretch marked with where it came from.
    const view = replay.locator(".replay-view");
    expect(await view.locator('[data-source="pasted"]').textContent()).toBe(PASTED);
    expect(await view.locator('[data-source="inserted"]').first().textContent()).toContain(quotation.text.slice(0, 20));
    expect(await view.textContent()).toContain(TYPED.trim());

    // Back to the start, before the first key: nothing yet; playing runs the essay forward.
    await replay.getByRole("slider", { name: "Time in the writing session" }).fill("0");
    await expect.poll(async () => (await view.textContent())?.trim()).toBe("");
    await replay.getByRole("button", { name: "Play" }).click();
    await teacherPage.waitForFunction(
      () => (document.querySelector(".replay-view")?.textContent ?? "").includes("Stalin"),
      null,
      { timeout: 15_000 },
    );
    expect(await controlsWithoutNames(teacherPage)).toEqual([]);
  });

  it("a student looks at an earlier version, compares it with now and restores it; nothing is lost", async () => {
    const { student, assignmentId, db } = await classAndAssignment({ timeLimitMinutes: null });
    const writer = await session.signedIn(student.email);
    await startWriting(writer, assignmentId, false);
    await editor(writer).click();
    await writer.keyboard.type("A first attempt at the argument.");
    await waitUntilSaved(writer, 1);
    await editor(writer).press("End");
    await writer.keyboard.type(" Then a second thought I will regret.");
    await waitUntilSaved(writer, (await version(writer)) + 1);

    await writer.getByRole("button", { name: "History" }).click();
    const dialog = writer.getByRole("dialog", { name: "Earlier versions" });
    await dialog.getByRole("list", { name: "Earlier versions, newest first" }).getByRole("button").first().click();
    const changes = dialog.getByRole("region", { name: "Changes from this version to now" });
    await changes.locator("ins").first().waitFor();
    expect(await changes.locator("ins").allTextContents()).toEqual([
      expect.stringContaining("Then a second thought I will regret."),
    ]);
    await dialog.getByRole("button", { name: "Restore this version" }).click();
    await dialog.getByRole("button", { name: "Yes, restore it" }).click();
    await dialog.waitFor({ state: "detached" });
    expect((await editor(writer).textContent())?.trim()).toBe("A first attempt at the argument.");
    await writer.getByText(/Restored the version from/).waitFor();
    const essay = await db.essay.findFirstOrThrow({ where: { assignmentId } });
    await expect
      .poll(async () => (await db.essay.findFirstOrThrow({ where: { assignmentId } })).plainText, { timeout: 15_000 })
      .toBe("A first attempt at the argument.");

    // The words before the restore are kept as a version of their own.
    const kept = await db.essayRevision.findMany({ where: { essayId: essay.id }, select: { wordCount: true } });
    expect(kept.map((revision) => revision.wordCount)).toContain(13);
    await writer.reload();
    expect((await editor(writer).textContent())?.trim()).toBe("A first attempt at the argument.");
  });

  it("the teacher's roster shows a student's words rising while they write, without a reload, and opens the text read-only", async () => {
    const { teacher, student, classId, assignmentId } = await classAndAssignment({ timeLimitMinutes: null });
    const writer = await session.signedIn(student.email);
    await startWriting(writer, assignmentId, false);
    await editor(writer).click();
    await writer.keyboard.type("Three words here.");
    await waitUntilSaved(writer, 1);

    const watcher = await session.signedIn(teacher.email);
    await watcher.goto(`${baseUrl()}/classes/${classId}/assignments/${assignmentId}`);
    const words = watcher.locator('tr[data-student="Sam Student"] td[data-column="words"]');
    expect(await words.textContent()).toBe("3");
    await editor(writer).press("End");
    await writer.keyboard.type(" And now five more words.");
    await waitUntilSaved(writer, (await version(writer)) + 1);
    await expect.poll(() => words.textContent(), { timeout: 15_000 }).toBe("8");
    expect(await watcher.locator('tr[data-student="Sam Student"]').textContent()).toMatch(
      /In progress.*saved \d+ s ago/,
    );

    await watcher.getByRole("link", { name: "View Sam Student's essay" }).click();
    await watcher.waitForURL(/\/essays\/[a-z0-9]+$/);
    await watcher
      .getByRole("article", { name: "Sam Student's essay as last saved" })
      .getByText("Three words here. And now five more words.")
      .waitFor();
    expect(await watcher.getByRole("textbox").count()).toBe(0);
  });

  it("a redraft starts from draft 1 with its comments beside it: one stays on its words, one whose words are deleted goes to the tray", async () => {
    const { db, teacher, student, assignmentId } = await classAndAssignment({ timeLimitMinutes: null });
    const KEEP = "Stalin controlled the Party apparatus.";
    const DROP = "His rivals were foolish.";
    const text = `${KEEP} ${DROP}`;
    const document = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
    const essay = await db.essay.create({
      data: {
        assignmentId,
        studentId: student.id,
        document,
        initialDocument: document,
        plainText: text,
        wordCount: 9,
        submittedAt: new Date(),
      },
    });
    // Marked with two comments and released, as the marking page does it.
    const first = anchorComment(document, { from: 1, to: 1 + KEEP.length }, "ckeepcomment");
    const second =
      "error" in first
        ? first
        : anchorComment(first.document, { from: 2 + KEEP.length, to: 1 + text.length }, "cdropcomment");
    if ("error" in second) throw new Error(second.error);
    await db.feedback.create({
      data: {
        essayId: essay.id,
        markerId: teacher.id,
        level: 3,
        mark: 14,
        wentWell: "A clear claim.",
        evenBetterIf: "Explain how.",
        document: second.document,
        releasedAt: new Date(),
      },
    });
    await db.essay.update({ where: { id: essay.id }, data: { markedAt: new Date() } });
    await db.comment.create({
      data: {
        id: "ckeepcomment",
        essayId: essay.id,
        authorId: teacher.id,
        body: "How: through appointments?",
        quotedText: KEEP,
      },
    });
    await db.comment.create({
      data: {
        id: "cdropcomment",
        essayId: essay.id,
        authorId: teacher.id,
        body: "Which rivals, and why?",
        quotedText: DROP,
      },
    });

    const marker = await session.signedIn(teacher.email);
    await marker.goto(`${baseUrl()}/marking/${essay.id}`);
    await marker.getByRole("button", { name: "Ask for a redraft" }).click();
    await marker
      .getByRole("dialog", { name: "Ask for draft 2?" })
      .getByRole("button", { name: "Ask for a redraft" })
      .click();
    await marker.waitForURL(/\/essays\/[a-z0-9]+$/);

    const writer = await session.signedIn(student.email);
    await writer.goto(`${baseUrl()}/assignments/${assignmentId}`);
    await writer.getByRole("link", { name: "Write draft 2" }).click();
    await writer.waitForURL(/\/write$/);
    const panel = writer.getByRole("region", { name: "Draft 1 feedback" });
    await panel.getByText("Level 3 · 14/").waitFor();
    expect(await editor(writer).textContent()).toBe(text);
    expect(await writer.locator('.essay-editor [data-carried-comment="ckeepcomment"]').textContent()).toBe(KEEP);
    expect(await writer.locator('.essay-editor [data-carried-comment="cdropcomment"]').textContent()).toBe(DROP);

    // The student deletes the second sentence and writes a better one.
    await selectInEditor(writer, DROP);
    await writer.keyboard.press("Backspace");
    await writer.keyboard.type("Bukharin misjudged him.");
    const tray = writer.getByRole("region", { name: "Comments whose words are gone" });
    await tray.getByText("Which rivals, and why?").waitFor();
    expect(await writer.locator('.essay-editor [data-carried-comment="cdropcomment"]').count()).toBe(0);
    await waitUntilSaved(writer, 1);

    // After a reload, the server places them again from the writing log: the same result.
    await writer.reload();
    await editor(writer).waitFor();
    expect(await writer.locator('.essay-editor [data-carried-comment="ckeepcomment"]').textContent()).toBe(KEEP);
    await writer
      .getByRole("region", { name: "Comments whose words are gone" })
      .getByText("Which rivals, and why?")
      .waitFor();
    await panel.getByRole("button", { name: `Show the words: ${KEEP}` }).click();
    await expect.poll(() => writer.evaluate(() => window.getSelection()?.toString())).toBe(KEEP);
    expect(await controlsWithoutNames(writer)).toEqual([]);
  });

  it("50 % extra time on a 20-minute essay gives the student 30 minutes, and the server holds them to it", async () => {
    const { db, teacher, student, classId, assignmentId } = await classAndAssignment({ timeLimitMinutes: 20 });
    const teacherPage = await session.signedIn(teacher.email);
    await teacherPage.goto(`${baseUrl()}/classes/${classId}/assignments/${assignmentId}`);
    await teacherPage.getByText("Access arrangements and extensions").click();
    const form = teacherPage.getByRole("form", { name: "Set an access arrangement" });
    await form.getByLabel("Student").selectOption({ label: "Sam Student" });
    await form.getByRole("radio", { name: "+50 % (30 minutes)" }).check();
    await form.getByRole("button", { name: "Save arrangement" }).click();
    await teacherPage.getByText("Saved. Sam Student has 30 minutes.").waitFor();

    const writer = await session.signedIn(student.email);
    await writer.goto(`${baseUrl()}/assignments/${assignmentId}`);
    await writer.getByText("30 minutes (with your extra time)").waitFor();
    await startWriting(writer, assignmentId, true);
    const left = await writer.locator(".countdown time").textContent();
    expect(left).toMatch(/^(30:00|29:\d\d)$/);
    const essay = await db.essay.findFirstOrThrow({ where: { assignmentId } });
    expect(essay.deadlineAt!.getTime() - essay.startedAt.getTime()).toBe(30 * 60_000);

    // 27 minutes in, past the class's 20: this student's saves are still kept.
    await db.essay.update({
      where: { id: essay.id },
      data: { startedAt: new Date(Date.now() - 27 * 60_000), deadlineAt: new Date(Date.now() + 3 * 60_000) },
    });
    await editor(writer).click();
    await writer.keyboard.type("Written in my extra time.");
    await waitUntilSaved(writer, 1);
    // 31 minutes in: the server refuses, and hands the essay in as it was saved.
    await db.essay.update({
      where: { id: essay.id },
      data: { startedAt: new Date(Date.now() - 31 * 60_000), deadlineAt: new Date(Date.now() - 60_000) },
    });
    await writer.keyboard.type(" Too late.");
    await writer
      .getByText(/Time is up/)
      .first()
      .waitFor({ timeout: 15_000 });
    const handedIn = await db.essay.findUniqueOrThrow({ where: { id: essay.id } });
    expect(handedIn.submittedAt).not.toBeNull();
    expect(handedIn.plainText).toBe("Written in my extra time.");
  });

  it("a closed-book essay has no library beside it, and a paste from outside is refused with a message", async () => {
    const { student, assignmentId } = await classAndAssignment({ timeLimitMinutes: 45, closedBook: true });
    const writer = await session.signedIn(student.email);
    await startWriting(writer, assignmentId, true);
    await writer.getByRole("complementary", { name: "Closed book" }).waitFor();
    expect(await writer.getByRole("combobox", { name: "Search the library" }).count()).toBe(0);
    await editor(writer).click();
    await writer.keyboard.type("My own words.");
    await pasteFromOutside(writer, "Words from a website about Stalin.");
    await writer
      .getByText(
        "This is a closed-book essay, so pasting from outside the essay is turned off. Write it in your own words.",
      )
      .waitFor();
    expect(await editor(writer).textContent()).toBe("My own words.");
  });
});
