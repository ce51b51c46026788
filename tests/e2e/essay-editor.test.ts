// The writing page in a real Chromium against the production build: inserting from the sidebar,
// autosave through reloads, going offline, two tabs, and a timed essay that submits itself.
import { describe, expect, it } from "vitest";
import { controlsWithoutNames } from "../helpers/accessibility";
import { baseUrl } from "../helpers/browser";
import { e2eDatabase } from "../helpers/e2e-database";
import { editor, editorSelection, openNewEssay, skipAhead, waitUntilSaved } from "../helpers/e2e-essay";
import { sharedBrowser } from "../helpers/e2e-session";

const session = sharedBrowser();

async function open(options?: { timeLimitMinutes: number | null; clock?: boolean }) {
  const opened = await openNewEssay(session.browser(), options);
  session.adopt(opened.context);
  return opened;
}

// One essay open in two tabs: the first saves, then the second (based on the older version)
// types and is asked which version to keep.
async function conflictBetweenTabs(firstWords: string, secondWords: string) {
  const { page: first, context, writeUrl } = await open();
  const second = await context.newPage();
  await second.goto(writeUrl);
  await editor(second).waitFor();
  await editor(first).click();
  await first.keyboard.type(firstWords);
  await waitUntilSaved(first);
  await editor(second).click();
  await second.keyboard.type(secondWords);
  const dialog = second.getByRole("dialog", { name: "This essay changed somewhere else" });
  await dialog.waitFor({ timeout: 15_000 });
  return { first, second, dialog };
}

// "Saved part. " saved, then the rest typed offline in a tab that is closed: the essay opened
// again in a new tab, which offers the unsaved words back.
async function reopenedAfterClosingOffline(offlineWords: string) {
  const { page, context, writeUrl, assignmentId } = await open();
  await editor(page).click();
  await page.keyboard.type("Saved part. ");
  await waitUntilSaved(page);
  await context.setOffline(true);
  await page.keyboard.type(offlineWords);
  // The browser's own copy has the words before the tab is closed.
  await page.waitForFunction(
    (words) =>
      Object.keys(localStorage).some(
        (key) => key.startsWith("workbench:essay:") && localStorage.getItem(key)!.includes(words),
      ),
    offlineWords,
  );
  await page.close({ runBeforeUnload: false });
  await context.setOffline(false);

  const again = await context.newPage();
  await again.goto(writeUrl);
  const dialog = again.getByRole("dialog", { name: "Unsaved work found in this browser" });
  await dialog.waitFor();
  return { again, dialog, assignmentId };
}

