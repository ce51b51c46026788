// A real Chromium for the browser tier, from the @sparticuz/chromium package (no download):
// CHROMIUM_PATH overrides it, e.g. Debian's /usr/bin/chromium.
import chromium from "@sparticuz/chromium";
import { chromium as playwright, type Browser, type Locator, type Page, type Response } from "playwright-core";

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? (await chromium.executablePath());
  return playwright.launch({
    executablePath,
    headless: true,
    // Not chromium.args: those are for AWS Lambda (--single-process shares cookies between
    // browser contexts, --disable-web-security turns off the same-origin policy).
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--use-gl=angle",
      "--use-angle=swiftshader",
    ],
  });
}

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error("E2E_BASE_URL is not set: run the browser tests with `npm test` or `npm run test:e2e`.");
  return url;
}

// Opens one of the app's pages and waits until it has streamed in. The index pages (library,
// assignments, classes, revision) first show a loading skeleton; a test that counts or reads what
// is on the page must wait for the page itself, or on a busy machine it reads the skeleton, and a
// count of nothing passes whether or not the page is right.
export async function open(page: Page, path: string): Promise<Response | null> {
  const response = await page.goto(`${baseUrl()}${path}`);
  await page.locator(".page-skeleton").waitFor({ state: "detached" });
  return response;
}

// Selects the given words inside an element as a mouse drag would (focus, selection, then the
// button let go), so the page reacts as it does to a person.
export async function selectWords(root: Locator, words: string): Promise<void> {
  // ProseMirror answers focus by putting its own selection back into the page about 20 ms later
  // unless it has already read a newer one: a selection made straight after focus() can be undone
  // on a busy machine. So focus, let that pass, select, and check the selection held.
  await root.evaluate(async (element, target) => {
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    (element as HTMLElement).focus();
    for (let attempt = 0; attempt < 10; attempt++) {
      await pause(50);
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let found = false;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(target) ?? -1;
        if (at === -1) continue;
        window.getSelection()!.setBaseAndExtent(node, at, node, at + target.length);
        element.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
        found = true;
        break;
      }
      if (!found) throw new Error(`"${target}" is not in the text`);
      await pause(50);
      if (window.getSelection()?.toString() === target) return;
    }
    throw new Error(`"${target}" could not be selected`);
  }, words);
}
