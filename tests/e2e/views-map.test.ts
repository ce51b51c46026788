// Historians' views in a real Chromium: the prompt's page shows who argues what, and an essay
// quoting only one side is nudged (not stopped) when the student goes to submit it.
import { describe, expect, it } from "vitest";
import { controlsWithoutNames } from "../helpers/accessibility";
import { baseUrl } from "../helpers/browser";
import { e2eDatabase } from "../helpers/e2e-database";
import { editor, waitUntilSaved } from "../helpers/e2e-essay";
import { sharedBrowser } from "../helpers/e2e-session";
import { defaultMarkScheme, makeClass, makeUser } from "../factories/accounts";

const session = sharedBrowser();

describe("historians' views", () => {
  it("shows who argues what on a prompt, and nudges an essay that quotes one side before it is submitted", async () => {
    const db = e2eDatabase();
    const teacher = await makeUser(db, "TEACHER", "Ms Views");
    const student = await makeUser(db, "STUDENT", "Vi Views");
    const klass = await makeClass(db, teacher, [student], "13V");
    const prompt = await db.prompt.findUniqueOrThrow({ where: { slug: "stalin-power-base-1922-1926" } });
    const scheme = await defaultMarkScheme(db);
    const assignment = await db.assignment.create({
      data: {
        classId: klass.id,
        promptId: prompt.id,
        markSchemeId: scheme.id,
        createdById: teacher.id,
        opensAt: new Date(Date.now() - 60_000),
        dueAt: new Date(Date.now() + 86_400_000),
      },
    });

    const page = await session.signedIn(student.email);
    await page.goto(`${baseUrl()}/library/prompts/${prompt.slug}`);
    const map = page.getByRole("region", { name: "Who argues what" });
    expect(await map.getByRole("heading", { level: 3 }).allTextContents()).toEqual([
      "Personality and manoeuvring",
      "Power base",
      "Use of Leninism",
    ]);
    expect(await map.getByRole("region", { name: "Personality and manoeuvring" }).textContent()).toContain(
      "David Christian (1986)",
    );
    expect(await controlsWithoutNames(page)).toEqual([]);

    await page.goto(`${baseUrl()}/assignments/${assignment.id}`);
    await page.getByRole("button", { name: "Start writing" }).click();
    await page.waitForURL(/\/write$/);
    await editor(page).click();
    await page.keyboard.type("Stalin's power base decided it. ");
    const search = page.getByRole("combobox", { name: "Search the library" });
    const insert = async (query: string, words: string, attribution: string) => {
      await search.fill(query);
      await page
        .locator('[role="listbox"][aria-busy="false"]')
        .getByRole("option")
        .first()
        .filter({ hasText: words })
        .waitFor();
      await search.press("Enter");
      await editor(page).locator(".essay-quotation", { hasText: attribution }).waitFor();
    };
    await insert("Figes apparatus", "The key to Stalin’s growing power", "O. Figes (2022)");
    await waitUntilSaved(page);

    await page.getByRole("button", { name: "Submit essay" }).click();
    const dialog = page.getByRole("dialog", { name: "Submit your essay?" });
    const nudge = dialog.getByRole("note");
    expect(await nudge.textContent()).toMatch(
      /^Your quotations all argue “Power base”\. The library also has historians arguing “Personality and manoeuvring” \(Bukharin, David Christian\) and “Use of Leninism” \(O\. Figes\)\./,
    );
    await dialog.getByRole("button", { name: "Keep writing" }).click();

    await editor(page).press("End");
    await page.keyboard.type(" Yet skill mattered too: ");
    await insert("political skills secretariat", "Stalin had the political skills", "David Christian (1986)");
    await page.getByRole("button", { name: "Submit essay" }).click();
    await dialog.waitFor();
    expect(await dialog.getByRole("note").count()).toBe(0);
    // A nudge, never a block: it submits either way.
    await dialog.getByRole("button", { name: "Submit now" }).click();
    await expect
      .poll(() => db.essay.count({ where: { assignmentId: assignment.id, submittedAt: { not: null } } }))
      .toBe(1);
  });
});
