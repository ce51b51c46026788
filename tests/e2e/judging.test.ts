// Comparative judgement in a real Chromium: a teacher starts a round from the assignment page,
// judges anonymised pairs, and sees the essays ordered on the scale with its reliability.
import { describe, expect, it } from "vitest";
import { controlsWithoutNames, seriousAxeViolations } from "../helpers/accessibility";
import { baseUrl, open } from "../helpers/browser";
import { e2eDatabase } from "../helpers/e2e-database";
import { sharedBrowser } from "../helpers/e2e-session";
import { makeAssignment, makeClass, makeUser } from "../factories/accounts";

const session = sharedBrowser();

describe("comparative judgement", () => {
  it("a teacher judges anonymised pairs and sees the essays ordered on the scale", async () => {
    const db = e2eDatabase();
    const teacher = await makeUser(db, "TEACHER", "Ms Pairs");
    const colleague = await makeUser(db, "TEACHER", "Mr Second Judge");
    const names = ["Pat Strong", "Quin Middle", "Rue Weak"];
    const students = await Promise.all(names.map((name) => makeUser(db, "STUDENT", name)));
    const klass = await makeClass(db, teacher, students, "13J");
    const assignment = await makeAssignment(db, teacher, klass.id, { timeLimitMinutes: null });
    const words = ["A strong, well-judged answer.", "A middling answer.", "A weak answer."];
    for (const [at, student] of students.entries()) {
      const document = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: words[at]! }] }] };
      await db.essay.create({
        data: {
          assignmentId: assignment.id,
          studentId: student.id,
          document,
          plainText: words[at]!,
          submittedAt: new Date(),
        },
      });
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
      const better =
        words.findIndex((text) => a.includes(text)) < words.findIndex((text) => b.includes(text))
          ? "Essay A is better"
          : "Essay B is better";
      await pair.getByRole("button", { name: better }).click();
      await expect
        .poll(() => page.getByTestId("judging-summary").textContent())
        .toMatch(new RegExp(`^${judged} judgements? \\(${judged} by you\\)`));
    }
    await page.getByRole("status").filter({ hasText: "You have judged every pair of these essays." }).waitFor();
    const rows = page
      .getByRole("table", { name: "Essays in order of the judging scale, best first" })
      .getByRole("rowheader");
    expect(await rows.allTextContents()).toEqual(names);

    // A colleague joins the round: they judge the same anonymised pairs from their own page.
    await page.getByLabel("Colleague's email (another teacher)").fill(colleague.email);
    await page.getByRole("button", { name: "Add judge" }).click();
    await page.getByRole("status").filter({ hasText: "Mr Second Judge can now judge this round." }).waitFor();
    const judges = page.getByRole("table", { name: /Who judges this round/ });
    await judges.getByRole("rowheader", { name: "Mr Second Judge" }).waitFor();
    // The round's page with its scale, judges and forms passes axe (the tour sees it before a round starts).
    expect(await seriousAxeViolations(page)).toEqual([]);

    const second = await session.signedIn(colleague.email);
    await open(second, "/classes");
    await second.getByRole("link", { name: "Judging for colleagues" }).click();
    await second.getByRole("link", { name: "Was Stalinism a consequence of Leninism?" }).click();
    const theirPair = second.getByRole("region", { name: "Which is the better answer?" });
    await theirPair.waitFor();
    const seen = (await second.locator("main").textContent()) ?? "";
    for (const name of names) expect(seen).not.toContain(name);
    expect(seen).toContain("3 judgements so far (0 by you)");
    expect(await seriousAxeViolations(second)).toEqual([]);
    await theirPair.getByRole("button", { name: "Essay A is better" }).click();
    await expect
      .poll(() => second.getByTestId("judging-summary").textContent())
      .toMatch(/^4 judgements so far \(1 by you\)/);

    // The class's teacher sees the colleague's judgement counted beside their own.
    await page.reload();
    const colleagueRow = page
      .getByRole("table", { name: /Who judges this round/ })
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "Mr Second Judge" }) });
    expect(await colleagueRow.getByRole("cell").first().textContent()).toBe("1");
    expect(await page.getByTestId("judging-summary").textContent()).toMatch(/^4 judgements \(3 by you\)/);
  });
});
