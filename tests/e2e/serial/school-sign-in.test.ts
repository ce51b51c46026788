// School sign-in through OpenID Connect, in a real Chromium against a local OpenID provider and a
// production server configured for it: a student a teacher made signs in with their school
// account; an invited teacher's school account creates their teacher account; an email nobody
// here has, or one the provider does not vouch for, opens nothing.
import { toolEnv } from "@/lib/env";
import type { ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "@/scripts/lib/ports";
import { startServer } from "@/scripts/lib/server";
import { verifyPassword } from "@/lib/auth/password";
import { FACTORY_PASSWORD, makeClass, makeUser } from "../../factories/accounts";
import { seriousAxeViolations } from "../../helpers/accessibility";
import { unique } from "../../helpers/e2e-accounts";
import { e2eDatabase } from "../../helpers/e2e-database";
import { sharedBrowser } from "../../helpers/e2e-session";
import { startOidcProvider, type LocalOidc } from "../../helpers/oidc-provider";

const session = sharedBrowser();
const accounts: Record<string, { name: string; emailVerified: boolean }> = {};
let oidc: LocalOidc;
let app: ChildProcess | undefined;
let appUrl = "";

beforeAll(async () => {
  const databaseUrl = toolEnv().E2E_DATABASE_URL;
  if (!databaseUrl)
    throw new Error("Run the browser tests with `npm test` or `npm run test:e2e`, which provide the database.");
  const port = await findFreePort();
  appUrl = `http://localhost:${port}`;
  oidc = await startOidcProvider(`${appUrl}/api/auth/callback/school`, accounts);
  app = await startServer(databaseUrl, port, randomBytes(32).toString("base64url"), {
    OIDC_ISSUER: oidc.issuer,
    OIDC_CLIENT_ID: oidc.clientId,
    OIDC_CLIENT_SECRET: oidc.clientSecret,
    OIDC_NAME: "Hillside School",
  });
});
afterAll(async () => {
  app?.kill("SIGTERM");
  await oidc?.stop();
});

async function signInWithSchool(email: string): Promise<Page> {
  const context = await session.browser().newContext();
  session.adopt(context);
  const page = await context.newPage();
  await page.goto(`${appUrl}/sign-in`);
  await page.getByRole("button", { name: "Sign in with Hillside School" }).click();
  // The provider's own pages: who are you, then consent.
  await page.waitForURL((url) => url.origin === oidc.issuer);
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill("anything");
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => url.origin !== oidc.issuer || /consent|interaction/.test(url.pathname));
  if (new URL(page.url()).origin === oidc.issuer) await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => url.origin === appUrl && !url.pathname.startsWith("/api/auth"));
  return page;
}

