// Benchmark: how soon the main pages paint, and what the writing page costs in JavaScript.
// Production build (scripts/serve.ts) on its own embedded PostgreSQL, real content, a real
// Chromium at 1366×900 on localhost. For each page: one cold load (new browser context, nothing
// cached; shown apart), then LOADS loads in a warm context (a student or teacher coming back to
// the page), each measuring Largest Contentful Paint from navigation start, p50/p75/worst.
// The writing page's JavaScript is every script it loads, gzipped here (level 6) and summed.
//   npx tsx bench/page-load.ts [--loads 12] [--words 800]
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import type { BrowserContext } from "playwright-core";
import { quotationAttribution } from "@/lib/editor/attribution";
import { checkEssayDocument } from "@/lib/editor/document";
import type { Prisma } from "@/generated/prisma/client";
import { launchBrowser } from "@/tests/helpers/browser";
import { essayDocument, machine, percentile, startBenchApp } from "./lib/app-server";

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const LOADS = argument("loads", 12);
const WORDS = argument("words", 800);
const TARGET_LCP_MS = 200;
// --no-scripts: the same loads with the app's scripts refused (its stylesheet still loads), to see what HTML and CSS alone cost.
const NO_SCRIPTS = process.argv.includes("--no-scripts");
const TARGET_JS_KB = 250;

