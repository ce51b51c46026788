// Accounts for browser tests, made through the real sign-up pages, each with a unique email so
// tests can run in any order against one server.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { makeUser } from "../factories/accounts";
import { baseUrl, open } from "./browser";
import { e2eDatabase } from "./e2e-database";

export const unique = () => randomUUID().slice(0, 8);

// An invitation link for one new teacher, made by the installation's administrator (one is made
// if the browser tier's database has none yet), as the administration page would make it.
export async function teacherInvitationLink(email: string): Promise<string> {
  const db = e2eDatabase();
  const administrator =
    (await db.user.findFirst({ where: { isAdministrator: true }, select: { id: true } })) ??
    (await makeUser(db, "TEACHER", "The Administrator", { isAdministrator: true }));
  const token = randomBytes(32).toString("base64url");
  await db.teacherInvitation.create({
    data: {
      tokenHash: createHash("sha256").update(token).digest("hex"),
      email,
      createdById: administrator.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  return `${baseUrl()}/sign-up?invite=${token}`;
}

// A teacher joins by an invitation link, through the real sign-up page.
export async function signUpTeacher(page: Page, name = "Ms Teacher") {
  const email = `teacher-${unique()}@example.com`;
  await page.goto(await teacherInvitationLink(email));
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-long-teacher-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/classes$/);
  return email;
}

export async function createClass(page: Page, name: string) {
  await open(page, "/classes");
  await page.getByLabel("Class name").fill(name);
  await page.getByRole("button", { name: "Create class" }).click();
  await page.waitForURL(/\/classes\/[a-z0-9]+$/);
  return (await page.getByTestId("join-code").textContent())!.trim();
}

export async function joinAsStudent(page: Page, joinCode: string, name = "Sam Student") {
  await page.goto(`${baseUrl()}/join`);
  await page.getByLabel("Join code").fill(joinCode);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(`student-${unique()}@example.com`);
  await page.getByLabel("Password").fill("a-long-student-password");
  await page.getByRole("button", { name: "Create account and join" }).click();
  await page.waitForURL(/\/assignments$/);
}
