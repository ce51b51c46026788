// Marking in a real Chromium against the production build: a teacher highlights words and
// comments, uses the comment bank, gives a level and mark and releases; the student reads the
// comments beside the right sentences, replies, and the teacher sees the reply.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { contrastProblems, controlsWithoutNames } from "../helpers/accessibility";
import { baseUrl, selectWords } from "../helpers/browser";
import { e2eDatabase } from "../helpers/e2e-database";
import { sharedBrowser } from "../helpers/e2e-session";
import { makeAssignment, makeClass, makeUser } from "../factories/accounts";

const FIRST = "Stalin's control of the Party apparatus gave him the votes he needed.";
const SECOND = "Trotsky underestimated him as a mere bureaucrat.";
const THIRD = "Therefore Stalin's rise owed most to his position.";
const BANK = "Develop the judgement: why is this factor more important?";

const session = sharedBrowser();

async function submittedEssay() {
  const db = e2eDatabase();
  const [teacher, student] = await Promise.all([
    makeUser(db, "TEACHER", "Ms Marker"),
    makeUser(db, "STUDENT", "Sam Student"),
  ]);
  const klass = await makeClass(db, teacher, [student]);
  const assignment = await makeAssignment(db, teacher, klass.id, { timeLimitMinutes: null });
  const document = {
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text: `${FIRST} ${SECOND}` }] },
      { type: "paragraph", content: [{ type: "text", text: THIRD }] },
    ],
  };
  const essay = await db.essay.create({
    data: {
      assignmentId: assignment.id,
      studentId: student.id,
      document,
      plainText: `${FIRST} ${SECOND}\n\n${THIRD}`,
      wordCount: 28,
      startedAt: new Date(Date.now() - 40 * 60_000),
      submittedAt: new Date(),
    },
  });
  await db.commentBankItem.create({
    data: { teacherId: teacher.id, body: BANK, code: "J", shortcut: "judge", uses: 3 },
  });
  return { teacher, student, classId: klass.id, assignmentId: assignment.id, essayId: essay.id };
}

const signedIn = (email: string) => session.signedIn(email);

// Selects the given words in the teacher's copy of the essay, as a mouse drag would.
async function select(page: Page, words: string) {
  await selectWords(page.locator(".marking-essay"), words);
  await page.locator(".selected-words q").getByText(words, { exact: true }).waitFor();
}

// Where a comment's card sits against its highlight: same comment, beside it, level with it.
async function placement(page: Page, words: string) {
  const highlight = page.locator("mark.comment-highlight", { hasText: words }).first();
  const id = await highlight.getAttribute("data-comment-id");
  const card = page.locator(`[data-thread-id="${id}"]`);
  const [markBox, cardBox] = await Promise.all([highlight.boundingBox(), card.boundingBox()]);
  return {
    text: await highlight.textContent(),
    card,
    besideRight: cardBox!.x > markBox!.x + markBox!.width - 1 || cardBox!.x > markBox!.x + 300,
    verticalGap: cardBox!.y - markBox!.y,
  };
}