async function main() {
  const app = await startBenchApp();
  const browser = await launchBrowser();
  try {
    const { db } = app;
    const [quotation, evidence, scheme, prompt, cards] = await Promise.all([
      db.quotation.findUniqueOrThrow({ where: { slug: "figes-control-of-party-apparatus" } }),
      db.evidence.findFirstOrThrow({ where: { archivedAt: null } }),
      db.markScheme.findUniqueOrThrow({ where: { slug: "essay-25-ao1" } }),
      db.prompt.findFirstOrThrow({ where: { kind: "ESSAY", archivedAt: null } }),
      db.evidence.findMany({ where: { archivedAt: null }, take: 40, select: { id: true } }),
    ]);
    const checked = checkEssayDocument(
      essayDocument(WORDS, {
        quotation: { id: quotation.id, text: quotation.text, attribution: quotationAttribution(quotation) },
        evidence,
      }),
    );
    if (!checked.ok) throw new Error(checked.error);
    const { json, plainText, wordCount } = checked.document;
    const document = json as Prisma.InputJsonObject;
    const teacher = await db.user.create({
      data: { name: "Bench Teacher", email: `teacher-${randomUUID()}@example.com`, passwordHash: "x", role: "TEACHER" },
    });
    const student = await db.user.create({
      data: { name: "Bench Student", email: `student-${randomUUID()}@example.com`, passwordHash: "x", role: "STUDENT" },
    });
    const klass = await db.class.create({
      data: {
        name: "Bench class",
        teacherId: teacher.id,
        joinCode: randomUUID().slice(0, 8),
        enrolments: { create: { studentId: student.id } },
      },
    });
    const set = (dueAt: number) =>
      db.assignment.create({
        data: {
          classId: klass.id,
          promptId: prompt.id,
          markSchemeId: scheme.id,
          createdById: teacher.id,
          opensAt: new Date(Date.now() - 7 * 86_400_000),
          dueAt: new Date(dueAt),
        },
      });
    const [writing, homework] = await Promise.all([set(Date.now() + 86_400_000), set(Date.now() + 3_600_000)]);
    await db.essay.create({
      data: {
        assignmentId: writing.id,
        studentId: student.id,
        document,
        plainText,
        wordCount,
        version: 1,
        savedAt: new Date(),
      },
    });
    const marked = await db.essay.create({
      data: {
        assignmentId: homework.id,
        studentId: student.id,
        document,
        plainText,
        wordCount,
        version: 1,
        submittedAt: new Date(),
        markedAt: new Date(),
      },
    });
    await db.feedback.create({
      data: {
        essayId: marked.id,
        markerId: teacher.id,
        level: 3,
        mark: 13,
        wentWell: "A clear argument.",
        evenBetterIf: "Weigh the factors.",
        document,
        releasedAt: new Date(),
      },
    });
    const deck = await db.deck.create({
      data: {
        title: "Bench deck",
        source: "Bench",
        ownerId: student.id,
        cards: { create: cards.map((card, position) => ({ evidenceId: card.id, position })) },
      },
    });

    const pages = [
      { name: "library", path: "/library", userId: student.id, role: "STUDENT" as const },
      {
        name: `writing (essay in progress, ${wordCount} words)`,
        path: `/assignments/${writing.id}/write`,
        userId: student.id,
        role: "STUDENT" as const,
      },
      { name: "marking", path: `/marking/${marked.id}`, userId: teacher.id, role: "TEACHER" as const },
      { name: "feedback", path: `/assignments/${homework.id}/feedback`, userId: student.id, role: "STUDENT" as const },
      {
        name: `deck (${cards.length} cards)`,
        path: `/revision/decks/${deck.id}`,
        userId: student.id,
        role: "STUDENT" as const,
      },
    ];

    const contextFor = async (userId: string, role: "STUDENT" | "TEACHER") => {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      const [name, value] = (await app.sessionCookie(userId, role)).split("=") as [string, string];
      await context.addCookies([{ name, value, url: app.baseUrl }]);
      if (NO_SCRIPTS) await context.route(/\/_next\/static\/chunks\/.*\.js$/, (route) => route.abort());
      return context;
    };
    // LCP as the page reports it once loaded (its last candidate), and what the element was.
    const lcpOf = async (context: BrowserContext, path: string) => {
      const page = await context.newPage();
      const response = await page.goto(`${app.baseUrl}${path}`, { waitUntil: "load" });
      if (response?.status() !== 200) throw new Error(`${path} answered ${response?.status()}`);
      const result = await page.evaluate(
        () =>
          new Promise<{ ms: number; element: string }>((resolve) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries() as (PerformanceEntry & { element?: Element })[];
              const last = entries[entries.length - 1]!;
              const element = last.element;
              resolve({
                ms: last.startTime,
                element: element
                  ? `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(" ")[0]}` : ""}`
                  : "?",
              });
            }).observe({ type: "largest-contentful-paint", buffered: true });
          }),
      );
      const navigation = await page.evaluate(() => {
        const entry = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        return {
          ttfb: entry.responseStart,
          fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
          html: entry.responseEnd,
        };
      });
      // Scripts the page had loaded by its load event, and (writing page) once the editor is ready.
      const loadScripts = () =>
        page.evaluate(() =>
          performance
            .getEntriesByType("resource")
            .filter(
              (entry) => (entry as PerformanceResourceTiming).initiatorType === "script" || entry.name.endsWith(".js"),
            )
            .map((entry) => entry.name),
        );
      const scripts = await loadScripts();
      if (path.endsWith("/write") && !NO_SCRIPTS) await page.locator(".essay-editor[contenteditable=true]").waitFor();
      const allScripts = await loadScripts();
      await page.close();
      return { ...result, ...navigation, scripts, allScripts };
    };

    console.info(
      `Page load (LCP from navigation start), production build on localhost, Chromium 1366×900; ${LOADS} warm loads a page after one cold one.`,
    );
    console.info(`Machine: ${machine()}`);
    const failures: string[] = [];
    let writingScripts: string[] = [];
    let writingAllScripts: string[] = [];
    for (const page of pages) {
      const cold = await lcpOf(await contextFor(page.userId, page.role), page.path);
      const warm = await contextFor(page.userId, page.role);
      await lcpOf(warm, page.path);
      const times: number[] = [];
      const ttfbs: number[] = [];
      const htmlDone: number[] = [];
      const fcps: number[] = [];
      let element = "";
      for (let load = 0; load < LOADS; load++) {
        const measured = await lcpOf(warm, page.path);
        times.push(measured.ms);
        ttfbs.push(measured.ttfb);
        htmlDone.push(measured.html);
        fcps.push(measured.fcp);
        element = measured.element;
        if (page.path.endsWith("/write")) [writingScripts, writingAllScripts] = [measured.scripts, measured.allScripts];
      }
      await warm.close();
      times.sort((a, b) => a - b);
      ttfbs.sort((a, b) => a - b);
      htmlDone.sort((a, b) => a - b);
      fcps.sort((a, b) => a - b);
      const p75 = percentile(times, 0.75);
      console.info(
        `  ${page.name.padEnd(44)} LCP p50 ${percentile(times, 0.5).toFixed(0)} ms, p75 ${p75.toFixed(0)} ms, worst ${times.at(-1)!.toFixed(0)} ms (cold ${cold.ms.toFixed(0)} ms); LCP element ${element}; first paint p75 ${percentile(fcps, 0.75).toFixed(0)} ms; server: first byte p75 ${percentile(ttfbs, 0.75).toFixed(0)} ms, whole page p75 ${percentile(htmlDone, 0.75).toFixed(0)} ms`,
      );
      if (p75 > TARGET_LCP_MS) failures.push(`${page.name}: LCP p75 ${p75.toFixed(0)} ms > ${TARGET_LCP_MS} ms`);
    }

    const gzipped = async (url: string) =>
      gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 6 }).length / 1024;
    const sizes = new Map(
      await Promise.all([...new Set(writingAllScripts)].map(async (url) => [url, await gzipped(url)] as const)),
    );
    const sum = (urls: string[]) => urls.reduce((total, url) => total + (sizes.get(url) ?? 0), 0);
    const totalKb = sum(writingScripts);
    const editorKb = sum(writingAllScripts.filter((url) => !writingScripts.includes(url)));
    const largest = [...sizes]
      .map(([url, kb]) => ({ name: new URL(url).pathname.split("/").pop(), kb }))
      .sort((a, b) => b.kb - a.kb)
      .slice(0, 6);
    console.info(`  largest: ${largest.map((script) => `${script.name} ${script.kb.toFixed(0)} KB`).join(", ")}`);
    console.info(
      `  writing page JavaScript: ${writingScripts.length} scripts, ${totalKb.toFixed(0)} KB gzipped by its load event (target ≤ ${TARGET_JS_KB} KB); then the editor, loaded after the first paint, ${editorKb.toFixed(0)} KB more (${(totalKb + editorKb).toFixed(0)} KB in all)`,
    );
    if (totalKb > TARGET_JS_KB) failures.push(`writing page JS ${totalKb.toFixed(0)} KB > ${TARGET_JS_KB} KB`);
    // The floor on this machine: a static page of one heading and one paragraph, no server work.
    const floor = await staticPageLcp(browser, LOADS);
    console.info(
      `  for comparison, a static page (one heading, one paragraph, no scripts) here: LCP p50 ${percentile(floor, 0.5).toFixed(0)} ms, p75 ${percentile(floor, 0.75).toFixed(0)} ms`,
    );
    console.info(failures.length ? `Over target: ${failures.join("; ")}` : "All within target.");
  } finally {
    await browser.close();
    await app.stop();
  }
}

async function staticPageLcp(browser: Awaited<ReturnType<typeof launchBrowser>>, loads: number): Promise<number[]> {
  const html = `<!doctype html><html lang="en"><head><title>Floor</title></head><body><h1>A heading</h1><p>${"Some words of text. ".repeat(60)}</p></body></html>`;
  const server = createServer((_request, response) =>
    response.writeHead(200, { "content-type": "text/html" }).end(html),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  try {
    const times: number[] = [];
    for (let load = 0; load <= loads; load++) {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { waitUntil: "load" });
      const ms = await page.evaluate(
        () =>
          new Promise<number>((resolve) =>
            new PerformanceObserver((list) => resolve(list.getEntries().at(-1)!.startTime)).observe({
              type: "largest-contentful-paint",
              buffered: true,
            }),
          ),
      );
      if (load > 0) times.push(ms);
      await page.close();
    }
    return times.sort((a, b) => a - b);
  } finally {
    await context.close();
    server.close();
  }
}

await main();
