// A student's own cards in a real Chromium: written, studied as flip cards (scheduled), reworded,
// and deleted with Undo.
import { describe, expect, it } from "vitest";
import { controlsWithoutNames } from "../helpers/accessibility";
import { open } from "../helpers/browser";
import { e2eDatabase } from "../helpers/e2e-database";
import { sharedBrowser } from "../helpers/e2e-session";
import { makeUser } from "../factories/accounts";

const session = sharedBrowser();

describe("students' own cards", () => {
  it("a student writes two cards, studies them, rewords one and deletes the other", async () => {
    const db = e2eDatabase();
    const student = await makeUser(db, "STUDENT", "Ola Own");
    const page = await session.signedIn(student.email);
    await open(page, "/revision");
    await page.getByRole("link", { name: "My own cards" }).click();
    await page.waitForURL(/\/revision\/own-cards$/);
    expect(await controlsWithoutNames(page)).toEqual([]);

    const form = page.getByRole("form", { name: "Write a card" });
    for (const [front, back] of [
      ["What did Order No. 227 say?", "Not one step back (July 1942)."],
      ["Who was Yezhov?", "Head of the NKVD, 1936–38."],
    ] as const) {
      await form.getByLabel("Question side").fill(front);
      await form.getByLabel("Answer side").fill(back);
      await form.getByRole("button", { name: "Add card" }).click();
      await form
        .getByRole("status")
        .filter({ hasText: `Card added: ${front}` })
        .waitFor();
      // The form is empty again for the next card.
      expect(await form.getByLabel("Question side").inputValue()).toBe("");
    }
    // An empty answer is refused, said beside the field.
    await form.getByLabel("Question side").fill("A question with no answer");
    await form
      .getByRole("button", { name: "Add card" })
      .evaluate((button) => ((button as HTMLButtonElement).form!.noValidate = true));
    await form.getByRole("button", { name: "Add card" }).click();
    await form.getByText("Write the answer side of the card").waitFor();
    expect(await db.ownCard.count({ where: { ownerId: student.id } })).toBe(2);

    await page
      .getByRole("status")
      .filter({ hasText: "2 of your own cards are due." })
      .getByRole("link", { name: "Study the due cards" })
      .click();
    await page.waitForURL(/\/revision\/own-cards\/study$/);
    const card = page.getByTestId("flashcard");
    for (let studied = 0; studied < 2; studied++) {
      await card.getByRole("button", { name: "Show answer" }).click();
      await page
        .getByRole("group", { name: "How well did you know it?" })
        .getByRole("button", { name: /^Good/ })
        .click();
    }
    await page.getByRole("heading", { name: "Session complete" }).waitFor();
    await expect.poll(() => db.ownCardReview.count({ where: { card: { ownerId: student.id } } })).toBe(2);

    await page.getByRole("link", { name: "Back to my cards" }).click();
    await page.getByRole("status").filter({ hasText: "None of your own cards is due right now." }).waitFor();
    const list = page.getByRole("list", { name: "Your own cards" });
    await list.getByRole("button", { name: "Edit card: Who was Yezhov?" }).click();
    const edit = list.getByRole("form", { name: "Edit this card" });
    await edit.getByLabel("Question side").fill("Who ran the NKVD in 1937?");
    await edit.getByRole("button", { name: "Save card" }).click();
    await list.getByText("Who ran the NKVD in 1937?", { exact: true }).waitFor();

    await list.getByRole("button", { name: "Delete card: What did Order No. 227 say?" }).click();
    await page.getByRole("status").filter({ hasText: "Card deleted: What did Order No. 227 say?" }).waitFor();
    await expect.poll(() => db.ownCard.count({ where: { ownerId: student.id } }), { timeout: 12_000 }).toBe(1);
    await page.reload();
    expect(await page.getByRole("list", { name: "Your own cards" }).getByRole("listitem").count()).toBe(1);
  });
});
