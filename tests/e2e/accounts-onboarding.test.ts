// Onboarding in a real Chromium: the administrator invites a teacher by a single-use link, the
// teacher signs up with it, and nobody signs up without one; a teacher resets a student's
// password, which ends the student's session, and the student must choose their own at sign-in.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { controlsWithoutNames } from "../helpers/accessibility";
import { baseUrl, open } from "../helpers/browser";
import { unique } from "../helpers/e2e-accounts";
import { e2eDatabase } from "../helpers/e2e-database";
import { sharedBrowser } from "../helpers/e2e-session";
import { makeClass, makeUser } from "../factories/accounts";

const session = sharedBrowser();

async function freshPage(): Promise<Page> {
  const context = await session.browser().newContext();
  session.adopt(context);
  return context.newPage();
}

describe("onboarding", () => {
  it("the administrator's invitation link makes one teacher account, once; without a link sign-up is closed", async () => {
    const administrator = await makeUser(e2eDatabase(), "TEACHER", "Head of History", { isAdministrator: true });
    const admin = await session.signedIn(administrator.email);
    await admin.goto(`${baseUrl()}/admin/teachers`);
    const email = `invited-${unique()}@example.com`;
    const form = admin.getByRole("form", { name: "Invite a teacher" });
    await form.getByLabel("Their email (optional)").fill(email);
    await form.getByRole("button", { name: "Make an invitation link" }).click();
    const link = (await admin.locator(".copy-text code").textContent())!;
    expect(link).toMatch(/\/sign-up\?invite=[A-Za-z0-9_-]{43}$/);
    await admin.getByRole("list", { name: "Invitation links not used yet" }).getByText(email).waitFor();
    expect(await controlsWithoutNames(admin)).toEqual([]);

    const newcomer = await freshPage();
    await newcomer.goto(link);
    await newcomer.getByText(/Head of History invited you to teach here as invited-/).waitFor();
    expect(await newcomer.getByLabel("Email").inputValue()).toBe(email);
    await newcomer.getByLabel("Your name").fill("Mr Newcomer");
    await newcomer.getByLabel("Password").fill("a-long-teacher-password");
    await newcomer.getByRole("button", { name: "Create account" }).click();
    await newcomer.waitForURL(/\/classes$/);
    expect(
      await e2eDatabase().user.findUniqueOrThrow({ where: { email }, select: { role: true, isAdministrator: true } }),
    ).toEqual({ role: "TEACHER", isAdministrator: false });

    // The same link again, in another browser: used.
    const second = await freshPage();
    await second.goto(link);
    await second
      .getByRole("alert")
      .getByText(
        "This invitation has already been used. Sign in instead, or ask your administrator for a new invitation.",
      )
      .waitFor();
    expect(await second.getByRole("button", { name: "Create account" }).count()).toBe(0);

    // No link: no form, and what to do instead.
    await second.goto(`${baseUrl()}/sign-up`);
    await second.getByText(/^Teacher accounts here are by invitation\./).waitFor();
    expect(await second.getByRole("button", { name: "Create account" }).count()).toBe(0);
  });

  it("a teacher resets a student's password: the student is signed out, signs in with the new one and must choose their own", async () => {
    const db = e2eDatabase();
    const [teacher, student] = await Promise.all([makeUser(db, "TEACHER"), makeUser(db, "STUDENT", "Robin Student")]);
    const klass = await makeClass(db, teacher, [student]);
    const studentPage = await session.signedIn(student.email);
    await open(studentPage, "/assignments");

    const teacherPage = await session.signedIn(teacher.email);
    await teacherPage.goto(`${baseUrl()}/classes/${klass.id}`);
    await teacherPage.getByRole("button", { name: "Reset Robin Student's password" }).click();
    await teacherPage
      .getByRole("group", { name: "Reset Robin Student's password?" })
      .getByRole("button", { name: "Reset" })
      .click();
    const shown = teacherPage.getByRole("status").filter({ hasText: "New first-time password for Robin Student" });
    const firstPassword = (await shown.locator("code").textContent())!;
    expect(firstPassword).toMatch(/^[a-z]+(-[a-z]+){3}-\d{2}$/);

    // The student's session has ended.
    await studentPage.reload();
    await studentPage.waitForURL(/\/sign-in/);

    await studentPage.getByLabel("Email").fill(student.email);
    await studentPage.getByLabel("Password").fill(firstPassword);
    await studentPage.getByRole("button", { name: "Sign in" }).click();
    await studentPage.waitForURL(/\/account\?first-time/);
    await studentPage.getByText(/Your teacher gave you a first-time password\. Choose your own/).waitFor();
    // Nothing else opens until they do.
    await open(studentPage, "/assignments");
    await studentPage.waitForURL(/\/account\?first-time/);

    await studentPage.getByLabel("Current password").fill(firstPassword);
    await studentPage.getByLabel("New password").fill("robins-own-password");
    await studentPage.getByRole("button", { name: "Change password" }).click();
    await studentPage.waitForURL(/\/assignments$/);
    await studentPage.getByRole("heading", { name: "My assignments" }).waitFor();
    expect(
      await db.user.findUniqueOrThrow({ where: { id: student.id }, select: { mustChangePassword: true } }),
    ).toEqual({ mustChangePassword: false });
  });

  it("a student downloads their data; the administrator finds them, downloads it too, and deletes the account after typing its email", async () => {
    const db = e2eDatabase();
    const [teacher, student] = await Promise.all([makeUser(db, "TEACHER"), makeUser(db, "STUDENT", "Dana Departing")]);
    await makeClass(db, teacher, [student], "13C");
    const studentPage = await session.signedIn(student.email);
    await studentPage.goto(`${baseUrl()}/account`);
    const [ownDownload] = await Promise.all([
      studentPage.waitForEvent("download"),
      studentPage.getByRole("link", { name: "Download as JSON" }).click(),
    ]);
    const own = JSON.parse(await streamText(await ownDownload.createReadStream()));
    expect(own.account).toMatchObject({ name: "Dana Departing", email: student.email });
    expect(own.classes).toEqual([expect.objectContaining({ name: "13C" })]);

    const administrator = await makeUser(db, "TEACHER", "Head of History", { isAdministrator: true });
    const admin = await session.signedIn(administrator.email);
    await admin.goto(`${baseUrl()}/admin/students`);
    await admin.getByLabel("Student’s email").fill(student.email);
    await admin.getByRole("button", { name: "Find" }).click();
    await admin.getByRole("heading", { name: "Dana Departing" }).waitFor();
    const [wordFile] = await Promise.all([
      admin.waitForEvent("download"),
      admin.getByRole("link", { name: "Their essays and feedback as Word" }).click(),
    ]);
    expect(wordFile.suggestedFilename()).toBe("Dana Departing - workbench data.docx");
    expect(await controlsWithoutNames(admin)).toEqual([]);

    const form = admin.getByRole("form", { name: "Delete Dana Departing's account" });
    await form.getByLabel("Type their email to confirm").fill("wrong@example.com");
    await form.getByRole("button", { name: "Delete the account and everything of theirs" }).click();
    await form
      .getByText(`Type the student's email, ${student.email}, to confirm. Nothing was deleted.`)
      .first()
      .waitFor();
    expect(await db.user.count({ where: { id: student.id } })).toBe(1);
    await form.getByLabel("Type their email to confirm").fill(student.email);
    await form.getByRole("button", { name: "Delete the account and everything of theirs" }).click();
    await admin
      .getByRole("status")
      .getByText(`Deleted ${student.email} and 0 essays, with everything else of theirs.`)
      .waitFor();
    expect(await db.user.count({ where: { id: student.id } })).toBe(0);
  });
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  let text = "";
  for await (const chunk of stream) text += chunk.toString();
  return text;
}