describe("marking an essay and reading the feedback", () => {
  it("teacher comments (one with a code, one from the bank), gives Level 4 and 18 marks and releases; the student sees it all beside the right sentences and replies; the teacher sees the reply", async () => {
    const { teacher, student, classId, assignmentId } = await submittedEssay();

    const marker = await signedIn(teacher.email);
    await marker.goto(`${baseUrl()}/classes/${classId}/assignments/${assignmentId}`);
    await expect(marker.getByRole("row", { name: /Sam Student/ }).textContent()).resolves.toMatch(
      /Submitted.*40 min.*28/,
    );
    // Once white on near-white (1.08:1): every text on the page now meets WCAG AA contrast.
    expect(await contrastProblems(marker)).toEqual([]);
    await marker.getByRole("link", { name: /Mark the next unmarked essay/ }).click();
    await marker.waitForURL(/\/marking\//);
    await marker.locator(".marking-essay").waitFor();
    // Before the first comment the empty margin says how to fill it; the comment box takes its place.
    const margin = marker.getByRole("complementary", { name: "Comments" });
    await expect(margin.textContent()).resolves.toBe(
      "No comments yet. Select words in the essay and your comment appears here, level with them.",
    );

    await select(marker, FIRST);
    expect(await margin.getByText(/^No comments yet/).count()).toBe(0);
    await marker.getByRole("textbox", { name: /^Your comment/ }).fill("Which posts gave him those votes?");
    await marker.getByLabel("Margin code").selectOption("E");
    await marker.getByRole("button", { name: "Add comment" }).click();
    await marker
      .getByRole("article", { name: /Comment 1 by Ms Marker/ })
      .getByText("Which posts gave him those votes?")
      .waitFor();

    await select(marker, SECOND);
    await marker
      .getByRole("list", { name: "Comment bank, most used first" })
      .getByRole("button", { name: BANK })
      .click();
    await marker
      .getByRole("article", { name: /Comment 2 by Ms Marker/ })
      .getByText(BANK)
      .waitFor();
    // Words of the essay cannot be changed by the marker.
    await marker.locator(".marking-essay").press("End");
    await marker.keyboard.type("extra words");
    expect(await marker.locator(".marking-essay").textContent()).not.toContain("extra words");

    await marker.getByRole("radio", { name: /Level 4/ }).check();
    await marker.getByLabel("Mark out of 25").fill("18");
    await marker.getByLabel("What went well").fill("A clear line of argument from the introduction.");
    await marker.getByLabel("Even better if").fill("Weigh Stalin's position against his opponents' mistakes.");
    await marker
      .getByTestId("feedback-status")
      .getByText(/Draft saved/)
      .waitFor();
    expect(await controlsWithoutNames(marker)).toEqual([]);
    await marker.getByRole("button", { name: "Release feedback to the student" }).click();
    await marker.getByText(/Released to the student on/).waitFor();

    const reader = await signedIn(student.email);
    await reader.goto(`${baseUrl()}/assignments/${assignmentId}`);
    expect(await contrastProblems(reader)).toEqual([]);
    await reader.getByRole("link", { name: "Read your feedback" }).click();
    await reader.waitForURL(/\/feedback$/);
    for (const pass of ["first view", "after reload"]) {
      if (pass === "after reload") await reader.reload();
      await expect(reader.getByTestId("mark-line").textContent()).resolves.toMatch(/Level 4.*18.*\/ 25/);
      await reader.getByText("A clear line of argument from the introduction.").waitFor();
      const first = await placement(reader, FIRST);
      expect(first.text).toBe(FIRST);
      await expect(first.card.textContent()).resolves.toContain("Which posts gave him those votes?");
      await expect(first.card.locator(".code-badge").textContent()).resolves.toBe("E");
      expect(first.besideRight).toBe(true);
      expect(Math.abs(first.verticalGap)).toBeLessThan(40);
      const second = await placement(reader, SECOND);
      expect(second.text).toBe(SECOND);
      await expect(second.card.textContent()).resolves.toContain(BANK);
      expect(second.besideRight).toBe(true);
      expect(second.verticalGap).toBeGreaterThanOrEqual(-40);
    }
    expect(await controlsWithoutNames(reader)).toEqual([]);

    await reader
      .getByLabel("Reply to comment 1")
      .fill("He was General Secretary, so he appointed the local secretaries.");
    await reader.getByRole("button", { name: "Reply to comment 1" }).click();
    await reader.getByText("He was General Secretary, so he appointed the local secretaries.").waitFor();
    await reader.getByLabel("I have acted on comment 1").check();
    // The badge the server's answer brings (exact: the checkbox's own label says "acted on" too).
    await reader
      .getByRole("article", { name: /Comment 1/ })
      .getByText("Acted on", { exact: true })
      .waitFor();

    await marker.reload();
    const thread = marker.getByRole("article", { name: /Comment 1 by Ms Marker/ });
    await thread.getByText("He was General Secretary, so he appointed the local secretaries.").waitFor();
    await thread.getByText("Acted on", { exact: true }).waitFor();
  });

  it("clicking a highlight shows its comment, and a mark outside the level's band is refused before anything is saved", async () => {
    const { teacher, essayId } = await submittedEssay();
    const marker = await signedIn(teacher.email);
    await marker.goto(`${baseUrl()}/marking/${essayId}`);
    await marker.locator(".marking-essay").waitFor();
    await select(marker, THIRD);
    await marker.getByRole("textbox", { name: /^Your comment/ }).fill("/judge");
    await marker.getByRole("button", { name: "Add comment" }).click();
    const card = marker.getByRole("article", { name: /Comment 1/ });
    await card.getByText(BANK).waitFor();
    await marker.locator("mark.comment-highlight", { hasText: THIRD }).click();
    await expect(card.getAttribute("class")).resolves.toContain("active");

    await marker.getByRole("radio", { name: /Level 3/ }).check();
    await marker.getByLabel("Mark out of 25").fill("19");
    await marker.getByRole("alert").getByText("Level 3 is 11–15 marks, so 19 is outside its band").waitFor();
    await expect(marker.getByRole("button", { name: "Release feedback to the student" }).isDisabled()).resolves.toBe(
      true,
    );
    const stored = await e2eDatabase().feedback.findUnique({ where: { essayId } });
    expect(stored?.mark ?? null).toBeNull();
  });

  it("opens the comment box beside the selected words, and after Save to bank a click in the essay starts a fresh selection there", async () => {
    const { teacher, essayId } = await submittedEssay();
    const marker = await signedIn(teacher.email);
    await marker.goto(`${baseUrl()}/marking/${essayId}`);
    await marker.locator(".marking-essay").waitFor();
    // Document first: at 1440×900 the essay starts in the first screen.
    expect((await marker.locator(".marking-essay").boundingBox())!.y).toBeLessThan(400);

    await select(marker, SECOND);
    const composer = marker.getByRole("region", { name: "Comment on the selected words" });
    const [words, box] = await Promise.all([
      marker.locator(".marking-essay").getByText(SECOND).boundingBox(),
      composer.boundingBox(),
    ]);
    // Level with the words (within a line or two), to their right.
    expect(Math.abs(box!.y - words!.y)).toBeLessThan(60);
    expect(box!.x).toBeGreaterThan(words!.x);
    await composer.getByRole("textbox", { name: /^Your comment/ }).fill("Evidence that he was underestimated?");
    await composer.getByRole("button", { name: "Add comment" }).click();
    await marker
      .getByRole("article", { name: /Comment 1/ })
      .getByText("Evidence that he was underestimated?")
      .waitFor();
    expect(await composer.count()).toBe(0);

    await marker.getByRole("button", { name: /Save to bank/ }).click();
    await expect
      .poll(() =>
        e2eDatabase().commentBankItem.count({
          where: { teacherId: teacher.id, body: "Evidence that he was underestimated?" },
        }),
      )
      .toBe(1);
    // Back in the essay: a click at the start of the last paragraph, then Shift+End, selects that
    // paragraph (not the old selection, extended).
    const third = (await marker.locator(".marking-essay p").nth(1).boundingBox())!;
    await marker.mouse.click(third.x + 1, third.y + third.height / 2);
    await marker.keyboard.press("Shift+End");
    await marker.locator(".selected-words q").getByText(THIRD, { exact: true }).waitFor();
  });

  it("closes the comment box with Escape and leaves the caret after the words", async () => {
    const { teacher, essayId } = await submittedEssay();
    const marker = await signedIn(teacher.email);
    await marker.goto(`${baseUrl()}/marking/${essayId}`);
    await marker.locator(".marking-essay").waitFor();
    await select(marker, FIRST);
    await marker.keyboard.press("Control+Alt+m");
    const comment = marker.getByRole("textbox", { name: /^Your comment/ });
    await expect.poll(() => comment.evaluate((element) => element === document.activeElement)).toBe(true);
    await marker.keyboard.press("Escape");
    expect(await marker.getByRole("region", { name: "Comment on the selected words" }).count()).toBe(0);
    expect(await marker.locator(".marking-essay").evaluate((element) => element === document.activeElement)).toBe(true);
  });
});
