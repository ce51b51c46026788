// Signing in for browser tests. Most tests need a persona already signed in, not the sign-in page:
// they get a session cookie minted with the test server's secret, exactly as next-auth makes one
// on a successful sign-in (the same claims, encrypted the same way), so the server checks it as it
// checks any session, its account and session version included. The sign-in page itself, with
// its Argon2id check and its limits, is exercised by the tests of signing in (signInThroughPage).
import { encode } from "next-auth/jwt";
import type { BrowserContext, Page } from "playwright-core";
import { toolEnv } from "@/lib/env";
import { FACTORY_PASSWORD } from "../factories/accounts";
import { baseUrl } from "./browser";
import { e2eDatabase } from "./e2e-database";

export const SESSION_COOKIE = "workbench.session";

// The cookie a sign-in as this account would set, as a Cookie header's value.
export async function sessionCookieFor(email: string): Promise<string> {
  const secret = toolEnv().E2E_NEXTAUTH_SECRET;
  if (!secret)
    throw new Error("E2E_NEXTAUTH_SECRET is not set: run the browser tests with `npm test` or `npm run test:e2e`.");
  const account = await e2eDatabase().user.findUniqueOrThrow({
    where: { email },
    select: { id: true, name: true, email: true, role: true, sessionVersion: true },
  });
  const token = await encode({
    token: {
      sub: account.id,
      name: account.name,
      email: account.email,
      role: account.role,
      sessionVersion: account.sessionVersion,
    },
    secret,
  });
  return `${SESSION_COOKIE}=${token}`;
}

// Puts that cookie in a browser context: every page opened in it is signed in as the account.
export async function signInWithCookie(context: BrowserContext, email: string): Promise<void> {
  const [name, value] = (await sessionCookieFor(email)).split(/=(.*)/s) as [string, string];
  await context.addCookies([{ name, value, url: baseUrl(), httpOnly: true, sameSite: "Lax" }]);
}

// Through the real sign-in page, as a person does.
export async function signInThroughPage(page: Page, email: string, password = FACTORY_PASSWORD) {
  await page.goto(`${baseUrl()}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}
