// Accounts for browser tests, made through the real sign-up pages, each with a unique email so
// tests can run in any order against one server.
import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { baseUrl } from "./browser";

export const unique = () => randomUUID().slice(0, 8);

export async function signUpTeacher(page: Page, name = "Ms Teacher") {
  const email = `teacher-${unique()}@example.com`;
  await page.goto(`${baseUrl()}/sign-up`);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-long-teacher-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/classes$/);
  return email;
}

export async function createClass(page: Page, name: string) {
  await page.goto(`${baseUrl()}/classes`);
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
