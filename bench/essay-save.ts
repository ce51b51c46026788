// Benchmark: the autosave endpoint (PUT /api/essays/:id) under load from this separate process,
// against the production server and a real PostgreSQL. Every request is a real save: a ~15 KB
// document with a library quotation and evidence card, validated against the editor's schema and
// the library, version-checked and stored. Each connection owns its own essays (saves to one
// essay are sequential, as one browser tab's are), so every save should be acknowledged.
// Afterwards, every essay's stored version must equal the saves acknowledged for it.
// With the writing log on (the default), each save carries the steps that led to it, as the
// editor sends them: a run of a dozen typed characters since the last save, merged into one step
// with the delay before each key, and the document the first batch starts from. The logs are
// honest, so afterwards the background check must find every batch reproduces its save.
// A fixed number of saves (not a duration), so no request is cut off mid-flight at the end.
//   npx tsx bench/essay-save.ts [--essays 400] [--connections 50] [--saves 20000] [--log off]
import autocannon from "autocannon";
import { randomUUID } from "node:crypto";
import { quotationAttribution } from "@/lib/editor/attribution";
import { Transform } from "@tiptap/pm/transform";
import { essaySchema } from "@/lib/editor/document";
import { documentFrom } from "@/lib/essays/writing-replay";
import { essayDocument, machine, startBenchApp } from "./lib/app-server";

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const ESSAYS = argument("essays", 400);
const CONNECTIONS = argument("connections", 50);
const SAVES = argument("saves", 20_000);
const LOG = !(process.argv.indexOf("--log") >= 0 && process.argv[process.argv.indexOf("--log") + 1] === "off");
const TYPED = "and so he won ";
const KEY_DELAY_MS = 15;

// One essay as its tab sees it: the document on screen, the version the server last
// acknowledged, and where its last batch of steps ended.
type Writer = {
  id: string;
  cookie: string;
  typed: number;
  version: number;
  loggedUntil: number;
  opened: boolean;
  sending?: { typed: number; endedAt: number };
};

