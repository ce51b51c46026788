// Questions under a deck in a real Chromium: a student asks their teacher about a deck set to the
// class; the teacher sees it with the class's name and answers; the student sees it answered, and
// a student of another class sees nothing of it.
import { describe, expect, it } from "vitest";
import { controlsWithoutNames } from "../helpers/accessibility";
import { baseUrl } from "../helpers/browser";
import { e2eDatabase } from "../helpers/e2e-database";
import { sharedBrowser } from "../helpers/e2e-session";
import { makeClass, makeUser } from "../factories/accounts";

const session = sharedBrowser();

describe("questions and comments under a deck", () => {
  it("a student asks, the teacher answers, and another class's student does not see it", async () => {
    const db = e2eDatabase();
    const teacher = await makeUser(db, "TEACHER", "Ms Answer");
    const student = await makeUser(db, "STUDENT", "Ari Asker");
    const elsewhere = await makeUser(db, "STUDENT", "Bo Elsewhere");
    const klass = await makeClass(db, teacher, [student], "12Q");
    const other = await makeClass(db, teacher, [elsewhere], "12R");
    const evidence = await db.evidence.findFirstOrThrow({ where: { archivedAt: null } });
    const deck = await db.deck.create({
      data: {
        title: "Asked about",
        source: "Chosen cards",
        ownerId: teacher.id,
        cards: { create: [{ evidenceId: evidence.id, position: 0 }] },
      },
    });
    for (const item of [klass, other])
      await db.deckAssignment.create({ data: { deckId: deck.id, classId: item.id, setById: teacher.id } });

    const asking = await session.signedIn(student.email);
    await asking.goto(`${baseUrl()}/revision/decks/${deck.id}`);
    const ask = asking.getByRole("form", { name: "Ask or comment" });
    await ask.getByLabel("Your question or comment").fill("Why does this card matter for 1934?");
    expect(await ask.getByLabel("This is a question for my teacher").isChecked()).toBe(true);
    await ask.getByRole("button", { name: "Post" }).click();
    const thread = asking.getByRole("article", { name: "Question from Ari Asker" });
    await thread.getByText("Question · waiting for an answer").waitFor();
    expect(await ask.getByLabel("Your question or comment").inputValue()).toBe("");
    expect(await controlsWithoutNames(asking)).toEqual([]);

    const answering = await session.signedIn(teacher.email);
    await answering.goto(`${baseUrl()}/revision/decks/${deck.id}`);
    const seen = answering.getByRole("article", { name: "Question from Ari Asker" });
    expect(await seen.textContent()).toContain("12Q");
    await seen.getByRole("button", { name: "Reply to Ari Asker" }).click();
    const reply = seen.getByRole("form", { name: "Reply to Ari Asker" });
    await reply.getByLabel("Your reply").fill("It was the pretext for the purges: see the December decree.");
    await reply.getByRole("button", { name: "Post reply" }).click();
    await seen.getByText("It was the pretext for the purges: see the December decree.").waitFor();

    await asking.reload();
    await thread.getByText("Question · answered").waitFor();
    expect(await thread.getByRole("list", { name: "Replies to Ari Asker" }).textContent()).toContain("Ms Answer");

    const outsider = await session.signedIn(elsewhere.email);
    await outsider.goto(`${baseUrl()}/revision/decks/${deck.id}`);
    await outsider.getByRole("heading", { name: "Questions and comments" }).waitFor();
    expect(await outsider.getByText("No questions or comments yet.").count()).toBe(1);
    expect(await outsider.locator("main").textContent()).not.toContain("Why does this card matter");
  });
});