describe("the essay editor", () => {
  it("inserts a Figes quotation by keyboard and an evidence card by click; after a reload both are there with their attribution", async () => {
    const { page } = await open();
    await editor(page).click();
    await page.keyboard.type("Stalin's power rested on the apparatus. ");

    const search = page.getByRole("combobox", { name: "Search the library" });
    await search.fill("Figes apparatus");
    await page
      .locator('[role="listbox"][aria-busy="false"]')
      .getByRole("option")
      .first()
      .filter({ hasText: "The key to Stalin’s growing power" })
      .waitFor();
    // The first result is active; arrow keys move, Enter inserts at the cursor.
    await search.press("ArrowDown");
    await search.press("ArrowUp");
    await search.press("Enter");
    await editor(page).locator(".essay-quotation", { hasText: "O. Figes (2022)" }).waitFor();

    await search.fill("Lenin Enrolment");
    const evidence = page.getByRole("option").filter({ hasText: "500,000" }).first();
    await evidence.waitFor();
    await evidence.click();
    await editor(page).locator(".essay-evidence", { hasText: "500,000" }).waitFor();
    await page.getByRole("option").filter({ hasText: "Used in this essay" }).first().waitFor();
    await waitUntilSaved(page);

    await page.reload();
    const quoted = editor(page).locator(".essay-quotation");
    await quoted.waitFor();
    expect(await quoted.textContent()).toBe(
      "“The key to Stalin’s growing power was his control of the Party apparatus…he could promote his supporters to the key regional Party posts, thus securing a majority” — O. Figes (2022)",
    );
    expect(await editor(page).locator(".essay-evidence").count()).toBe(1);
    expect(await editor(page).textContent()).toContain("Stalin's power rested on the apparatus.");
    expect(await page.locator(".word-count").textContent()).toMatch(/\d+ words/);
    expect(await controlsWithoutNames(page)).toEqual([]);
  });

  it("a quotation's words cannot be typed over: typing with it selected goes on after it; Backspace selects it with a cue, then removes it whole, and undo brings it back intact", async () => {
    // The page's clock is the test's: a pause between edits (which the undo history needs to keep
    // them apart) is skipped rather than waited.
    const { page } = await open({ timeLimitMinutes: null, clock: true });
    await editor(page).click();
    const search = page.getByRole("combobox", { name: "Search the library" });
    await search.fill("golden boy");
    await page
      .locator('[role="listbox"][aria-busy="false"]')
      .getByRole("option")
      .first()
      .filter({ hasText: "golden boy" })
      .waitFor();
    await search.press("Enter");
    const quoted = editor(page).locator(".essay-quotation");
    await quoted.waitFor();
    const original = await quoted.textContent();
    // Edits more than half a second apart are separate steps in the undo history.
    await page.clock.fastForward(700);
    await quoted.click();
    await page.keyboard.type(" so");
    expect(await quoted.textContent()).toBe(original);
    // (The insertion put a space after the quotation; the typing goes in straight after the quotation.)
    expect(await editor(page).textContent()).toBe(`${original} so `);
    await page.clock.fastForward(700);
    await quoted.click();
    // The click selects the whole quotation once ProseMirror has handled it.
    await expect.poll(() => quoted.getAttribute("class")).toContain("ProseMirror-selectednode");
    await page.keyboard.press("Backspace");
    expect(await quoted.count()).toBe(0);
    expect(await editor(page).textContent()).toBe(" so ");
    await page.keyboard.press("Control+z");
    await quoted.waitFor();
    expect(await quoted.textContent()).toBe(original);

    // With the caret just after it, Backspace first selects it (with a cue), then removes it.
    // Undo selected the quotation again; End moves the caret away, and ProseMirror reads that move
    // on a later selectionchange. An arrow key pressed before then would act on the selected
    // quotation (putting the caret before it), so wait until its outline has gone, as a person
    // sees the selection leave it before going on.
    await page.keyboard.press("End");
    await expect.poll(() => quoted.getAttribute("class")).not.toContain("ProseMirror-selectednode");
    const end = await editorSelection(page);
    expect(end).toMatchObject({ empty: true, atEndOfParagraph: true });
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    // The browser moves the caret and ProseMirror reads it on a later selectionchange: Backspace
    // goes once the editor's own selection is where a person sees the caret, just after the quotation.
    await expect.poll(() => editorSelection(page)).toMatchObject({ from: end.from - 4, empty: true });
    await page.keyboard.press("Backspace");
    await expect.poll(() => quoted.getAttribute("class")).toContain("ProseMirror-selectednode");
    expect(await quoted.evaluate((element) => getComputedStyle(element, "::after").content)).toContain(
      "Backspace or Delete removes this quotation",
    );
    await page.keyboard.press("Backspace");
    expect(await quoted.count()).toBe(0);
    await page.keyboard.press("Control+z");
    await quoted.waitFor();
    expect(await quoted.textContent()).toBe(original);
  });

  it("going offline while typing loses nothing: a banner says so, and the work saves on reconnection", async () => {
    const { page, context, writeUrl } = await open();
    await editor(page).click();
    await page.keyboard.type("Written online. ");
    await waitUntilSaved(page);

    await context.setOffline(true);
    await page.getByRole("alert").filter({ hasText: "You are offline" }).waitFor();
    await page.keyboard.type("Written while offline.");
    await page.locator(".save-status.status-offline").waitFor();

    await context.setOffline(false);
    await waitUntilSaved(page, 2);
    await page.goto(writeUrl);
    await editor(page).waitFor();
    expect(await editor(page).textContent()).toBe("Written online. Written while offline.");
  });

  it("work typed offline in a tab that is then closed is offered back when the essay is opened again", async () => {
    const { again, dialog } = await reopenedAfterClosingOffline("Only in this browser.");
    await dialog.getByRole("button", { name: "Restore my unsaved work" }).click();
    expect(await editor(again).textContent()).toBe("Saved part. Only in this browser.");
    await waitUntilSaved(again, 2);
    await again.reload();
    await editor(again).waitFor();
    expect(await editor(again).textContent()).toBe("Saved part. Only in this browser.");
  });

  it("restoring work that reached the server another way meanwhile (a closed tab's last save, delivered late) just saves: no conflict between identical copies", async () => {
    const { again, dialog, assignmentId } = await reopenedAfterClosingOffline("Sent late.");
    // The closed tab's final save arrives now, carrying exactly what this browser kept.
    const late = await again.evaluate(async () => {
      const key = Object.keys(localStorage).find((name) => name.startsWith("workbench:essay:"))!;
      const kept = JSON.parse(localStorage.getItem(key)!) as {
        baseVersion: number;
        document: unknown;
        plan: unknown;
        log?: unknown;
      };
      // Kept under workbench:essay:<account>:<essay>.
      const response = await fetch(`/api/essays/${key.split(":").at(-1)}`, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(kept),
      });
      return response.status;
    });
    expect(late).toBe(200);
    await dialog.getByRole("button", { name: "Restore my unsaved work" }).click();
    await waitUntilSaved(again, 2);
    expect(await again.getByRole("dialog").count()).toBe(0);
    expect(await editor(again).textContent()).toBe("Saved part. Sent late.");
    const essay = await e2eDatabase().essay.findFirstOrThrow({
      where: { assignmentId },
      select: { version: true, plainText: true },
    });
    expect(essay).toEqual({ version: 2, plainText: "Saved part. Sent late." });
  });

  it("two tabs on one essay: the stale tab gets a conflict prompt, and “Keep mine” keeps its words", async () => {
    const { first, second, dialog } = await conflictBetweenTabs("From the first tab.", "From the second tab.");
    await dialog.getByRole("button", { name: "Keep mine" }).click();
    await waitUntilSaved(second, 2);

    await first.reload();
    await editor(first).waitFor();
    expect(await editor(first).textContent()).toBe("From the second tab.");
  });

  it("two tabs on one essay: “Load the newer version” shows the other tab's words", async () => {
    const { second, dialog } = await conflictBetweenTabs("Newer words.", "Stale words.");
    await dialog.getByRole("button", { name: "Load the newer version" }).click();
    expect(await editor(second).textContent()).toBe("Newer words.");
  });

  it("a submitted untimed essay is read-only, and this browser keeps no copy of it", async () => {
    const { page, assignmentId } = await open();
    await editor(page).click();
    await page.keyboard.type("A finished argument.");
    const keptCopies = () =>
      page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("workbench:essay:")).length);
    await page.getByRole("button", { name: "Submit essay" }).click();
    await page.getByRole("dialog", { name: "Submit your essay?" }).getByRole("button", { name: "Submit now" }).click();
    await page.getByText(/^Submitted on .* It can no longer be changed\./).waitFor();
    expect(await page.getByRole("textbox", { name: "Your essay" }).count()).toBe(0);
    expect(await page.getByRole("article", { name: "Your essay" }).textContent()).toBe("A finished argument.");
    const essay = await e2eDatabase().essay.findFirstOrThrow({
      where: { assignmentId },
      select: { submittedAt: true, plainText: true },
    });
    expect(essay.submittedAt).not.toBeNull();
    expect(essay.plainText).toBe("A finished argument.");
    // Classroom computers are shared: once the server has it, the backup goes.
    expect(await keptCopies()).toBe(0);
  });

  it("a 2-minute timed essay warns at 1 minute, submits itself at the deadline and refuses further edits; one whose browser closed is submitted by the server", async () => {
    const [{ page, assignmentId, writeUrl }, closedTab] = await Promise.all([
      open({ timeLimitMinutes: 2, clock: true }),
      open({ timeLimitMinutes: 2 }),
    ]);
    await page.getByText(/^[12]:\d\d$/).waitFor();
    await editor(page).click();
    await page.keyboard.type("Written against the clock.");
    await waitUntilSaved(page);
    await editor(closedTab.page).click();
    await closedTab.page.keyboard.type("Then the lid was shut.");
    await waitUntilSaved(closedTab.page);
    await closedTab.context.close();
    const essayIds = (
      await e2eDatabase().essay.findMany({
        where: { assignmentId: { in: [assignmentId, closedTab.assignmentId] } },
        select: { id: true },
      })
    ).map((essay) => essay.id);

    // The two minutes pass without being waited for: the page's clock and the server's deadlines
    // move on together, a minute and then the rest.
    await skipAhead(page, essayIds, 65_000);
    await page.getByRole("alert").filter({ hasText: "1 minute left." }).waitFor();
    await skipAhead(page, essayIds, 60_000);
    // Without a reload, the page becomes the read-only essay and says why.
    await page.getByText(/^Time is up: your essay was submitted at the deadline/).waitFor({ timeout: 30_000 });
    await page.getByRole("article", { name: "Your essay" }).waitFor();
    await page.goto(writeUrl);
    await page.getByText(/^Time is up: your essay was submitted/).waitFor();
    expect(await page.getByRole("textbox", { name: "Your essay" }).count()).toBe(0);
    expect(await page.getByRole("article", { name: "Your essay" }).textContent()).toBe("Written against the clock.");

    // A save sent by hand after the deadline is refused with a message, and nothing changes.
    const essay = await e2eDatabase().essay.findFirstOrThrow({
      where: { assignmentId },
      select: { id: true, version: true, submittedAt: true, deadlineAt: true },
    });
    expect(essay.submittedAt!.getTime()).toBeLessThanOrEqual(essay.deadlineAt!.getTime() + 20_000);
    const late = await page.request.put(`${baseUrl()}/api/essays/${essay.id}`, {
      data: {
        baseVersion: essay.version,
        document: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Too late." }] }] },
      },
    });
    expect(late.status()).toBe(409);
    expect((await late.json()).error).toMatch(/submitted/);
    const after = await e2eDatabase().essay.findUniqueOrThrow({
      where: { id: essay.id },
      select: { version: true, plainText: true },
    });
    expect(after).toEqual({ version: essay.version, plainText: "Written against the clock." });

    // The other student's browser was closed: the server's sweep (every 10 s) submitted their
    // essay at its deadline.
    const other = () =>
      e2eDatabase().essay.findFirstOrThrow({
        where: { assignmentId: closedTab.assignmentId },
        select: { submittedAt: true, autoSubmitted: true, plainText: true, deadlineAt: true },
      });
    await expect.poll(async () => (await other()).submittedAt, { timeout: 30_000 }).not.toBeNull();
    const submitted = await other();
    expect(submitted).toMatchObject({
      autoSubmitted: true,
      plainText: "Then the lid was shut.",
      submittedAt: submitted.deadlineAt,
    });
  });
});
