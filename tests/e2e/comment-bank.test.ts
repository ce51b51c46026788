// The comment bank's links in a real Chromium: a teacher links a bank comment to an objective, a
// level and a library card; the student's comment shows them and opens the card.
import { describe, expect, it } from "vitest";
import { controlsWithoutNames } from "../helpers/accessibility";
import { baseUrl } from "../helpers/browser";
import { e2eDatabase } from "../helpers/e2e-database";
import { sharedBrowser } from "../helpers/e2e-session";
import { makeAssignment, makeClass, makeUser } from "../factories/accounts";

const session = sharedBrowser();

describe("comment bank links", () => {
  it("a teacher links a bank comment to AO1, level 3 and a library card; the student's comment shows them and opens the card", async () => {
    const db = e2eDatabase();
    const teacher = await makeUser(db, "TEACHER", "Ms Reteach");
    const student = await makeUser(db, "STUDENT", "Rory Reads");
    const klass = await makeClass(db, teacher, [student], "13R");
    const assignment = await makeAssignment(db, teacher, klass.id, { timeLimitMinutes: null });
    const evidence = await db.evidence.findFirstOrThrow({ where: { text: { contains: "500,000" }, archivedAt: null } });
    const bankItem = await db.commentBankItem.create({
      data: { teacherId: teacher.id, body: "Use a statistic to prove the point.", code: "Ev" },
    });
    const text = "Stalin recruited many supporters.";
    const document = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
    const essay = await db.essay.create({
      data: {
        assignmentId: assignment.id,
        studentId: student.id,
        document,
        plainText: text,
        submittedAt: new Date(),
        markedAt: new Date(),
      },
    });
    await db.feedback.create({
      data: { essayId: essay.id, markerId: teacher.id, mark: 10, level: 2, document, releasedAt: new Date() },
    });
    await db.comment.create({
      data: {
        id: `c${essay.id}`,
        essayId: essay.id,
        authorId: teacher.id,
        body: bankItem.body,
        code: "Ev",
        quotedText: text,
        bankItemId: bankItem.id,
      },
    });

    const page = await session.signedIn(teacher.email);
    await page.goto(`${baseUrl()}/marking/bank`);
    const form = page.getByRole("form", { name: "Links for this comment" });
    await form.getByLabel("Assessment objective").selectOption("AO1");
    await form.getByLabel("Typical of level").selectOption({ label: "Level 3" });
    // A wrong address first: said what to paste, nothing saved.
    await form.getByLabel("Re-teach with a library item (its address)").fill("https://example.com/elsewhere");
    await form.getByRole("button", { name: "Save links" }).click();
    await form.getByText(/^Paste the address of a quotation or evidence card from the library/).waitFor();
    expect((await db.commentBankItem.findUniqueOrThrow({ where: { id: bankItem.id } })).objective).toBeNull();
    await form
      .getByLabel("Re-teach with a library item (its address)")
      .fill(`${baseUrl()}/library/evidence/${evidence.slug}`);
    await form.getByRole("button", { name: "Save links" }).click();
    await form.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    expect(await controlsWithoutNames(page)).toEqual([]);

    const reader = await session.signedIn(student.email);
    await reader.goto(`${baseUrl()}/assignments/${assignment.id}/feedback`);
    const comment = reader.locator(".comment-thread", { hasText: bankItem.body });
    expect(await comment.locator(".comment-links").textContent()).toBe(`AO1 Level 3 Re-teach: ${evidence.title}`);
    // The card the comment points to is offered as revision too.
    expect(
      await reader.getByRole("list", { name: "Cards the comments point to" }).getByRole("listitem").allTextContents(),
    ).toEqual([evidence.title]);
    expect(await reader.getByRole("button", { name: "Revise this card as a flashcard" }).count()).toBe(1);
    await comment.getByRole("link", { name: `Re-teach: ${evidence.title}` }).click();
    await reader.waitForURL(new RegExp(`/library/evidence/${evidence.slug}$`));
    expect(await reader.getByRole("heading", { level: 1 }).textContent()).toBe(evidence.title);
  });
});
