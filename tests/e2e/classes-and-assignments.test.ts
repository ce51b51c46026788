// The walk-through in a real browser: a teacher signs up, creates a class, a student
// joins with its code, the teacher sets a 45-minute essay, and the student sees it under "To do".
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { controlsWithoutNames } from "../helpers/accessibility";
import { baseUrl, launchBrowser, open } from "../helpers/browser";
import { createClass, signUpTeacher, unique } from "../helpers/e2e-accounts";

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}

// The message is the field's own: rendered under it and tied to it with aria-describedby.
async function errorBeside(page: Page, field: string, message: string) {
  await page.locator(`#field-${field}-error`, { hasText: message }).waitFor();
  expect(await page.locator(`#field-${field}`).getAttribute("aria-describedby")).toContain(`field-${field}-error`);
}

describe("classes and assignments", () => {
  it("a teacher sets a 45-minute essay to a class a student joined with its code; the student sees it under To do", async () => {
    const teacher = await newPage();
    await signUpTeacher(teacher);
    await teacher.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My classes" }).waitFor();
    const joinCode = await createClass(teacher, "Year 13 History");
    expect(joinCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    // The code copies in one click, and shows large for the projector.
    await teacher.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await teacher.getByRole("button", { name: "Copy the join code" }).click();
    await teacher.getByRole("button", { name: "Copy the join code" }).getByText("Copied").waitFor();
    expect(await teacher.evaluate(() => navigator.clipboard.readText())).toBe(joinCode);
    const classUrl = teacher.url();
    await teacher.getByRole("link", { name: "Show it to the class" }).click();
    await teacher.getByRole("heading", { name: "Join Year 13 History" }).waitFor();
    expect(await teacher.getByTestId("shown-join-code").textContent()).toBe(joinCode);
    expect(await teacher.locator(".show-step").textContent()).toMatch(/^Go to localhost:\d+\/join and enter$/);
    await teacher.goto(classUrl);

    const student = await newPage();
    await student.goto(`${baseUrl()}/join`);
    await student.getByLabel("Join code").fill(joinCode.toLowerCase().replace("-", ""));
    await student.getByLabel("Your name").fill("Sam Student");
    await student.getByLabel("Email").fill(`student-${unique()}@example.com`);
    await student.getByLabel("Password").fill("a-long-student-password");
    await student.getByRole("button", { name: "Create account and join" }).click();
    await student.waitForURL(/\/assignments$/);
    const studentNav = student.getByRole("navigation", { name: "Main" });
    await studentNav.getByRole("link", { name: "My assignments" }).waitFor();
    expect(await studentNav.getByRole("link", { name: "My classes" }).count()).toBe(0);

    await teacher.reload();
    expect(await teacher.getByRole("cell", { name: "Sam Student", exact: true }).count()).toBe(1);
    await teacher.getByLabel("Prompt").selectOption({
      label: "To what extent can Stalin's rise to power be attributed to the weaknesses of his opponents?",
    });
    await teacher.getByLabel("Time limit in minutes").fill("45");
    await teacher.getByRole("button", { name: "Set essay" }).click();
    await teacher.getByText("Essay set.").waitFor();
    await teacher.getByRole("link", { name: /weaknesses of his opponents/ }).click();
    expect(await teacher.getByTestId("status-summary").textContent()).toContain("1 not started");

    await student.reload();
    const toDo = student.getByTestId("assignments-to-do");
    // The list streams in behind the loading skeleton, and React may reveal it after the load event.
    await toDo
      .getByRole("link", { name: /weaknesses of his opponents/ })
      .first()
      .waitFor();
    expect(await toDo.getByRole("link", { name: /weaknesses of his opponents/ }).count()).toBe(1);
    expect(await toDo.textContent()).toContain("45 minutes");
    expect(await toDo.textContent()).toContain("Year 13 History");

    expect(await controlsWithoutNames(student)).toEqual([]);
    await teacher.goBack();
    await teacher.getByRole("button", { name: "Set essay" }).waitFor();
    expect(await controlsWithoutNames(teacher)).toEqual([]);
  });

  it("keeps the session in an httpOnly, SameSite=Lax cookie", async () => {
    const teacher = await newPage();
    await signUpTeacher(teacher);
    const session = (await teacher.context().cookies()).find((cookie) => cookie.name.endsWith("workbench.session"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    expect(session!.expires * 1000 - Date.now()).toBeLessThanOrEqual(12 * 60 * 60_000 + 60_000);
  });

  it("puts a clear message beside each field that is wrong, and sets nothing", async () => {
    const teacher = await newPage();
    await signUpTeacher(teacher);
    await createClass(teacher, "Set 2");

    await teacher.getByLabel("Time limit in minutes").fill("10000");
    await teacher.getByRole("button", { name: "Set essay" }).click();
    await errorBeside(teacher, "timeLimitMinutes", "A time limit can be at most 600 minutes (10 hours)");
    expect(await teacher.getByLabel("Time limit in minutes").getAttribute("aria-invalid")).toBe("true");

    await teacher.getByLabel("Time limit in minutes").fill("0");
    await teacher.getByLabel("Due").fill("2020-01-01T09:00");
    await teacher.getByRole("button", { name: "Set essay" }).click();
    await errorBeside(teacher, "timeLimitMinutes", "A time limit must be at least 1 minute");
    await errorBeside(teacher, "dueAt", "The due time must be after the opening time");
    expect(await teacher.getByRole("list", { name: "Assignments" }).getByRole("listitem").count()).toBe(0);
  });

  it("tells a student a join code is wrong, beside the code, and creates no account", async () => {
    const student = await newPage();
    const email = `nobody-${unique()}@example.com`;
    await student.goto(`${baseUrl()}/join`);
    await student.getByLabel("Join code").fill("ZZZZ-9999");
    await student.getByLabel("Your name").fill("Nobody");
    await student.getByLabel("Email").fill(email);
    await student.getByLabel("Password").fill("a-long-student-password");
    await student.getByRole("button", { name: "Create account and join" }).click();
    await errorBeside(student, "joinCode", "That join code does not match any class. Check it with your teacher.");

    await student.goto(`${baseUrl()}/sign-in`);
    await student.getByLabel("Email").fill(email);
    await student.getByLabel("Password").fill("a-long-student-password");
    await student.getByRole("button", { name: "Sign in" }).click();
    await student.getByText("Email or password is incorrect.").waitFor();
  });

  it("sends a signed-out visitor to sign in", async () => {
    const page = await newPage();
    await open(page, "/classes");
    await page.waitForURL(/\/sign-in$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Sign in");
    expect(await controlsWithoutNames(page)).toEqual([]);
  });

  it("serves every page with a nonce-based Content-Security-Policy and no framing", async () => {
    const page = await newPage();
    const response = await page.goto(`${baseUrl()}/sign-in`);
    const policy = response?.headers()["content-security-policy"] ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(response?.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    // The page's own scripts carry the nonce, so it works under the policy: the form responds.
    await page.getByLabel("Email").fill("someone@example.com");
    await page.getByLabel("Password").fill("wrong-password-here");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("Email or password is incorrect.").waitFor();
  });
});
