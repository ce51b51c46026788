// Benchmark: the writing replay of a timed essay. A 45-minute, 1,000-word essay is typed at a
// human rhythm (a key every 150–350 ms, a few seconds between sentences, a minute or two of
// thought between paragraphs, a typo put right now and then, two quotations from the library)
// with the editor's own recorder, and saved through the real autosave (production server, real
// PostgreSQL) every 2 s of quiet or 10 s of typing, as the page saves. Then:
// - the log as stored: bytes of steps kept for the essay, and batches;
// - the replay page in a real Chromium, for the teacher: from navigation to the replay being
//   interactive (hydrated, the essay and its figures drawn, its controls live), median and worst
//   of 5 loads after a first, cold one (shown apart), and how long a scrub takes to redraw.
//   npx tsx bench/writing-replay.ts [--words 1000] [--minutes 45] [--seed 7]
import { randomUUID } from "node:crypto";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Transform } from "@tiptap/pm/transform";
import { quotationAttribution } from "@/lib/editor/attribution";
import { essaySchema } from "@/lib/editor/document";
import { WritingLogRecorder, type LogOrigin, type MergeableStep } from "@/lib/essays/writing-log";
import { documentFrom } from "@/lib/essays/writing-replay";
import { launchBrowser } from "@/tests/helpers/browser";
import { machine, startBenchApp } from "./lib/app-server";

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const WORDS = argument("words", 1_000);
const MINUTES = argument("minutes", 45);
const SEED = argument("seed", 7);
const LOADS = 5;

// A small seeded generator (mulberry32), so every run types the same essay.
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const next = random(SEED);
const between = (low: number, high: number) => Math.round(low + next() * (high - low));

const VOCABULARY =
  "Stalin used his position as General Secretary to appoint loyal supporters to the regional Party posts while his rivals underestimated him and split over the pace of industrialisation and the future of the NEP so that by the Fifteenth Party Congress the Left Opposition had been expelled".split(
    " ",
  );

type Action =
  | { kind: "key"; text: string }
  | { kind: "backspace" }
  | { kind: "enter" }
  | { kind: "quotation" }
  | { kind: "pause"; ms: number };

// What the student does, in order: words in sentences, sentences in paragraphs, with pauses.
function plan(words: number): Action[] {
  const actions: Action[] = [];
  let written = 0;
  let index = 0;
  let quotations = 0;
  while (written < words) {
    const sentence = Math.round(between(12, 24));
    for (let word = 0; word < sentence && written < words; word++, written++) {
      const text = VOCABULARY[index++ % VOCABULARY.length]!;
      if (next() < 0.05) {
        // A typo, seen and put right.
        actions.push(
          { kind: "key", text: "x" },
          { kind: "key", text: "q" },
          { kind: "pause", ms: between(300, 900) },
          { kind: "backspace" },
          { kind: "backspace" },
        );
      }
      for (const character of `${text}${word === sentence - 1 ? "." : ""} `)
        actions.push({ kind: "key", text: character });
    }
    actions.push({ kind: "pause", ms: between(2_000, 8_000) });
    if (next() < 0.2) {
      if (quotations < 2 && written > words / 4) {
        actions.push({ kind: "quotation" });
        quotations++;
      }
      actions.push({ kind: "enter" }, { kind: "pause", ms: between(45_000, 120_000) });
    }
  }
  return actions;
}

