// A real Chromium for the browser tier, from the @sparticuz/chromium package (no download):
// CHROMIUM_PATH overrides it, e.g. Debian's /usr/bin/chromium.
import chromium from "@sparticuz/chromium";
import { toolEnv } from "@/lib/env";
import { chromium as playwright, type Browser, type Locator, type Page, type Response } from "playwright-core";

export async function launchBrowser(): Promise<Browser> {
  const executablePath = toolEnv().CHROMIUM_PATH ?? (await chromium.executablePath());
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
  const url = toolEnv().E2E_BASE_URL;
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

// Waits until the page has loaded and nothing on it says it is still loading: the app marks a
// region that is (a loading skeleton, the writing page's editor frame until the editor is in, the
// library's results while a search runs) with aria-busy, as a screen reader is told.
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.readyState === "complete" && !document.querySelector('[aria-busy="true"]'));
}

// Selects the given words inside an element with a mouse drag, as a person does: pressed just inside
// the first character's left edge, let go just inside the last one's right edge. Then waits until
// the page holds that selection: the browser's and, in an editor, ProseMirror's own (which follows
// the browser's on a later event).
export async function selectWords(root: Locator, words: string): Promise<void> {
  const page = root.page();
  const { from, to } = await root.evaluate((element, target) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(target) ?? -1;
      if (at === -1) continue;
      node.parentElement!.scrollIntoView({ block: "center" });
      const range = document.createRange();
      const box = (start: number) => {
        range.setStart(node, start);
        range.setEnd(node, start + 1);
        return range.getBoundingClientRect();
      };
      const first = box(at);
      const last = box(at + target.length - 1);
      return {
        from: { x: first.left + 1, y: first.top + first.height / 2 },
        to: { x: last.right - 1, y: last.top + last.height / 2 },
      };
    }
    throw new Error(`"${target}" is not in the text`);
  }, words);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
  await root.evaluate(async (element, target) => {
    type Editable = HTMLElement & {
      editor?: {
        state: { selection: { from: number; to: number }; doc: { textBetween: (from: number, to: number) => string } };
      };
    };
    const editable = (element.querySelector(".ProseMirror") ?? element.closest(".ProseMirror")) as Editable | null;
    const selected = () => {
      const state = editable?.editor?.state;
      if (state) return state.doc.textBetween(state.selection.from, state.selection.to);
      return window.getSelection()?.toString();
    };
    // Checked on each frame: the selection settles within a few.
    for (let frame = 0; frame < 300; frame++) {
      if (selected() === target) return;
      await new Promise(requestAnimationFrame);
    }
    throw new Error(`"${target}" was dragged over but the page selected "${selected()}"`);
  }, words);
}
