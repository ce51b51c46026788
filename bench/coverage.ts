// Benchmark: the teacher's assignment page with its evidence coverage, for a class of 30
// students who have all written, 12 expected items (6 quotations, 6 evidence cards from the real
// library) and each essay using a different half of them. Production build on its own embedded
// PostgreSQL; the server's time for the whole page (request to last byte on localhost), p50/p95
// over sequential requests after warm-up. Target: ≤100 ms.
//   npx tsx bench/coverage.ts [--students 30] [--runs 40]
import { randomUUID } from "node:crypto";
import { machine, percentile, startBenchApp } from "./lib/app-server";

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const STUDENTS = argument("students", 30);
const RUNS = argument("runs", 40);
const TARGET_MS = 100;

async function main() {
  const app = await startBenchApp();
  try {
    const { db } = app;
    const [quotations, evidence, scheme, prompt] = await Promise.all([
      db.quotation.findMany({ where: { archivedAt: null }, take: 6, orderBy: { slug: "asc" } }),
      db.evidence.findMany({ where: { archivedAt: null }, take: 6, orderBy: { slug: "asc" } }),
      db.markScheme.findUniqueOrThrow({ where: { slug: "essay-25-ao1" } }),
      db.prompt.findFirstOrThrow({ where: { kind: "ESSAY", archivedAt: null } }),
    ]);
    const teacher = await db.user.create({
      data: { name: "Bench Teacher", email: `teacher-${randomUUID()}@example.com`, passwordHash: "x", role: "TEACHER" },
    });
    const students = await Promise.all(
      Array.from({ length: STUDENTS }, (_, index) =>
        db.user.create({
          data: {
            name: `Student ${String(index + 1).padStart(2, "0")}`,
            email: `s-${randomUUID()}@example.com`,
            passwordHash: "x",
            role: "STUDENT",
          },
        }),
      ),
    );
    const klass = await db.class.create({
      data: {
        name: "Bench class",
        teacherId: teacher.id,
        joinCode: randomUUID().slice(0, 8),
        enrolments: { create: students.map((student) => ({ studentId: student.id })) },
      },
    });
    const assignment = await db.assignment.create({
      data: {
        classId: klass.id,
        promptId: prompt.id,
        markSchemeId: scheme.id,
        createdById: teacher.id,
        opensAt: new Date(Date.now() - 86_400_000),
        dueAt: new Date(Date.now() + 86_400_000),
      },
    });
    await db.promptSuggestion.createMany({
      data: [
        ...quotations.map((quotation) => ({ promptId: prompt.id, teacherId: teacher.id, quotationId: quotation.id })),
        ...evidence.map((card) => ({ promptId: prompt.id, teacherId: teacher.id, evidenceId: card.id })),
      ],
    });
    const text = "Stalin's control of the party apparatus gave him the votes he needed. ".repeat(60);
    await db.essay.createMany({
      data: students.map((student, index) => ({
        assignmentId: assignment.id,
        studentId: student.id,
        plainText: text,
        wordCount: 720,
        submittedAt: index % 3 === 0 ? null : new Date(),
        quotationIds: quotations.filter((_, at) => (at + index) % 2 === 0).map((quotation) => quotation.id),
        evidenceIds: evidence.filter((_, at) => (at + index) % 2 === 1).map((card) => card.id),
      })),
    });

    const cookie = await app.sessionCookie(teacher.id, "TEACHER");
    const url = `${app.baseUrl}/classes/${klass.id}/assignments/${assignment.id}`;
    const load = async () => {
      const started = performance.now();
      const response = await fetch(url, { headers: { cookie } });
      const html = await response.text();
      if (response.status !== 200 || !html.includes("Evidence coverage"))
        throw new Error(`${url} answered ${response.status} without the coverage`);
      return performance.now() - started;
    };
    for (let warm = 0; warm < 5; warm++) await load();
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) times.push(await load());
    times.sort((a, b) => a - b);
    console.info(
      `Assignment page with evidence coverage: ${STUDENTS} students, all writing, ${quotations.length + evidence.length} expected items, production build on localhost, ${RUNS} sequential requests after 5 warm-up.`,
    );
    console.info(`Machine: ${machine()}`);
    const p95 = percentile(times, 0.95);
    console.info(
      `  server time (request to last byte): p50 ${percentile(times, 0.5).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, worst ${times.at(-1)!.toFixed(1)} ms (target p95 ≤ ${TARGET_MS} ms)`,
    );
    console.info(p95 <= TARGET_MS ? "Within target." : `Over target: p95 ${p95.toFixed(1)} ms > ${TARGET_MS} ms`);
  } finally {
    await app.stop();
  }
}

await main();
