// Source analysis in a real Chromium against the production build: a student opens the shipped
// extract question, highlights a phrase in the second extract with the mouse, notes it, inserts
// it into the essay, reloads and finds all three kept; the teacher marks with the highlights in
// view and comments on one.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { controlsWithoutNames } from "../helpers/accessibility";
import { baseUrl, selectWords } from "../helpers/browser";
import { e2eDatabase } from "../helpers/e2e-database";
import { sharedBrowser } from "../helpers/e2e-session";
import { editor, waitUntilSaved } from "../helpers/e2e-essay";
import { makeClass, makeUser } from "../factories/accounts";

const PHRASE = "the leading apostle of the Leninist doctrine";

const session = sharedBrowser();

const signedIn = (email: string) => session.signedIn(email);

// The shipped extract question ("why Stalin rose": Figes, Figes, Christian), set to a new class.
async function extractQuestionSet() {
  const db = e2eDatabase();
  const [teacher, student] = [
    await makeUser(db, "TEACHER", "Ms Extracts"),
    await makeUser(db, "STUDENT", "Sam Student"),
  ];
  const klass = await makeClass(db, teacher, [student]);
  const prompt = await db.prompt.findUniqueOrThrow({
    where: { slug: "extracts-why-stalin-rose" },
    select: {
      id: true,
      sources: { orderBy: { position: "asc" }, select: { id: true, quotation: { select: { text: true } } } },
    },
  });
  const scheme = await db.markScheme.findUniqueOrThrow({ where: { slug: "extracts-30-ao3" } });
  const assignment = await db.assignment.create({
    data: {
      classId: klass.id,
      promptId: prompt.id,
      markSchemeId: scheme.id,
      opensAt: new Date(Date.now() - 60_000),
      dueAt: new Date(Date.now() + 86_400_000),
      createdById: teacher.id,
    },
  });
  return { teacher, student, assignment, extracts: prompt.sources };
}

// Selects words inside an extract's text as a mouse drag would, then lets go of the button.
const selectInExtract = (page: Page, label: string, words: string) =>
  selectWords(page.getByRole("tabpanel", { name: label }).locator(".extract-text"), words);