async function main() {
  const app = await startBenchApp();
  const browser = await launchBrowser();
  try {
    const { db } = app;
    const quotation = await db.quotation.findUniqueOrThrow({ where: { slug: "figes-control-of-party-apparatus" } });
    const scheme = await db.markScheme.findFirstOrThrow();
    const prompt = await db.prompt.findFirstOrThrow({ where: { kind: { not: "REVISION" } } });
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
    const assignment = await db.assignment.create({
      data: {
        classId: klass.id,
        promptId: prompt.id,
        markSchemeId: scheme.id,
        createdById: teacher.id,
        timeLimitMinutes: null,
        opensAt: new Date(Date.now() - 2 * 60 * 60_000),
        dueAt: new Date(Date.now() + 86_400_000),
      },
    });
    const empty = { type: "doc", content: [{ type: "paragraph" }] };
    const essay = await db.essay.create({
      data: { assignmentId: assignment.id, studentId: student.id, document: empty, initialDocument: empty },
    });

    // The session, timed to end just now: keys at a human rhythm, pauses scaled to fill the time.
    const actions = plan(WORDS);
    const keyTimes = actions.map((action) => (action.kind === "pause" ? 0 : between(150, 350)));
    const typing = keyTimes.reduce((sum, ms) => sum + ms, 0);
    const pausing = actions.reduce((sum, action) => sum + (action.kind === "pause" ? action.ms : 0), 0);
    const scale = Math.max(0, MINUTES * 60_000 - typing) / pausing;
    let clock = Math.round(Date.now() - MINUTES * 60_000 - 60_000);
    const recorder = new WritingLogRecorder(essay.id, empty, () => clock);
    const studentCookie = await app.sessionCookie(student.id);
    let doc: ProseMirrorNode = documentFrom(empty);
    let version = 0;
    let saves = 0;
    let lastKey = clock;
    let lastSave = clock;
    let dirty = false;

    const apply = (transform: Transform, origin: LogOrigin) => {
      recorder.record(transform.steps as unknown as MergeableStep[], origin, clock);
      doc = transform.doc;
      dirty = true;
      lastKey = clock;
    };
    const save = async () => {
      const response = await fetch(`${app.baseUrl}/api/essays/${essay.id}`, {
        method: "PUT",
        headers: { "content-type": "application/json", cookie: studentCookie },
        body: JSON.stringify({ baseVersion: version, document: doc.toJSON(), plan: null, log: recorder.take() }),
      });
      const answer = (await response.json()) as { version: number; log: string; logError?: string };
      if (response.status !== 200 || answer.log !== "kept")
        throw new Error(`Save ${saves + 1} answered ${response.status}: ${JSON.stringify(answer)}`);
      recorder.acknowledge(true, doc.toJSON());
      version = answer.version;
      saves++;
      dirty = false;
      lastSave = clock;
    };
    // The page's autosave: 2 s after the last key, or 10 s into a run of typing.
    const maybeSave = async (until: number) => {
      if (dirty && (until - lastKey >= 2_000 || until - lastSave >= 10_000)) {
        clock = Math.min(until, Math.max(lastKey + 2_000, lastSave + 10_000));
        await save();
      }
    };

    for (const [index, action] of actions.entries()) {
      const wait = Math.round(action.kind === "pause" ? action.ms * scale : keyTimes[index]!);
      const at = clock + wait;
      await maybeSave(at);
      clock = at;
      const end = doc.content.size - 1;
      if (action.kind === "key") apply(new Transform(doc).insert(end, essaySchema.text(action.text)), "typed");
      if (action.kind === "backspace") apply(new Transform(doc).delete(end - 1, end), "typed");
      if (action.kind === "enter") apply(new Transform(doc).split(end), "typed");
      if (action.kind === "quotation") {
        apply(
          new Transform(doc).insert(end, [
            essaySchema.nodes.quotation!.create({
              quotationId: quotation.id,
              text: quotation.text,
              attribution: quotationAttribution(quotation),
            }),
            essaySchema.text(" "),
          ]),
          "inserted",
        );
      }
    }
    clock += 2_000;
    if (dirty) await save();

    const stored = await db.essayLogBatch.aggregate({
      where: { essayId: essay.id },
      _sum: { bytes: true },
      _count: true,
    });
    const onDisk = await db.$queryRaw<
      { bytes: bigint }[]
    >`SELECT COALESCE(SUM(pg_column_size(steps)), 0)::bigint AS bytes FROM "EssayLogBatch" WHERE "essayId" = ${essay.id}`;
    const saved = await db.essay.findUniqueOrThrow({
      where: { id: essay.id },
      select: { wordCount: true, activeMs: true },
    });

    // The replay page, for the teacher: navigation to interactive.
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const [name, value] = (await app.sessionCookie(teacher.id, "TEACHER")).split("=");
    await context.addCookies([{ name: name!, value: value!, url: app.baseUrl }]);
    const page = await context.newPage();
    const timings: number[] = [];
    const phases: { response: number; loaded: number; scrub: number }[] = [];
    let figures = "";
    let cold = NaN;
    for (let load = 0; load <= LOADS; load++) {
      await page.goto(`${app.baseUrl}/essays/${essay.id}/replay`, { waitUntil: "commit" });
      await page.locator(".replay[data-ready]").waitFor();
      await page.waitForFunction(() => performance.getEntriesByName("replay-interactive").length > 0);
      const measured = await page.evaluate(async () => {
        const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        // A scrub to the middle of the session, by the slider's own input event, until the frame
        // with the essay as it was then.
        const slider = document.querySelector<HTMLInputElement>(".replay-scrubber")!;
        const before = document.querySelector(".replay-view")!.textContent;
        const started = performance.now();
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(
          slider,
          String(Math.round(Number(slider.max) / 2)),
        );
        slider.dispatchEvent(new Event("input", { bubbles: true }));
        while (document.querySelector(".replay-view")!.textContent === before)
          await new Promise((resolve) => requestAnimationFrame(resolve));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return {
          interactive: performance.getEntriesByName("replay-interactive")[0]!.startTime,
          response: navigation.responseEnd,
          loaded: navigation.domContentLoadedEventEnd,
          scrub: performance.now() - started,
        };
      });
      // The first load is cold (the server's first render of the page, nothing cached): shown apart.
      if (load === 0) cold = measured.interactive;
      else {
        timings.push(measured.interactive);
        phases.push(measured);
      }
      figures = (await page.locator(".replay-summary").innerText()).replace(/\n/g, " ").replace(/\s+/g, " ");
    }
    const sorted = [...timings].sort((a, b) => a - b);

    console.log("\nWriting replay of a timed essay, production build");
    console.log(`  machine:      ${machine()}`);
    console.log(
      `  essay:        ${saved.wordCount} words typed over ${MINUTES} minutes (seed ${SEED}), ${actions.filter((action) => action.kind === "key").length} keys, ${saves} saves`,
    );
    console.log(
      `  log stored:   ${((stored._sum.bytes ?? 0) / 1024).toFixed(1)} KB of steps as JSON in ${stored._count} batches; ${(Number(onDisk[0]!.bytes) / 1024).toFixed(1)} KB on disk (PostgreSQL's jsonb, compressed)`,
    );
    console.log(
      `  replay page:  interactive (hydrated, the essay and its figures drawn, controls live) ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms median, ${sorted.at(-1)!.toFixed(0)} ms worst of ${LOADS} loads after navigation; the first, cold load ${cold.toFixed(0)} ms`,
    );
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    console.log(
      `  of which:     HTML received ${median(phases.map((phase) => phase.response)).toFixed(0)} ms, DOM loaded ${median(phases.map((phase) => phase.loaded)).toFixed(0)} ms; a scrub to mid-session redrawn in ${median(phases.map((phase) => phase.scrub)).toFixed(0)} ms (medians)`,
    );
    console.log(`  figures:      ${figures}`);
    const met = (stored._sum.bytes ?? 0) <= 300 * 1024 && sorted.at(-1)! <= 1_000;
    console.log(`  target (log ≤ 300 KB, replay interactive ≤ 1 s): ${met ? "met" : "NOT met"}`);
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
