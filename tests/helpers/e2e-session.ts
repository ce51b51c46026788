// One Chromium per browser-test file, and every context it opens closed at the end; signedIn()
// gives a page in a context signed in as the account (see e2e-sign-in.ts), on no page yet.
import type { Browser, BrowserContext, BrowserContextOptions } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser";
import { closeAll } from "./e2e-essay";
import { signInWithCookie } from "./e2e-sign-in";

export function sharedBrowser() {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await closeAll(contexts);
    await browser?.close();
  });

  function started(): Browser {
    if (!browser) throw new Error("The browser is started in beforeAll: use it inside a test.");
    return browser;
  }

  return {
    browser: started,
    // A context opened elsewhere (e.g. by openNewEssay), closed with the rest.
    adopt(context: BrowserContext) {
      contexts.push(context);
    },
    async signedIn(email: string, viewport: BrowserContextOptions["viewport"] = { width: 1440, height: 900 }) {
      const context = await started().newContext({ viewport });
      contexts.push(context);
      await signInWithCookie(context, email);
      return context.newPage();
    },
  };
}
