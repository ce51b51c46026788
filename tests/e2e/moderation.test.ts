// Blind second marking in a real Chromium: a teacher names a colleague as second marker, the
// colleague marks blind, and the teacher agrees a mark where the two are too far apart.
import { describe, expect, it } from "vitest";
import { controlsWithoutNames } from "../helpers/accessibility";
import { baseUrl, open } from "../helpers/browser";
import { e2eDatabase } from "../helpers/e2e-database";
import { sharedBrowser } from "../helpers/e2e-session";
import { makeAssignment, makeClass, makeUser } from "../factories/accounts";

const session = sharedBrowser();

describe("blind second marking", () => {
  it("a colleague marks blind, and the class's teacher agrees a mark where theirs and the colleague's are too far apart", async () => {
    const db = e2eDatabase();
    const teacher = await makeUser(db, "TEACHER", "Ms Firstmark");
    const colleague = await makeUser(db, "TEACHER", "Mr Secondmark");
    const student = await makeUser(db, "STUDENT", "Bo Blind");
    const klass = await makeClass(db, teacher, [student], "13M2");
    const assignment = await makeAssignment(db, teacher, klass.id, { timeLimitMinutes: null });
    const document = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Stalin's control of the apparatus decided it." }] },
      ],
    };
    const essay = await db.essay.create({
      data: {
        assignmentId: assignment.id,
        studentId: student.id,
        document,
        plainText: "x",
        submittedAt: new Date(),
        markedAt: new Date(),
      },
    });
    await db.feedback.create({
      data: { essayId: essay.id, markerId: teacher.id, level: 2, mark: 8, wentWell: "First marker's private view." },
    });

    const first = await session.signedIn(teacher.email);
    await first.goto(`${baseUrl()}/classes/${klass.id}/assignments/${assignment.id}`);
    const setup = first.getByRole("form", { name: "Second marker" });
    await setup.getByLabel("Second marker's email (another teacher)").fill(colleague.email);
    await setup.getByLabel("Tolerance (marks apart before moderation)").fill("3");
    await setup.getByRole("button", { name: "Save" }).click();
    await setup.getByRole("status").filter({ hasText: "Saved." }).waitFor();

    const second = await session.signedIn(colleague.email);
    await open(second, "/classes");
    await second.getByRole("link", { name: "Second marking for colleagues" }).click();
    await second.getByRole("link", { name: "Essay 1" }).click();
    await second.waitForURL(/\/second-marking\/[a-z0-9]+$/);
    await second.getByRole("article", { name: "The essay" }).waitFor();
    // Blind: the words, not the first mark, its comments or the student's name.
    const page = (await second.locator("main").textContent()) ?? "";
    expect(page).toContain("Stalin's control of the apparatus decided it.");
    for (const hidden of ["First marker's private view.", "Bo Blind", "Level 2 · 8"])
      expect(page).not.toContain(hidden);
    const mark = second.getByRole("form", { name: "Your mark" });
    await mark.getByLabel("Level").selectOption({ label: "Level 4 (16–20)" });
    await mark.getByLabel("Mark").fill("17");
    await mark.getByRole("button", { name: "Save my mark" }).click();
    await second.getByRole("status").filter({ hasText: "Your mark is saved." }).waitFor();
    expect(await controlsWithoutNames(second)).toEqual([]);

    await first.reload();
    expect(await first.getByTestId("moderation-summary").textContent()).toContain(
      "Mr Secondmark has second-marked 1 of 1 submitted essays.",
    );
    const waiting = first.getByRole("table", { name: "Marks beyond the tolerance, waiting for an agreed mark" });
    const row = waiting.getByRole("row", { name: /Bo Blind/ });
    expect(await row.getByRole("cell").allTextContents()).toEqual(
      expect.arrayContaining(["Level 2 · 8", "Level 4 · 17"]),
    );
    const agree = row.getByRole("form", { name: "Agreed mark for Bo Blind" });
    await agree.getByLabel("Level").selectOption({ label: "Level 3 (11–15)" });
    await agree.getByLabel("Mark").fill("13");
    await agree.getByRole("button", { name: "Agree this mark" }).click();
    await expect.poll(() => waiting.count()).toBe(0);
    expect(await db.feedback.findUniqueOrThrow({ where: { essayId: essay.id } })).toMatchObject({ level: 3, mark: 13 });

    // The class's markbook gives the agreement per essay and for the class: still the two markers'
    // marks (8 against 17, a difference of 9), not the agreed 13 that now stands, and nothing left waiting.
    await first.goto(`${baseUrl()}/classes/${klass.id}/markbook`);
    const agreement = first.getByRole("table", {
      name: "Agreement between first and second marks, per essay and for the class",
    });
    const classRow = agreement.getByRole("row", { name: /^The class/ });
    expect(await classRow.getByRole("cell").allTextContents()).toEqual(["", "1", "0%", "0%", "9", "0"]);
  });
});
