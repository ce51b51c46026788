// Benchmark: the autosave endpoint (PUT /api/essays/:id) under load from this separate process,
// against the production server and a real PostgreSQL. Every request is a real save: a ~15 KB
// document with a library quotation and evidence card, validated against the editor's schema and
// the library, version-checked and stored. Each connection owns its own essays (saves to one
// essay are sequential, as one browser tab's are), so every save should be acknowledged.
// Afterwards, every essay's stored version must equal the saves acknowledged for it.
// A fixed number of saves (not a duration), so no request is cut off mid-flight at the end.
//   npx tsx bench/essay-save.ts [--essays 400] [--connections 50] [--saves 20000]
import autocannon from "autocannon";
import { randomUUID } from "node:crypto";
import { quotationAttribution } from "@/lib/editor/attribution";
import { essayDocument, machine, startBenchApp } from "./lib/app-server";

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const ESSAYS = argument("essays", 400);
const CONNECTIONS = argument("connections", 50);
const SAVES = argument("saves", 20_000);

async function main() {
  const app = await startBenchApp();
  try {
    const { db } = app;
    const quotation = await db.quotation.findUniqueOrThrow({ where: { slug: "figes-control-of-party-apparatus" } });
    const evidence = await db.evidence.findFirstOrThrow({ where: { text: { contains: "Lenin Enrolment" } } });
    const scheme = await db.markScheme.findFirstOrThrow();
    const prompt = await db.prompt.findFirstOrThrow({ where: { kind: { not: "REVISION" } } });
    const teacher = await db.user.create({ data: { name: "Bench Teacher", email: `teacher-${randomUUID()}@example.com`, passwordHash: "x", role: "TEACHER" } });
    const klass = await db.class.create({ data: { name: "Bench class", teacherId: teacher.id, joinCode: randomUUID().slice(0, 8) } });
    const assignment = await db.assignment.create({ data: { classId: klass.id, promptId: prompt.id, markSchemeId: scheme.id, createdById: teacher.id, timeLimitMinutes: null, opensAt: new Date(Date.now() - 60_000), dueAt: new Date(Date.now() + 86_400_000) } });

    const essays: { id: string; cookie: string }[] = [];
    for (let index = 0; index < ESSAYS; index++) {
      const student = await db.user.create({ data: { name: `Student ${index}`, email: `student-${randomUUID()}@example.com`, passwordHash: "x", role: "STUDENT" } });
      await db.enrolment.create({ data: { classId: klass.id, studentId: student.id } });
      const essay = await db.essay.create({ data: { assignmentId: assignment.id, studentId: student.id, document: { type: "doc", content: [{ type: "paragraph" }] } } });
      essays.push({ id: essay.id, cookie: await app.sessionCookie(student.id) });
    }

    const document = essayDocument(1_950, {
      quotation: { id: quotation.id, text: quotation.text, attribution: quotationAttribution(quotation) },
      evidence: { id: evidence.id, slug: evidence.slug, text: evidence.text },
    });
    const documentJson = JSON.stringify(document);
    const plan = JSON.stringify({ argument: "Stalin's control of the apparatus mattered most.", points: ["Appointments", "Lenin Enrolment", "Rivals' errors"] });

    // Each request takes an essay no other request is saving (saves to one essay are sequential,
    // as one tab's are) and hands it back when its response arrives.
    const idle = [...essays];
    const acknowledged = new Map<string, number>(essays.map((essay) => [essay.id, 0]));
    const versions = new Map<string, number>(essays.map((essay) => [essay.id, 0]));
    const statuses = new Map<number, number>();
    type Context = { current?: { id: string; cookie: string } };
    if (ESSAYS < CONNECTIONS) throw new Error("Use at least as many essays as connections.");

    const bodyBytes = Buffer.byteLength(`{"baseVersion":0,"document":${documentJson},"plan":${plan}}`);
    console.log(`Saving ${(bodyBytes / 1024).toFixed(1)} KB documents to ${ESSAYS} essays over ${CONNECTIONS} connections, ${SAVES} saves…`);

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
              body: `{"baseVersion":${versions.get(essay.id)},"document":${documentJson},"plan":${plan}}`,
            };
          },
          onResponse: (status, body, context: Context) => {
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            const essay = context.current;
            if (!essay) return;
            if (status === 200) {
              const { version } = JSON.parse(body) as { version: number };
              versions.set(essay.id, version);
              acknowledged.set(essay.id, acknowledged.get(essay.id)! + 1);
            }
            context.current = undefined;
            idle.push(essay);
          },
        },
      ],
    });

    // autocannon reports whole seconds; the rate is worked out from the measured wall time.
    const seconds = (performance.now() - started) / 1000;
    const stored = await db.essay.findMany({ where: { assignmentId: assignment.id }, select: { id: true, version: true } });
    const mismatched = stored.filter((essay) => essay.version !== acknowledged.get(essay.id));
    const totalAcknowledged = [...acknowledged.values()].reduce((sum, count) => sum + count, 0);
    const revisions = await db.essayRevision.count({ where: { essay: { assignmentId: assignment.id } } });

    console.log("\nEssay save endpoint (PUT /api/essays/:id), production build");
    console.log(`  machine:          ${machine()}`);
    console.log(`  load:             ${CONNECTIONS} connections, ${ESSAYS} distinct essays, ${(bodyBytes / 1024).toFixed(1)} KB per save, ${SAVES} saves in ${seconds.toFixed(2)} s, autocannon in this benchmark's process, apart from the server's`);
    console.log(`  responses:        ${[...statuses].map(([status, count]) => `${status}: ${count}`).join(", ")}; errors ${result.errors}, timeouts ${result.timeouts}`);
    const rate = totalAcknowledged / seconds;
    console.log(`  throughput:       ${rate.toFixed(0)} acknowledged saves/s`);
    console.log(`  latency:          p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(`  revisions kept:   ${revisions}`);
    console.log(`  versions:         ${stored.length - mismatched.length}/${stored.length} essays' stored version equals the saves acknowledged for it`);
    const target = rate >= 1_000 && result.latency.p99 <= 100 && mismatched.length === 0;
    console.log(`  target (≥1,000 saves/s, p99 ≤ 100 ms, versions match): ${target ? "met" : "NOT met"}`);
    if (mismatched.length) process.exitCode = 1;
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