describe("school sign-in", () => {
  it("a student a teacher added signs in with their school account, and their first-time password stops working", async () => {
    const db = e2eDatabase();
    const teacher = await makeUser(db, "TEACHER");
    const student = await makeUser(db, "STUDENT", "Sasha School");
    await db.user.update({ where: { id: student.id }, data: { mustChangePassword: true } });
    await makeClass(db, teacher, [student]);
    accounts[student.email] = { name: "Sasha School", emailVerified: true };

    const page = await signInWithSchool(student.email);
    await page.waitForURL(`${appUrl}/assignments`);
    await page.getByRole("heading", { name: "My assignments" }).waitFor();
    expect(await page.locator(".site-header").textContent()).toContain("Sasha School");
    // The password a teacher handed out is no way in any more, and nothing asks to change it.
    const stored = await db.user.findUniqueOrThrow({
      where: { id: student.id },
      select: { mustChangePassword: true, passwordHash: true },
    });
    expect(stored.mustChangePassword).toBe(false);
    expect(await verifyPassword(stored.passwordHash, FACTORY_PASSWORD)).toBe(false);
  });

  it("H1: an account someone else made with a classmate's email is claimed by the classmate's school sign-in: the maker's password and session end, and the owner is told", async () => {
    const db = e2eDatabase();
    const teacher = await makeUser(db, "TEACHER");
    // The attacker joined by code with their classmate's school email and a password of their own.
    const taken = await makeUser(db, "STUDENT", "Casey Classmate");
    await makeClass(db, teacher, [taken]);
    const attacker = await session.browser().newContext();
    session.adopt(attacker);
    const attackerPage = await attacker.newPage();
    await attackerPage.goto(`${appUrl}/sign-in`);
    await attackerPage.getByLabel("Email").fill(taken.email);
    await attackerPage.getByLabel("Password").fill(FACTORY_PASSWORD);
    await attackerPage.getByRole("button", { name: "Sign in", exact: true }).click();
    await attackerPage.waitForURL(`${appUrl}/assignments`);

    // The classmate signs in with the school, which vouches for the email.
    accounts[taken.email] = { name: "Casey Classmate", emailVerified: true };
    const page = await signInWithSchool(taken.email);
    await page.waitForURL(`${appUrl}/assignments`);
    const notice = page.getByRole("status").filter({ hasText: "This account is now yours alone" });
    await notice.getByText(/its password stopped working and every other session of it was signed out/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The attacker's session is over, and their password no longer opens the account.
    await attackerPage.goto(`${appUrl}/assignments`);
    await attackerPage.waitForURL(/\/sign-in/);
    const stored = await db.user.findUniqueOrThrow({
      where: { id: taken.id },
      select: { passwordHash: true, emailVerifiedAt: true, emailVerifiedBy: true },
    });
    expect(await verifyPassword(stored.passwordHash, FACTORY_PASSWORD)).toBe(false);
    expect(stored.emailVerifiedBy).toBe("SCHOOL_SIGN_IN");
    expect(stored.emailVerifiedAt).toBeInstanceOf(Date);

    // Read and dismissed, the notice is gone; the next school sign-in opens the account as it is.
    await notice.getByRole("button", { name: "I have read this" }).click();
    await notice.waitFor({ state: "detached" });
    const again = await signInWithSchool(taken.email);
    await again.waitForURL(`${appUrl}/assignments`);
    await again.getByRole("heading", { name: "My assignments" }).waitFor();
    expect(await again.getByText("This account is now yours alone").count()).toBe(0);
    // The first school session is still signed in: a proven account's sessions are not ended again.
    await page.reload();
    await page.getByRole("heading", { name: "My assignments" }).waitFor();
  });

  it("an invited teacher's school account makes their teacher account, using the invitation", async () => {
    const db = e2eDatabase();
    const administrator =
      (await db.user.findFirst({ where: { isAdministrator: true } })) ??
      (await makeUser(db, "TEACHER", "The Administrator", { isAdministrator: true }));
    const email = `school-teacher-${unique()}@hillside.example.org`;
    const invitation = await db.teacherInvitation.create({
      data: {
        tokenHash: createHash("sha256").update(randomBytes(32)).digest("hex"),
        email,
        createdById: administrator.id,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    accounts[email] = { name: "Mr Hillside", emailVerified: true };

    const page = await signInWithSchool(email);
    await page.waitForURL(`${appUrl}/classes`);
    const created = await db.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, role: true, name: true, isAdministrator: true },
    });
    expect(created).toMatchObject({ role: "TEACHER", name: "Mr Hillside", isAdministrator: false });
    expect(
      await db.teacherInvitation.findUniqueOrThrow({ where: { id: invitation.id }, select: { usedById: true } }),
    ).toEqual({ usedById: created.id });
  });

  it("opens nothing for an email with no account here, or one the provider does not vouch for", async () => {
    const db = e2eDatabase();
    const stranger = `stranger-${unique()}@elsewhere.example.org`;
    accounts[stranger] = { name: "A Stranger", emailVerified: true };
    const page = await signInWithSchool(stranger);
    await page.waitForURL(/\/sign-in\?error=no-school-account/);
    await page
      .getByRole("alert")
      .getByText(/No account here uses that school email/)
      .waitFor();
    expect(await db.user.count({ where: { email: stranger } })).toBe(0);

    // The provider does not vouch for this email: it matches no account, even an existing one.
    const student = await makeUser(db, "STUDENT");
    accounts[student.email] = { name: "Unverified", emailVerified: false };
    const second = await signInWithSchool(student.email);
    await second.waitForURL(/\/sign-in\?error=no-school-account/);
  });
});
