// Revision in a real Chromium against the production build: a student builds a deck and studies
// it in every mode; a missed card comes back sooner than a known one; the timeline places the
// Kirov murder in December 1934; the mind map's purges branch opens its evidence; a teacher sets
// a deck to a class and sees what the class got wrong.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  meaningWithoutTitle,
  recallQuestion,
  shortMeaning,
  titleWithoutDate,
  dateKey,
  type StudyCard,
} from "@/lib/revision/rules/questions";
import { reviewCard } from "@/lib/revision/rules/fsrs";
import { formatDateTime } from "@/lib/format";
import { controlsWithoutNames } from "../helpers/accessibility";
import { baseUrl, open } from "../helpers/browser";
import { e2eDatabase } from "../helpers/e2e-database";
import { sharedBrowser } from "../helpers/e2e-session";
import { makeClass, makeUser } from "../factories/accounts";

const session = sharedBrowser();

const signedIn = (email: string) => session.signedIn(email, { width: 1280, height: 900 });

// The deck's cards as the study pages see them, to know the right answers.
async function deckCards(deckId: string): Promise<StudyCard[]> {
  const rows = await e2eDatabase().deckCard.findMany({
    where: { deckId },
    orderBy: { position: "asc" },
    select: {
      evidence: {
        select: {
          id: true,
          title: true,
          text: true,
          yearFrom: true,
          yearTo: true,
          monthFrom: true,
          tags: { select: { label: true, kind: true }, orderBy: { label: "asc" } },
        },
      },
    },
  });
  return rows.map(({ evidence: { tags, ...card } }) => ({
    ...card,
    people: tags.filter((tag) => tag.kind === "PERSON").map((tag) => tag.label),
    themes: tags.filter((tag) => tag.kind === "THEME").map((tag) => tag.label),
  }));
}

async function buildPersonDeck(page: Page, personSlug: string) {
  await open(page, "/revision");
  await page.getByRole("radio", { name: "A person" }).check();
  await page.getByLabel("Person", { exact: true }).selectOption(personSlug);
  await page.getByRole("button", { name: "Build deck" }).click();
  await page.waitForURL(/\/revision\/decks\/[a-z0-9]+$/);
  return page.url().split("/").at(-1) as string;
}

function cardByText(cards: StudyCard[], text: string) {
  const card = cards.find((item) => item.text === text.trim());
  if (!card) throw new Error(`No card with the text: ${text}`);
  return card;
}

