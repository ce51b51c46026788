// Browser-test fixtures for the writing page: a teacher's class and assignment made straight in
// the e2e database (the class pages have their own browser tests), and its student signed in.
import type { EditorState } from "@tiptap/pm/state";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { makeAssignment, makeClass, makeUser } from "../factories/accounts";
import { signInWithCookie } from "./e2e-sign-in";
import { baseUrl } from "./browser";
import { e2eDatabase } from "./e2e-database";

export async function assignmentForNewStudent(options: { timeLimitMinutes: number | null }) {
  const db = e2eDatabase();
  const [teacher, student] = await Promise.all([makeUser(db, "TEACHER"), makeUser(db, "STUDENT", "Sam Student")]);
  const klass = await makeClass(db, teacher, [student]);
  const assignment = await makeAssignment(db, teacher, klass.id, { timeLimitMinutes: options.timeLimitMinutes });
  return { student, assignmentId: assignment.id };
}

// A signed-in student on the writing page of a fresh assignment, the essay begun. With `clock`,
// the page's clock is Playwright's: it runs as usual until the test moves it on (skipAhead).
export async function openNewEssay(
  browser: Browser,
  options: { timeLimitMinutes: number | null; clock?: boolean } = { timeLimitMinutes: null },
) {
  const { student, assignmentId } = await assignmentForNewStudent(options);
  const context = await browser.newContext();
  if (options.clock) await context.clock.install();
  await signInWithCookie(context, student.email);
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/assignments/${assignmentId}`);
  await page
    .getByRole("button", { name: options.timeLimitMinutes === null ? "Start writing" : "Start the timed essay now" })
    .click();
  await page.waitForURL(/\/write$/);
  await editor(page).waitFor();
  return { context, page, student, assignmentId, writeUrl: `${baseUrl()}/assignments/${assignmentId}/write` };
}

export const editor = (page: Page) => page.getByRole("textbox", { name: "Your essay" });

// The essay editor's own selection, as ProseMirror holds it (TipTap keeps the editor on its
// element): what a key press acts on, which can lag the caret a person sees by an event.
export function editorSelection(page: Page) {
  return editor(page).evaluate((element) => {
    const { state } = (element as HTMLElement & { editor: { state: EditorState } }).editor;
    const { from, to, empty, $head } = state.selection;
    return { from, to, empty, atEndOfParagraph: $head.parentOffset === $head.parent.content.size };
  });
}

// Time passes for timed essays without the test waiting for it: the server's deadlines (and
// starts) move back, and the page's clock (installed by openNewEssay's `clock`) moves on, by the
// same amount, so both sides agree on the time left, as after a laptop's lid is opened again.
export async function skipAhead(page: Page, essayIds: string[], ms: number) {
  await e2eDatabase().$executeRaw`
    UPDATE "Essay" SET "startedAt" = "startedAt" - make_interval(secs => ${ms / 1000}),
      "deadlineAt" = "deadlineAt" - make_interval(secs => ${ms / 1000})
    WHERE id = ANY(${essayIds})`;
  await page.clock.fastForward(ms);
}
export const saveStatus = (page: Page) => page.locator(".save-status");

// "Saved" is also what a fresh page shows, so wait for the server to have acknowledged a given
// version: each test's essay starts at 0, and every acknowledged save adds one.
// When it never comes, the error says what the page showed instead (the status, any dialog), so a
// failed run names its cause.
export async function waitUntilSaved(page: Page, atLeastVersion = 1) {
  try {
    await page.waitForFunction(
      (version) => {
        const status = document.querySelector(".save-status.status-saved");
        return status !== null && Number(status.getAttribute("data-version")) >= version;
      },
      atLeastVersion,
      { timeout: 15_000 },
    );
  } catch (error) {
    const shown = await page
      .evaluate(() => {
        const status = document.querySelector(".save-status");
        const dialogs = [...document.querySelectorAll("[role=dialog], [role=alertdialog], [role=alert]")]
          .map((element) => element.textContent?.trim())
          .filter(Boolean);
        return `status ${JSON.stringify(status?.textContent?.trim())} (${status?.className}, version ${status?.getAttribute("data-version")}); dialogs and alerts: ${JSON.stringify(dialogs)}`;
      })
      .catch(() => "the page could not be read");
    throw new Error(`Not saved at version ${atLeastVersion} or later within 15 s: ${shown}`, { cause: error });
  }
}

export async function closeAll(contexts: BrowserContext[]) {
  await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
}
