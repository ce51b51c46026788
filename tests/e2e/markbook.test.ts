// The markbook in a real Chromium: a teacher opens it from the class page, reads each student's
// marks, levels and trend, and downloads it as CSV for a spreadsheet.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { controlsWithoutNames } from "../helpers/accessibility";
import { baseUrl } from "../helpers/browser";
import { e2eDatabase } from "../helpers/e2e-database";
import { sharedBrowser } from "../helpers/e2e-session";
import { makeAssignment, makeClass, makeUser } from "../factories/accounts";

const session = sharedBrowser();
const DAY = 86_400_000;

describe("markbook", () => {
  it("a teacher reads each student's marks and trend across the class's essays, and downloads them as CSV", async () => {
    const db = e2eDatabase();
    const teacher = await makeUser(db, "TEACHER", "Ms Book");
    const [rising, quiet] = await Promise.all([
      makeUser(db, "STUDENT", "Rae Rising"),
      makeUser(db, "STUDENT", "Quinn Quiet"),
    ]);
    const klass = await makeClass(db, teacher, [rising, quiet], "13B");
    const first = await makeAssignment(db, teacher, klass.id, {
      opensAt: new Date(Date.now() - 30 * DAY),
      dueAt: new Date(Date.now() - 20 * DAY),
    });
    const second = await makeAssignment(db, teacher, klass.id, {
      opensAt: new Date(Date.now() - 30 * DAY),
      dueAt: new Date(Date.now() - 10 * DAY),
    });
    const now = new Date();
    for (const [assignmentId, mark, level] of [
      [first.id, 10, 2],
      [second.id, 20, 4],
    ] as const) {
      const essay = await db.essay.create({
        data: { assignmentId, studentId: rising.id, submittedAt: now, markedAt: now },
      });
      await db.feedback.create({ data: { essayId: essay.id, markerId: teacher.id, mark, level, releasedAt: now } });
    }
    await db.essay.create({ data: { assignmentId: second.id, studentId: quiet.id, submittedAt: now } });

    const page = await session.signedIn(teacher.email);
    await page.goto(`${baseUrl()}/classes/${klass.id}`);
    await page.getByRole("link", { name: "Markbook: every mark, with trends" }).click();
    await page.waitForURL(/\/markbook$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Markbook: 13B");
    const table = page.getByRole("table", { name: "Each student's mark and level in each essay, and their trend" });
    const row = (name: string) => table.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
    expect(await row("Rae Rising").getByRole("cell").allTextContents()).toEqual([
      "10/25 L2",
      "20/25 L4",
      "60%",
      "Rising (+40 points an essay)",
    ]);
    expect(await row("Quinn Quiet").getByRole("cell").allTextContents()).toEqual([
      "Not started",
      "Submitted",
      "—",
      "No marks yet",
    ]);
    // A mark opens the marked essay.
    expect(await row("Rae Rising").getByRole("link", { name: "20/25 L4" }).getAttribute("href")).toMatch(
      /^\/marking\/[a-z0-9]+$/,
    );
    expect(await controlsWithoutNames(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download as CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("13B markbook.csv");
    const lines = (await readFile((await download.path())!, "utf8")).trimEnd().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Student,Email,/);
    expect(lines.find((line) => line.startsWith("Rae Rising"))).toBe(
      `Rae Rising,${rising.email},10,2,marked,20,4,marked,60,40`,
    );
  });
});
