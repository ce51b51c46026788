// Evidence coverage in a real Chromium: the teacher's suggestions for a prompt are what the
// student sees as expected, ticked off as the essay uses them; the teacher's assignment page
// counts who used each and lists what each student's essay misses.
import { describe, expect, it } from "vitest";
import { controlsWithoutNames } from "../helpers/accessibility";
import { baseUrl } from "../helpers/browser";
import { e2eDatabase } from "../helpers/e2e-database";
import { editor, waitUntilSaved } from "../helpers/e2e-essay";
import { sharedBrowser } from "../helpers/e2e-session";
import { makeAssignment, makeClass, makeUser } from "../factories/accounts";

const session = sharedBrowser();

describe("evidence coverage", () => {
  it("a student sees what their teacher expects tick off as they insert it, and the teacher sees who used what", async () => {
    const db = e2eDatabase();
    const teacher = await makeUser(db, "TEACHER", "Ms Cover");
    const [writer, idle] = await Promise.all([
      makeUser(db, "STUDENT", "Wren Writer"),
      makeUser(db, "STUDENT", "Ida Idle"),
    ]);
    const klass = await makeClass(db, teacher, [writer, idle], "13C");
    const assignment = await makeAssignment(db, teacher, klass.id, { timeLimitMinutes: null });
    const quotation = await db.quotation.findUniqueOrThrow({ where: { slug: "figes-control-of-party-apparatus" } });
    const evidence = await db.evidence.findFirstOrThrow({ where: { text: { contains: "500,000" }, archivedAt: null } });
    await db.promptSuggestion.createMany({
      data: [
        { promptId: assignment.promptId, teacherId: teacher.id, quotationId: quotation.id },
        { promptId: assignment.promptId, teacherId: teacher.id, evidenceId: evidence.id },
      ],
    });

    const page = await session.signedIn(writer.email);
    await page.goto(`${baseUrl()}/assignments/${assignment.id}`);
    await page.getByRole("button", { name: "Start writing" }).click();
    await page.waitForURL(/\/write$/);
    await editor(page).waitFor();
    const summary = page.locator(".expected-coverage summary");
    expect(await summary.textContent()).toBe("Your teacher expects: 0 of 2 used");
    const expected = page.getByRole("list", { name: "Expected evidence and quotations" });
    expect(await expected.getByRole("listitem").allTextContents()).toEqual([
      expect.stringMatching(/^“The key to Stalin’s growing power.*— not used yet$/),
      `${evidence.title} — not used yet`,
    ]);

    await editor(page).click();
    await page.keyboard.type("The apparatus mattered most. ");
    const search = page.getByRole("combobox", { name: "Search the library" });
    await search.fill("Figes apparatus");
    await page
      .locator('[role="listbox"][aria-busy="false"]')
      .getByRole("option")
      .first()
      .filter({ hasText: "The key to Stalin’s growing power" })
      .waitFor();
    await search.press("Enter");
    await editor(page).locator(".essay-quotation", { hasText: "O. Figes (2022)" }).waitFor();
    await expect.poll(() => summary.textContent(), { timeout: 5_000 }).toBe("Your teacher expects: 1 of 2 used");
    expect(await expected.getByRole("listitem").first().textContent()).toMatch(/— used$/);
    expect(await controlsWithoutNames(page)).toEqual([]);
    await waitUntilSaved(page);
    // After a reload the tick is there at once, from what the server stored.
    await page.reload();
    expect(await page.locator(".expected-coverage summary").textContent()).toBe("Your teacher expects: 1 of 2 used");

    const marker = await session.signedIn(teacher.email);
    await marker.goto(`${baseUrl()}/classes/${klass.id}/assignments/${assignment.id}`);
    const items = marker.getByRole("table", {
      name: /^Each expected item, and how many of the 1 essays started use it/,
    });
    expect(
      await items
        .getByRole("row")
        .filter({ hasText: "The key to Stalin’s growing power" })
        .getByRole("cell")
        .textContent(),
    ).toBe("1 of 1");
    expect(await items.getByRole("row").filter({ hasText: evidence.title }).getByRole("cell").textContent()).toBe(
      "0 of 1",
    );
    const missed = marker.getByRole("table", { name: "What each student's essay has not used yet" });
    expect(
      await missed
        .getByRole("row", { name: /Wren Writer/ })
        .getByRole("cell")
        .textContent(),
    ).toBe(evidence.title);
    expect(
      await missed
        .getByRole("row", { name: /Ida Idle/ })
        .getByRole("cell")
        .textContent(),
    ).toBe("Not started");
  });

  it("a student's released feedback lists what the teacher expected and the essay missed, and makes the missed evidence a deck", async () => {
    const db = e2eDatabase();
    const teacher = await makeUser(db, "TEACHER", "Ms Miss");
    const student = await makeUser(db, "STUDENT", "Mo Missed");
    const klass = await makeClass(db, teacher, [student], "13D");
    const assignment = await makeAssignment(db, teacher, klass.id, { timeLimitMinutes: null });
    const quotation = await db.quotation.findUniqueOrThrow({ where: { slug: "figes-control-of-party-apparatus" } });
    const evidence = await db.evidence.findFirstOrThrow({ where: { text: { contains: "500,000" }, archivedAt: null } });
    await db.promptSuggestion.createMany({
      data: [
        { promptId: assignment.promptId, teacherId: teacher.id, quotationId: quotation.id },
        { promptId: assignment.promptId, teacherId: teacher.id, evidenceId: evidence.id },
      ],
    });
    const text = "Stalin won because he was clever.";
    const document = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
    const essay = await db.essay.create({
      data: {
        assignmentId: assignment.id,
        studentId: student.id,
        document,
        plainText: text,
        wordCount: 6,
        quotationIds: [quotation.id],
        submittedAt: new Date(),
        markedAt: new Date(),
      },
    });
    await db.feedback.create({
      data: {
        essayId: essay.id,
        markerId: teacher.id,
        level: 2,
        mark: 8,
        wentWell: "A clear claim.",
        evenBetterIf: "Use the evidence.",
        document,
        releasedAt: new Date(),
      },
    });

    const page = await session.signedIn(student.email);
    await page.goto(`${baseUrl()}/assignments/${assignment.id}/feedback`);
    const section = page.getByRole("region", { name: "What your teacher expected" });
    expect(await section.getByRole("paragraph").first().textContent()).toBe(
      "Your essay used 1 of the 2 quotations and evidence your teacher expected. Not used:",
    );
    expect(
      await section.getByRole("list", { name: "Expected but not used" }).getByRole("listitem").allTextContents(),
    ).toEqual([evidence.title]);
    expect(await controlsWithoutNames(page)).toEqual([]);
    // This feedback has no comments on the text, and the margin says so rather than "yet".
    await expect(page.getByRole("complementary", { name: "Comments" }).textContent()).resolves.toBe(
      "Your teacher made no comments on the text of this essay.",
    );
    await section.getByRole("button", { name: "Revise this card as a flashcard" }).click();
    await page.waitForURL(/\/revision\/decks\/[a-z0-9]+$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      `Missed in: ${(await db.prompt.findUniqueOrThrow({ where: { id: assignment.promptId } })).text}`,
    );
    expect(await page.getByRole("cell", { name: evidence.title, exact: true }).count()).toBe(1);
    // Studied like any deck, on the same schedule as the rest.
    await page.getByRole("link", { name: "Flip cards" }).click();
    await page.getByRole("button", { name: "Show answer" }).click();
    await page.getByRole("button", { name: /^Good/ }).click();
    await expect
      .poll(() => db.cardSchedule.count({ where: { studentId: student.id, evidenceId: evidence.id } }))
      .toBe(1);
  });

  it("a student's released feedback sends the quotation the essay missed to the front of their quotation drill", async () => {
    const db = e2eDatabase();
    const teacher = await makeUser(db, "TEACHER", "Ms Quote");
    const student = await makeUser(db, "STUDENT", "Nia Noquote");
    const klass = await makeClass(db, teacher, [student], "13Q");
    const assignment = await makeAssignment(db, teacher, klass.id, { timeLimitMinutes: null });
    const quotation = await db.quotation.findUniqueOrThrow({ where: { slug: "figes-control-of-party-apparatus" } });
    await db.promptSuggestion.create({
      data: { promptId: assignment.promptId, teacherId: teacher.id, quotationId: quotation.id },
    });
    const text = "Stalin won because he was clever.";
    const document = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
    const essay = await db.essay.create({
      data: {
        assignmentId: assignment.id,
        studentId: student.id,
        document,
        plainText: text,
        wordCount: 6,
        submittedAt: new Date(),
        markedAt: new Date(),
      },
    });
    await db.feedback.create({
      data: { essayId: essay.id, markerId: teacher.id, level: 2, mark: 8, document, releasedAt: new Date() },
    });

    const page = await session.signedIn(student.email);
    await page.goto(`${baseUrl()}/assignments/${assignment.id}/feedback`);
    const section = page.getByRole("region", { name: "What your teacher expected" });
    // A quotation is not an evidence card: no deck is offered, the drill is.
    expect(await section.getByRole("button", { name: /as flashcards?$/ }).count()).toBe(0);
    await section.getByRole("button", { name: "Drill the missed quotation" }).click();
    await page.waitForURL(/\/revision\/quotations$/);
    expect(await page.getByTestId("drill-plan").textContent()).toMatch(/^1 due again · /);
    // The first question is on the quotation the essay missed.
    expect(await page.locator(".drill-quotation").textContent()).toContain(
      quotation.text.split(" ").slice(0, 2).join(" "),
    );
  });

  it("a student plans claims with the expected evidence and a counter-argument, and starts the essay's paragraphs from the plan", async () => {
    const db = e2eDatabase();
    const teacher = await makeUser(db, "TEACHER", "Ms Plan");
    const student = await makeUser(db, "STUDENT", "Pip Planner");
    const klass = await makeClass(db, teacher, [student], "13P");
    const assignment = await makeAssignment(db, teacher, klass.id, { timeLimitMinutes: null });
    const quotation = await db.quotation.findUniqueOrThrow({ where: { slug: "figes-control-of-party-apparatus" } });
    await db.promptSuggestion.create({
      data: { promptId: assignment.promptId, teacherId: teacher.id, quotationId: quotation.id },
    });

    const page = await session.signedIn(student.email);
    await page.goto(`${baseUrl()}/assignments/${assignment.id}`);
    await page.getByRole("button", { name: "Start writing" }).click();
    await page.waitForURL(/\/write$/);
    await editor(page).waitFor();
    await page.locator(".plan-panel > summary").click();
    await page.getByLabel("Judgement (your line of argument)").fill("The apparatus mattered most.");
    await page.getByRole("button", { name: "Add a claim" }).click();
    const claim = page.getByRole("listitem", { name: "Claim 1" });
    await claim.getByRole("textbox", { name: "Claim 1", exact: true }).fill("Appointments gave him the votes.");
    await claim.getByRole("combobox", { name: "Attach to claim 1" }).selectOption({ index: 1 });
    expect(await claim.getByRole("list", { name: "Evidence for claim 1" }).textContent()).toContain(
      "The key to Stalin’s growing power",
    );
    await claim.getByRole("textbox", { name: "Counter-argument to claim 1" }).fill("Rivals misjudged him.");
    expect(await controlsWithoutNames(page)).toEqual([]);

    await page.getByRole("button", { name: "Start paragraphs from plan" }).click();
    const paragraphs = editor(page).locator("p");
    await expect
      .poll(() => paragraphs.allTextContents())
      .toEqual([
        "The apparatus mattered most.",
        expect.stringMatching(
          /^Appointments gave him the votes\. “The key to Stalin’s growing power.*” — O\. Figes \(2022\)\s*$/,
        ),
        "Counter-argument: Rivals misjudged him.",
        "Judgement: The apparatus mattered most.",
      ]);
    // The quotation went in whole, and the essay now uses what the teacher expects.
    expect(await editor(page).locator(".essay-quotation").count()).toBe(1);
    await expect
      .poll(() => page.locator(".expected-coverage summary").textContent())
      .toBe("Your teacher expects: 1 of 1 used");
    await waitUntilSaved(page);
    // The plan is saved with the essay: after a reload it is all there.
    await page.reload();
    await editor(page).waitFor();
    expect(
      await page
        .getByRole("listitem", { name: "Claim 1" })
        .getByRole("textbox", { name: "Counter-argument to claim 1" })
        .inputValue(),
    ).toBe("Rivals misjudged him.");
  });
});