describe("source analysis", () => {
  it("a student highlights a phrase in the second extract, notes it, inserts it, and finds it all after a reload", async () => {
    const { student, assignment, extracts } = await extractQuestionSet();
    const page = await signedIn(student.email);
    await page.goto(`${baseUrl()}/assignments/${assignment.id}`);
    await page.getByRole("button", { name: "Start writing" }).click();
    await page.waitForURL(/\/write$/);
    await editor(page).click();
    await page.keyboard.type("Figes sees Stalin as ");

    const tabs = page.getByRole("tablist", { name: "Extracts" }).getByRole("tab");
    expect(await tabs.allTextContents()).toEqual(["Extract A", "Extract B", "Extract C", "Library"]);
    await page.getByRole("tab", { name: "Extract B" }).click();
    const pane = page.getByRole("tabpanel", { name: "Extract B" });
    // The status follows the essay about a second after typing, with the live word count.
    await expect
      .poll(() => pane.getByTestId("extract-status").textContent(), { timeout: 5_000 })
      .toBe("Figes mentioned, but Extract A is also by Figes: name this one as Extract B");
    await selectInExtract(page, "Extract B", PHRASE);
    expect(await pane.getByLabel("Words to highlight").inputValue()).toBe(PHRASE);
    await pane.getByLabel("Note", { exact: true }).selectOption("argument");
    await pane.getByLabel("Your note (private)").fill("Stalin used Lenin's cult");
    await pane.getByRole("button", { name: "Highlight", exact: true }).click();
    await expect.poll(() => pane.locator("mark.source-highlight").first().textContent()).toBe(PHRASE);

    await pane.getByRole("button", { name: `Insert “${PHRASE}” into the essay` }).click();
    const inserted = editor(page).locator(`[data-source-id="${extracts[1]!.id}"]`);
    expect(await inserted.textContent()).toBe(`“${PHRASE}” — O. Figes (2022)`);
    await expect
      .poll(() => pane.getByTestId("extract-status").textContent(), { timeout: 5_000 })
      .toBe("Used in your essay (1 passage)");
    await waitUntilSaved(page, 1);

    // Keyboard route on the first extract: words typed exactly are found and highlighted.
    await page.getByRole("tab", { name: "Extract B" }).press("ArrowLeft");
    const first = page.getByRole("tabpanel", { name: "Extract A" });
    await first.getByLabel("Words to highlight").fill("control of the Party apparatus");
    await first.getByRole("button", { name: "Highlight", exact: true }).press("Enter");
    await expect
      .poll(() => first.locator("mark.source-highlight").first().textContent())
      .toBe("control of the Party apparatus");
    await page.getByRole("tab", { name: "Extract C" }).click();
    expect(await page.getByRole("tabpanel", { name: "Extract C" }).getByTestId("extract-status").textContent()).toBe(
      "Not yet addressed",
    );

    // The pane can be widened from the keyboard.
    const resizer = page.getByRole("separator", { name: "Resize the extracts pane" });
    const before = Number(await resizer.getAttribute("aria-valuenow"));
    await resizer.press("ArrowLeft");
    expect(Number(await resizer.getAttribute("aria-valuenow"))).toBe(before + 40);
    expect(await controlsWithoutNames(page)).toEqual([]);

    await page.reload();
    await editor(page).waitFor();
    await page.getByRole("tab", { name: "Extract B" }).click();
    const reloaded = page.getByRole("tabpanel", { name: "Extract B" });
    expect(await reloaded.locator(".extract-text mark.source-highlight").textContent()).toBe(PHRASE);
    const item = reloaded.getByRole("list", { name: "Your highlights on Extract B" }).getByRole("listitem");
    expect(await item.textContent()).toContain("Argument Stalin used Lenin's cult");
    expect(await item.textContent()).toContain("In your essay");
    expect(await reloaded.getByTestId("extract-status").textContent()).toBe("Used in your essay (1 passage)");
    expect(await editor(page).locator(`[data-source-id="${extracts[1]!.id}"]`).textContent()).toBe(
      `“${PHRASE}” — O. Figes (2022)`,
    );
    const stored = await e2eDatabase().sourceHighlight.findMany({
      where: { essay: { studentId: student.id } },
      orderBy: { createdAt: "asc" },
      select: { quotedText: true, note: true, noteKind: true },
    });
    expect(stored).toEqual([
      { quotedText: PHRASE, note: "Stalin used Lenin's cult", noteKind: "ARGUMENT" },
      { quotedText: "control of the Party apparatus", note: "", noteKind: "ARGUMENT" },
    ]);
  });

  it("the teacher marks with the student's highlights and notes beside the extracts, and comments on one", async () => {
    const db = e2eDatabase();
    const { teacher, student, assignment, extracts } = await extractQuestionSet();
    const start = extracts[1]!.quotation.text.indexOf(PHRASE);
    const essay = await db.essay.create({
      data: {
        assignmentId: assignment.id,
        studentId: student.id,
        submittedAt: new Date(),
        document: {
          type: "doc",
          content: [{ type: "paragraph", content: [{ type: "text", text: "Figes is convincing." }] }],
        },
        plainText: "Figes is convincing.",
        wordCount: 3,
      },
    });
    await db.sourceHighlight.create({
      data: {
        essayId: essay.id,
        sourceId: extracts[1]!.id,
        start,
        end: start + PHRASE.length,
        quotedText: PHRASE,
        noteKind: "CONTEXT_SUPPORTS",
        note: "The Lenin Enrolment",
      },
    });

    const page = await signedIn(teacher.email);
    await page.goto(`${baseUrl()}/marking/${essay.id}`);
    // Marked against the 30-mark AO3 scheme for extracts.
    expect(await page.getByText("(25–30 marks)").count()).toBe(1);
    const extractB = page.getByRole("article", { name: "Extract B" });
    expect(await extractB.locator(".extract-text mark").textContent()).toBe(PHRASE);
    expect(await extractB.textContent()).toContain("Context supports The Lenin Enrolment");
    await extractB.getByRole("textbox", { name: "Comment on this highlight" }).fill("Test this against the context");
    await extractB.getByRole("combobox", { name: "Margin code" }).selectOption("Ctx");
    await extractB.getByRole("button", { name: "Comment" }).click();
    const thread = extractB.getByRole("article", { name: /Comment 1 by/ });
    await expect
      .poll(() => thread.locator(".comment-body").first().textContent())
      .toBe("Test this against the context");
    expect(await thread.locator("[data-code]").textContent()).toBe("Ctx");
    expect(await controlsWithoutNames(page)).toEqual([]);

    // Released, the student answers it on the feedback page as they would a comment on their essay.
    await db.feedback.create({
      data: { essayId: essay.id, markerId: teacher.id, level: 5, mark: 27, releasedAt: new Date() },
    });
    const studentPage = await signedIn(student.email);
    await studentPage.goto(`${baseUrl()}/assignments/${assignment.id}/feedback`);
    const onExtract = studentPage
      .getByRole("article", { name: "Extract B" })
      .getByRole("article", { name: /Comment 1 by/ });
    await onExtract
      .getByRole("textbox", { name: "Reply to comment 1" })
      .fill("The Lenin Enrolment brought in loyal members");
    await onExtract.getByRole("button", { name: "Reply to comment 1" }).click();
    await onExtract.getByText("The Lenin Enrolment brought in loyal members").waitFor();
    await onExtract.getByRole("checkbox", { name: "I have acted on comment 1" }).check();
    await expect
      .poll(
        async () =>
          (
            await db.comment.findFirstOrThrow({
              where: { essayId: essay.id, highlightId: { not: null } },
              select: { actedOnAt: true },
            })
          ).actedOnAt,
      )
      .not.toBeNull();
    await studentPage.reload();
    const reloaded = studentPage
      .getByRole("article", { name: "Extract B" })
      .getByRole("article", { name: /Comment 1 by/ });
    expect(await reloaded.getByRole("checkbox", { name: "I have acted on comment 1" }).isChecked()).toBe(true);
    expect(await reloaded.locator(".comment-replies").textContent()).toContain(
      "The Lenin Enrolment brought in loyal members",
    );
    expect(await controlsWithoutNames(studentPage)).toEqual([]);
  });
});