describe("revision", () => {
  it("a student studies a deck in each mode, and a card answered wrongly comes back sooner", async () => {
    const student = await makeUser(e2eDatabase(), "STUDENT", "Rev Student");
    const page = await signedIn(student.email);
    const deckId = await buildPersonDeck(page, "kirov");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Kirov");
    const cards = await deckCards(deckId);
    expect(cards.length).toBeGreaterThan(5);
    expect(await controlsWithoutNames(page)).toEqual([]);

    // Flip, by keyboard: the first card is missed (1 = Again), the second known (3 = Good).
    await page.getByRole("link", { name: "Flip cards" }).click();
    const front = page.locator(".flashcard-front");
    const showAnswer = page.getByRole("button", { name: "Show answer" });
    // The keys rate a card once its answer shows; the next card's front shows with its button.
    const ratings = page.getByRole("group", { name: "How well did you know it?" });
    await showAnswer.waitFor();
    const missed = await front.textContent();
    await showAnswer.press("Enter");
    await ratings.waitFor();
    await page.keyboard.press("1");
    await showAnswer.waitFor();
    const known = await front.textContent();
    expect(known).not.toBe(missed);
    await showAnswer.press("Enter");
    await ratings.waitFor();
    await page.keyboard.press("3");
    // The missed card is back within the next few cards; the known one is not.
    const seen: string[] = [];
    for (let index = 0; index < 4; index++) {
      await showAnswer.waitFor();
      seen.push((await front.textContent()) ?? "");
      await showAnswer.click();
      await page.getByRole("button", { name: /^Good/ }).click();
    }
    expect(seen).toContain(missed);
    expect(seen).not.toContain(known);
    await expect.poll(() => e2eDatabase().cardReview.count({ where: { studentId: student.id, mode: "FLIP" } })).toBe(6);
    expect(await controlsWithoutNames(page)).toEqual([]);

    await page.goto(`${baseUrl()}/revision/decks/${deckId}`);
    const rowOf = (title: string | null) =>
      page.getByRole("row").filter({ has: page.getByRole("cell", { name: title ?? "", exact: true }) });
    // The known card waits a day; a card never reached is still new.
    const knownRow = await rowOf(known).textContent();
    expect(knownRow).toContain("learning");
    expect(knownRow).not.toMatch(/Due now|Not studied yet/);
    expect(await page.getByRole("cell", { name: "Not studied yet" }).count()).toBe(
      cards.length - new Set([missed, known, ...seen]).size,
    );

    // Learn: recognise the card among four, then type the missing year, name or figure.
    await page.goto(`${baseUrl()}/revision/decks/${deckId}/learn`);
    const prompt = await page.locator(".study-prompt").textContent();
    const learning = cardByText(cards, prompt ?? "");
    await page.getByRole("button", { name: learning.title, exact: true }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Correct. Now recall it." }).count()).toBe(1);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByLabel(/^Type /).fill(recallQuestion(learning).answer.toUpperCase());
    await page.getByRole("button", { name: "Check" }).click();
    await expect.poll(() => page.locator(".verdict.right").textContent()).toContain("Correct.");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect.poll(() => page.getByText(/^1 of \d+ learned/).count()).toBe(1);
    expect(await controlsWithoutNames(page)).toEqual([]);

    // Practice test: every question answered, the first one wrongly on purpose.
    await page.goto(`${baseUrl()}/revision/decks/${deckId}/test`);
    const total = Math.min(20, cards.length);
    for (let index = 0; index < total; index++) {
      const question = (await page.locator(".study-prompt").textContent()) ?? "";
      const typed = await page.getByLabel(/^Type /).count();
      if (typed) {
        const card = cards.find((item) => recallQuestion(item).prompt === question.trim());
        await page.getByLabel(/^Type /).fill(index === 0 ? "no idea" : card ? recallQuestion(card).answer : "");
        await page.getByRole("button", { name: "Check" }).click();
      } else {
        const card = cardByText(cards, question);
        const options = page.locator("button.choice");
        const wrong = options.filter({ hasNotText: card.title }).first();
        await (index === 0 ? wrong : page.getByRole("button", { name: card.title, exact: true })).click();
      }
      await page.getByRole("button", { name: /^(Next question|See your score)$/ }).click();
    }
    expect(await page.getByRole("heading", { level: 2 }).first().textContent()).toBe(
      `Score: ${total - 1} out of ${total} (${Math.round(((total - 1) / total) * 100)}%)`,
    );
    expect(await page.getByRole("table").textContent()).toContain("Your answer");

    // Match: six terms with their meanings; the clock stops when all are paired.
    await page.goto(`${baseUrl()}/revision/decks/${deckId}/match`);
    const terms = await page.getByRole("group", { name: "Terms" }).getByRole("button").allTextContents();
    for (const term of terms) {
      const card = cards.find((item) => item.title === term);
      await page.getByRole("group", { name: "Terms" }).getByRole("button", { name: term, exact: true }).click();
      const meaning = meaningWithoutTitle(shortMeaning(card?.text ?? ""), term);
      // No give-aways: the meaning on the button has none of the term's own words left to blank.
      expect(meaning).toBe(meaningWithoutTitle(meaning, term));
      if (meaning !== shortMeaning(card?.text ?? "")) expect(meaning).toContain("[…]");
      await page.getByRole("group", { name: "Meanings" }).getByRole("button", { name: meaning, exact: true }).click();
    }
    await expect
      .poll(() =>
        page.getByRole("heading", { name: new RegExp(`^All ${terms.length} pairs in \\d+ seconds?$`) }).count(),
      )
      .toBe(1);
    expect(await page.getByText("Every pair right first time.").count()).toBe(1);

    // Date order: moved into order with the buttons, then checked.
    await page.goto(`${baseUrl()}/revision/decks/${deckId}/order`);
    const list = page.getByRole("list", { name: "Events to order" });
    const shown = await list.locator("li > span:first-child").allTextContents();
    const wanted = [...shown].sort(
      (a, b) =>
        dateKey(cards.find((card) => titleWithoutDate(card.title) === a)!) -
        dateKey(cards.find((card) => titleWithoutDate(card.title) === b)!),
    );
    for (let target = 0; target < wanted.length; target++) {
      let current = (await list.locator("li > span:first-child").allTextContents()).indexOf(wanted[target]!);
      while (current > target) {
        await page.getByRole("button", { name: `Move “${wanted[target]}” earlier` }).click();
        current--;
      }
    }
    await page.getByRole("button", { name: "Check the order" }).click();
    expect(await page.getByRole("heading", { level: 2 }).first().textContent()).toBe(
      `${shown.length} of ${shown.length} in the right place`,
    );

    const modes = async () =>
      (await e2eDatabase().cardReview.groupBy({ by: ["mode"], where: { studentId: student.id } }))
        .map((row) => row.mode)
        .sort();
    await expect.poll(modes).toEqual(["FLIP", "LEARN", "MATCH", "ORDER", "TEST"]);
    // The status follows the server's answer, which can land just after the rows are readable.
    await expect.poll(() => page.getByRole("status").filter({ hasText: "saved to your schedule" }).count()).toBe(1);
  });

  it("a student chooses to remember more, and a card they know comes back sooner than FSRS's usual spacing", async () => {
    const student = await makeUser(e2eDatabase(), "STUDENT", "Keen Student");
    const page = await signedIn(student.email);
    await page.goto(`${baseUrl()}/revision/progress`);
    const choice = page.getByLabel("How much do you want to remember when a card comes back?");
    expect(await choice.inputValue()).toBe("0.9");
    await choice.selectOption({ label: "95 % — more reviews, before an exam" });
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("status").filter({ hasText: "Saved: your cards are spaced for 95 %" }).waitFor();
    await page.reload();
    expect(await page.getByLabel("How much do you want to remember when a card comes back?").inputValue()).toBe("0.95");

    const deckId = await buildPersonDeck(page, "kirov");
    await page.getByRole("link", { name: "Flip cards" }).click();
    const title = await page.locator(".flashcard-front").textContent();
    await page.getByRole("button", { name: "Show answer" }).click();
    await page.getByRole("button", { name: /^Good/ }).click();
    await expect.poll(() => e2eDatabase().cardSchedule.count({ where: { studentId: student.id } })).toBe(1);
    const schedule = await e2eDatabase().cardSchedule.findFirstOrThrow({ where: { studentId: student.id } });
    // At 95 % a card known first time comes back sooner than at the usual 90 %.
    const at = schedule.lastReviewedAt;
    expect(schedule.scheduledDays).toBe(reviewCard(null, "good", at, 0.95).scheduledDays);
    expect(schedule.scheduledDays).toBeLessThan(reviewCard(null, "good", at, 0.9).scheduledDays);
    await page.goto(`${baseUrl()}/revision/decks/${deckId}`);
    const row = page.getByRole("row").filter({ has: page.getByRole("cell", { name: title ?? "", exact: true }) });
    expect(await row.textContent()).toContain(formatDateTime(schedule.dueAt));
  });

  it("shows the Kirov murder on the timeline in December 1934, and opens it", async () => {
    const student = await makeUser(e2eDatabase(), "STUDENT");
    const page = await signedIn(student.email);
    await page.goto(`${baseUrl()}/revision/timeline`);
    const event = page.getByRole("button", { name: "December 1934 Kirov murdered, December 1934" });
    await event.scrollIntoViewIfNeeded();
    const positionWithinYear = async () => {
      const [eventBox, yearBox] = await Promise.all([
        event.boundingBox(),
        page.locator('.timeline-years li[data-year="1934"]').boundingBox(),
      ]);
      return ((eventBox?.x ?? 0) - (yearBox?.x ?? 0)) / (yearBox?.width ?? 1);
    };
    // December is the last twelfth of 1934.
    expect(await positionWithinYear()).toBeGreaterThan(11 / 12 - 0.01);
    expect(await positionWithinYear()).toBeLessThan(1);
    await page.getByRole("button", { name: "Zoom in" }).click();
    await event.scrollIntoViewIfNeeded();
    expect(await positionWithinYear()).toBeGreaterThan(11 / 12 - 0.01);
    expect(await positionWithinYear()).toBeLessThan(1);
    await event.click();
    const detail = page.getByRole("article", { name: "Kirov murdered, December 1934" });
    await detail.waitFor();
    expect(await detail.textContent()).toContain("Kirov was assassinated in December 1934.");
    expect(await controlsWithoutNames(page)).toEqual([]);
  });

  it("shows every timeline label in full: nearly all at rest, the rest when hovered or focused", async () => {
    const student = await makeUser(e2eDatabase(), "STUDENT");
    const page = await signedIn(student.email);
    await page.goto(`${baseUrl()}/revision/timeline`);
    const labels = page.locator(".timeline-event");
    const clipped = () =>
      labels.evaluateAll((buttons) =>
        buttons
          .filter(
            (button) => button.scrollHeight > button.clientHeight + 1 || button.scrollWidth > button.clientWidth + 1,
          )
          .map((button) => button.textContent ?? ""),
      );
    const total = await labels.count();
    const clippedAtRest = await clipped();
    expect(clippedAtRest.length / total).toBeLessThan(0.1);
    // The longest label, focused, is shown whole.
    const longest = await labels.evaluateAll((buttons) =>
      buttons.reduce(
        (best, button, index) =>
          (button.textContent?.length ?? 0) > (buttons[best]?.textContent?.length ?? 0) ? index : best,
        0,
      ),
    );
    await labels.nth(longest).focus();
    expect(await clipped()).not.toContain(await labels.nth(longest).textContent());
  });

  it("opens the mind map's purges branch to its evidence, and studies it", async () => {
    const student = await makeUser(e2eDatabase(), "STUDENT");
    const page = await signedIn(student.email);
    await page.goto(`${baseUrl()}/revision/mind-map`);
    const node = page.getByRole("button", { name: /^The purges \(\d+\)$/ });
    const count = Number((await node.textContent())?.match(/\((\d+)\)/)?.[1]);
    expect(count).toBe(
      await e2eDatabase().evidence.count({ where: { archivedAt: null, tags: { some: { slug: "purges" } } } }),
    );
    await node.press("Enter");
    expect(await node.getAttribute("aria-expanded")).toBe("true");
    const evidence = page.getByRole("list", { name: "Evidence: The purges" });
    expect(await evidence.getByRole("listitem").count()).toBe(count);
    expect(await evidence.textContent()).toContain("Kirov murdered, December 1934");
    // A compact list: titles only, each opening to its card's text.
    const kirov = evidence.getByRole("listitem").filter({ hasText: "Kirov murdered, December 1934" });
    expect(await kirov.getByText("Kirov was assassinated in December 1934.").isVisible()).toBe(false);
    await kirov.getByText("Kirov murdered, December 1934").click();
    expect(await kirov.getByText("Kirov was assassinated in December 1934.").isVisible()).toBe(true);
    expect(await controlsWithoutNames(page)).toEqual([]);
    await page.getByRole("button", { name: "Study this branch as flashcards" }).click();
    await page.waitForURL(/\/revision\/decks\/[a-z0-9]+$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("The purges");
  });

  it("a teacher sets a deck to a class and sees which cards the class got wrong", async () => {
    const db = e2eDatabase();
    const [teacher, student] = await Promise.all([
      makeUser(db, "TEACHER", "Ms Deck"),
      makeUser(db, "STUDENT", "Pat Student"),
    ]);
    const klass = await makeClass(db, teacher, [student], "13R");
    const teacherPage = await signedIn(teacher.email);
    const deckId = await buildPersonDeck(teacherPage, "kirov");
    await teacherPage.getByLabel("Class", { exact: true }).selectOption({ label: "13R" });
    await teacherPage.getByRole("button", { name: "Set deck" }).click();
    await expect
      .poll(() => teacherPage.getByRole("list", { name: "Classes this deck is set to" }).textContent())
      .toContain("13R");
    expect(await controlsWithoutNames(teacherPage)).toEqual([]);

    const studentPage = await signedIn(student.email);
    await open(studentPage, "/revision");
    const setDecks = studentPage.getByRole("table", { name: "Decks set by your teacher" });
    expect(await setDecks.textContent()).toContain("set by Ms Deck");
    await setDecks.getByRole("link", { name: "Kirov" }).click();
    await studentPage.getByRole("link", { name: "Flip cards" }).click();
    const missed = await studentPage.locator(".flashcard-front").textContent();
    await studentPage.getByRole("button", { name: "Show answer" }).click();
    await studentPage.getByRole("button", { name: /^Again/ }).click();
    await expect.poll(() => db.cardReview.count({ where: { studentId: student.id, deckId } })).toBe(1);
    // Left missed, it comes back in a minute, ahead of every other card: the deck's next review.
    const { dueAt, lastReviewedAt } = await db.cardSchedule.findFirstOrThrow({ where: { studentId: student.id } });
    expect(dueAt.getTime() - lastReviewedAt.getTime()).toBeLessThanOrEqual(60_000);
    await studentPage.goto(`${baseUrl()}/revision/decks/${deckId}`);
    expect(
      await studentPage
        .getByRole("row")
        .filter({ hasText: missed ?? "" })
        .textContent(),
    ).toMatch(new RegExp(`${formatDateTime(dueAt)}|Due now`));
    expect(await studentPage.getByText(/due now · \d+ new · next review/).textContent()).toMatch(
      new RegExp(`next review ${formatDateTime(dueAt)}|^1 due now`),
    );

    await teacherPage.goto(`${baseUrl()}/classes/${klass.id}/revision`);
    const weak = teacherPage.getByRole("table", { name: /Cards most often answered wrongly/ });
    expect(await weak.getByRole("row").nth(1).textContent()).toBe(`${missed}1 of 11`);
    const students = teacherPage.getByRole("table", { name: "Each student's revision" });
    expect(await students.getByRole("row", { name: /Pat Student/ }).textContent()).toContain("Pat Student1");
    expect(await controlsWithoutNames(teacherPage)).toEqual([]);
  });
});
