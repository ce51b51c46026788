// The quotation drill in a real Chromium: a student says who said each quotation and types the
// missing words, is told the right answer when wrong and when each comes back, sees the score,
// and finds the quotations scheduled on their progress page.
import { describe, expect, it } from "vitest";
import { completeQuotation } from "@/lib/revision/rules/quotation-drills";
import { controlsWithoutNames } from "../helpers/accessibility";
import { baseUrl, open } from "../helpers/browser";
import { e2eDatabase } from "../helpers/e2e-database";
import { sharedBrowser } from "../helpers/e2e-session";
import { makeUser } from "../factories/accounts";

const session = sharedBrowser();

describe("quotation drill", () => {
  it("a student answers who said it and completes quotations, one wrong on purpose, and scores the rest", async () => {
    const db = e2eDatabase();
    const student = await makeUser(db, "STUDENT", "Quin Quotes");
    const page = await session.signedIn(student.email);
    await open(page, "/revision");
    await page.getByRole("link", { name: "Quotation drill: who said it?" }).click();
    await page.waitForURL(/\/revision\/quotations$/);
    // Each question is answered from the library itself (other tests may add quotations meanwhile,
    // so the drill is read off the page, not rebuilt here).
    const library = () =>
      db.quotation.findMany({
        where: { archivedAt: null },
        select: { id: true, text: true, speaker: true, speakerKind: true },
      });
    expect(await controlsWithoutNames(page)).toEqual([]);
    // Ten questions, or as many as the library's quotations allow.
    const counter = await page.getByText(/^Question 1 of \d+$/).textContent();
    const total = Number(counter!.split(" of ")[1]);
    expect(total).toBeGreaterThan(2);
    expect(await page.getByTestId("drill-plan").textContent()).toMatch(/^0 due again · \d+ not met yet/);
    for (let at = 0; at < total; at++) {
      await page.getByText(`Question ${at + 1} of ${total}`).waitFor();
      const wrong = at === 0;
      const kind = await page.getByRole("heading", { level: 2 }).textContent();
      if (kind === "Who said it?") {
        const shown = ((await page.locator(".drill-quotation").textContent()) ?? "").slice(1, -1);
        const speaker = (await library()).find((quotation) => quotation.text === shown)!.speaker;
        const options = await page.getByRole("group", { name: "Speakers" }).getByRole("button").allTextContents();
        expect(options).toContain(speaker);
        const choice = wrong ? options.find((option) => option !== speaker)! : speaker;
        await page.getByRole("group", { name: "Speakers" }).getByRole("button", { name: choice, exact: true }).click();
        if (wrong)
          await page
            .getByRole("status")
            .filter({ hasText: `Not quite: it was ${speaker}.` })
            .waitFor();
      } else {
        expect(kind).toBe("Complete the quotation");
        const shown = (await page.locator(".drill-quotation").textContent()) ?? "";
        const quotation = (await library()).find((candidate) => {
          const question = completeQuotation(candidate);
          return (
            question && shown === `“${question.before} _____ _____ _____ ${question.after}” — ${candidate.speaker}`
          );
        })!;
        const { answer } = completeQuotation(quotation)!;
        await page
          .getByLabel("Type the 3 missing words")
          .fill(wrong ? "something else entirely" : answer.toUpperCase());
        await page.getByRole("button", { name: "Check" }).click();
        if (wrong)
          await page
            .getByRole("status")
            .filter({ hasText: `Not quite: the words are “${answer}”.` })
            .waitFor();
      }
      // Each answer is scheduled: a miss comes back the same day, a right answer days later.
      if (wrong) await page.getByRole("status").filter({ hasText: "It comes back later today." }).waitFor();
      else
        await page
          .getByRole("status")
          .filter({ hasText: /Correct\..* It comes back (tomorrow|in \d+ days)\./ })
          .waitFor();
      await page.getByRole("button", { name: at + 1 === total ? "See your score" : "Next question" }).click();
    }
    expect(await page.getByRole("heading", { level: 2 }).textContent()).toBe(`Score: ${total - 1} out of ${total}`);
    // The progress page counts the quotations met, each now scheduled.
    await page.goto(`${baseUrl()}/revision/progress`);
    expect(await page.getByTestId("quotation-mastery").textContent()).toMatch(
      new RegExp(`^0 known · ${total} learning · `),
    );
  });
});
