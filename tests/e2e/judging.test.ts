// Comparative judgement in a real Chromium: a teacher starts a round from the assignment page,
// judges anonymised pairs, and sees the essays ordered on the scale with its reliability.
import { describe, expect, it } from "vitest";
import { controlsWithoutNames } from "../helpers/accessibility";
import { baseUrl } from "../helpers/browser";
import { e2eDatabase } from "../helpers/e2e-database";
import { sharedBrowser } from "../helpers/e2e-session";
import { makeAssignment, makeClass, makeUser } from "../factories/accounts";

const session = sharedBrowser();

describe("comparative judgement", () => {
  it("a teacher judges anonymised pairs and sees the essays ordered on the scale", async () => {
    const db = e2eDatabase();
    const teacher = await makeUser(db, "TEACHER", "Ms Pairs");
    const names = ["Pat Strong", "Quin Middle", "Rue Weak"];
    const students = await Promise.all(names.map((name) => makeUser(db, "STUDENT", name)));
    const klass = await makeClass(db, teacher, students, "13J");
    const assignment = await makeAssignment(db, teacher, klass.id, { timeLimitMinutes: null });
    const words = ["A strong, well-judged answer.", "A middling answer.", "A weak answer."];
    for (const [at, student] of students.entries()) {
      const document = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: words[at]! }] }] };
      await db.essay.create({ data: { assignmentId: assignment.id, studentId: student.id, document, plainText: words[at]!, submittedAt: new Date() } });
    }

    const page = await session.signedIn(teacher.email);
    await page.goto(`${baseUrl()}/classes/${klass.id}/assignments/${assignment.id}`);
    await page.getByRole("link", { name: "Comparative judgement: judge the essays in pairs" }).click();
    await page.getByRole("button", { name: "Start judging" }).click();
    const pair = page.getByRole("region", { name: "Which is the better answer?" });
    await pair.waitFor();
    expect(await controlsWithoutNames(page)).toEqual([]);
    // Judge each of the three pairs by the words: the stronger essay wins.
    for (let judged = 1; judged <= 3; judged++) {
      const a = (await pair.getByRole("article", { name: "Essay A" }).textContent()) ?? "";
      const b = (await pair.getByRole("article", { name: "Essay B" }).textContent()) ?? "";
      // Anonymised: no student's name beside the essays.
      for (const name of names) expect(`${a}${b}`).not.toContain(name);
      const better = words.findIndex((text) => a.includes(text)) < words.findIndex((text) => b.includes(text)) ? "Essay A is better" : "Essay B is better";
      await pair.getByRole("button", { name: better }).click();
      await expect.poll(() => page.getByTestId("judging-summary").textContent()).toMatch(new RegExp(`^${judged} judgements? \\(${judged} by you\\)`));
    }
    await page.getByRole("status").filter({ hasText: "You have judged every pair of these essays." }).waitFor();
    const rows = page.getByRole("table", { name: "Essays in order of the judging scale, best first" }).getByRole("rowheader");
    expect(await rows.allTextContents()).toEqual(names);
  });
});