async function main() {
  const app = await startBenchApp();
  try {
    const { db } = app;
    const quotation = await db.quotation.findUniqueOrThrow({ where: { slug: "figes-control-of-party-apparatus" } });
    const evidence = await db.evidence.findFirstOrThrow({ where: { text: { contains: "Lenin Enrolment" } } });
    const scheme = await db.markScheme.findFirstOrThrow();
    const prompt = await db.prompt.findFirstOrThrow({ where: { kind: { not: "REVISION" } } });
    const teacher = await db.user.create({
      data: { name: "Bench Teacher", email: `teacher-${randomUUID()}@example.com`, passwordHash: "x", role: "TEACHER" },
    });
    const klass = await db.class.create({
      data: { name: "Bench class", teacherId: teacher.id, joinCode: randomUUID().slice(0, 8) },
    });
    const assignment = await db.assignment.create({
      data: {
        classId: klass.id,
        promptId: prompt.id,
        markSchemeId: scheme.id,
        createdById: teacher.id,
        timeLimitMinutes: null,
        opensAt: new Date(Date.now() - 60_000),
        dueAt: new Date(Date.now() + 86_400_000),
      },
    });

    const document = essayDocument(1_950, {
      quotation: { id: quotation.id, text: quotation.text, attribution: quotationAttribution(quotation) },
      evidence: { id: evidence.id, slug: evidence.slug, text: evidence.text },
    });
    const start = documentFrom(document);
    const essays: Writer[] = [];
    for (let index = 0; index < ESSAYS; index++) {
      const student = await db.user.create({
        data: {
          name: `Student ${index}`,
          email: `student-${randomUUID()}@example.com`,
          passwordHash: "x",
          role: "STUDENT",
        },
      });
      await db.enrolment.create({ data: { classId: klass.id, studentId: student.id } });
      // Opened on a long essay already written: the log starts from it.
      const essay = await db.essay.create({
        data: {
          assignmentId: assignment.id,
          studentId: student.id,
          document: document as object,
          initialDocument: document as object,
        },
      });
      essays.push({
        id: essay.id,
        cookie: await app.sessionCookie(student.id),
        typed: 0,
        version: 0,
        loggedUntil: 0,
        opened: false,
      });
    }
    const documentJson = JSON.stringify(document);
    const plan = JSON.stringify({
      argument: "Stalin's control of the apparatus mattered most.",
      claims: ["Appointments", "Lenin Enrolment", "Rivals' errors"].map((text) => ({ text, items: [], counter: "" })),
    });

    // Each request takes an essay no other request is saving (saves to one essay are sequential,
    // as one tab's are) and hands it back when its response arrives.
    const idle = [...essays];
    const acknowledged = new Map<string, number>(essays.map((essay) => [essay.id, 0]));
    const statuses = new Map<number, number>();
    let logsKept = 0;
    let logBytes = 0;
    type Context = { current?: Writer };

    // The next save of an essay: without the log, the same document each time; with it, the
    // document with a dozen more characters typed, and the steps that typed them.
    // The typing goes at the end of the last paragraph, so the document's JSON is the start one
    // with the typed text spliced in: built as a string, this process spends little CPU on it.
    const end = start.content.size - 1;
    const sample = new Transform(start).insert(end, essaySchema.text(TYPED));
    const stepJson = (at: number) => JSON.stringify({ ...sample.steps[0]!.toJSON(), from: at, to: at });
    if (JSON.parse(stepJson(end)).from !== end) throw new Error("The typing step is not where the bench expects it.");
    const lastText = JSON.stringify(start.lastChild!.lastChild!.text);
    const splitAt = documentJson.lastIndexOf(lastText) + lastText.length - 1;
    const documentWith = (typed: number) =>
      `${documentJson.slice(0, splitAt)}${TYPED.repeat(typed)}${documentJson.slice(splitAt)}`;
    if (
      !documentFrom(JSON.parse(documentWith(2))).eq(
        new Transform(start).insert(end, essaySchema.text(TYPED.repeat(2))).doc,
      )
    )
      throw new Error("The typed document is not the one the steps make.");

    function nextSave(essay: Writer): string {
      if (!LOG) return `{"baseVersion":${essay.version},"document":${documentJson},"plan":${plan}}`;
      const startedAt = Math.max(Date.now() - 1_000, essay.loggedUntil + 1);
      const delays = Array.from({ length: TYPED.length - 1 }, () => KEY_DELAY_MS);
      const logJson = `{"essayId":"${essay.id}","startedAt":${startedAt},"steps":[{"t":0,"o":"typed","s":${stepJson(end + essay.typed * TYPED.length)},"d":${JSON.stringify(delays)}}]${essay.opened ? "" : `,"base":${documentJson}`}}`;
      essay.sending = { typed: essay.typed + 1, endedAt: startedAt + delays.length * KEY_DELAY_MS };
      logBytes += logJson.length;
      return `{"baseVersion":${essay.version},"document":${documentWith(essay.typed + 1)},"plan":${plan},"log":${logJson}}`;
    }
    if (ESSAYS < CONNECTIONS) throw new Error("Use at least as many essays as connections.");

    const bodyBytes = Buffer.byteLength(`{"baseVersion":0,"document":${documentJson},"plan":${plan}}`);
    console.log(
      `Saving ${(bodyBytes / 1024).toFixed(1)} KB documents to ${ESSAYS} essays over ${CONNECTIONS} connections, ${SAVES} saves…`,
    );

    const started = performance.now();
    const result = await autocannon({
      url: app.baseUrl,
      connections: CONNECTIONS,
      amount: SAVES,
      pipelining: 1,
      requests: [
        {
          method: "PUT",
          setupRequest: (request, context: Context) => {
            if (context.current) idle.push(context.current); // its last request never answered
            const essay = idle.shift()!;
            context.current = essay;
            return {
              ...request,
              path: `/api/essays/${essay.id}`,
              headers: { "content-type": "application/json", cookie: essay.cookie },
              body: nextSave(essay),
            };
          },
          onResponse: (status, body, context: Context) => {
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            const essay = context.current;
            if (!essay) return;
            if (status === 200) {
              const { version, log } = JSON.parse(body) as { version: number; log: string };
              essay.version = version;
              acknowledged.set(essay.id, acknowledged.get(essay.id)! + 1);
              if (essay.sending) {
                essay.typed = essay.sending.typed;
                essay.loggedUntil = essay.sending.endedAt;
                essay.opened = true;
              }
              if (log === "kept") logsKept++;
            }
            essay.sending = undefined;
            context.current = undefined;
            idle.push(essay);
          },
        },
      ],
    });

    // autocannon reports whole seconds; the rate is worked out from the measured wall time.
    const seconds = (performance.now() - started) / 1000;
    const stored = await db.essay.findMany({
      where: { assignmentId: assignment.id },
      select: { id: true, version: true },
    });
    const mismatched = stored.filter((essay) => essay.version !== acknowledged.get(essay.id));
    const totalAcknowledged = [...acknowledged.values()].reduce((sum, count) => sum + count, 0);
    const revisions = await db.essayRevision.count({ where: { essay: { assignmentId: assignment.id } } });
    // The server's background check (every 15 s) replays every batch onto the document before it:
    // wait for it to catch up, and count what it flagged. Honest logs must all pass.
    const checkStarted = performance.now();
    const behind = () =>
      db.essay.count({ where: { assignmentId: assignment.id, version: { gt: db.essay.fields.logCheckedVersion } } });
    while (LOG && (await behind()) > 0 && performance.now() - checkStarted < 300_000) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    const checkSeconds = (performance.now() - checkStarted) / 1000;
    const flagged = await db.essay.count({ where: { assignmentId: assignment.id, logFlag: { not: null } } });
    const storedLog = await db.essayLogBatch.aggregate({
      where: { essay: { assignmentId: assignment.id } },
      _sum: { bytes: true },
      _count: true,
    });

    console.log("\nEssay save endpoint (PUT /api/essays/:id), production build");
    console.log(`  machine:          ${machine()}`);
    console.log(
      `  load:             ${CONNECTIONS} connections, ${ESSAYS} distinct essays, ${(bodyBytes / 1024).toFixed(1)} KB per save, ${SAVES} saves in ${seconds.toFixed(2)} s, autocannon in this benchmark's process, apart from the server's`,
    );
    console.log(
      `  responses:        ${[...statuses].map(([status, count]) => `${status}: ${count}`).join(", ")}; errors ${result.errors}, timeouts ${result.timeouts}`,
    );
    const rate = totalAcknowledged / seconds;
    console.log(`  throughput:       ${rate.toFixed(0)} acknowledged saves/s`);
    console.log(
      `  latency:          p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
    );
    console.log(`  revisions kept:   ${revisions}`);
    if (LOG) {
      console.log(
        `  writing log:      on; ${logsKept} of ${totalAcknowledged} saves' batches kept, ${(logBytes / Math.max(1, SAVES) / 1024).toFixed(2)} KB sent per save, ${storedLog._count} batches stored (${((storedLog._sum.bytes ?? 0) / 1024 / 1024).toFixed(1)} MB)`,
      );
      console.log(
        `  log check:        the server's background check had replayed every batch ${checkSeconds.toFixed(1)} s after the load ended; ${flagged} essays flagged`,
      );
    } else {
      console.log("  writing log:      off (--log off)");
    }
    console.log(
      `  versions:         ${stored.length - mismatched.length}/${stored.length} essays' stored version equals the saves acknowledged for it`,
    );
    const target = rate >= 1_000 && result.latency.p99 <= 100 && mismatched.length === 0;
    console.log(`  target (≥1,000 saves/s, p99 ≤ 100 ms, versions match): ${target ? "met" : "NOT met"}`);
    if (mismatched.length || flagged) process.exitCode = 1;
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
