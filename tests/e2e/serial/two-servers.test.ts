// More than one app process on one PostgreSQL: the browser tier's server and a second production
// server started here on the same database and secret. A session made on one works on the other;
// saves to one essay alternating between them keep its versions in order (a stale base is refused
// with 409 whichever answers); an overdue timed essay is submitted exactly once.
import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { autosaveUrl } from "@/lib/essays/autosave-contract";
import { findFreePort } from "@/scripts/lib/ports";
import { startServer } from "@/scripts/lib/server";
import { makeAssignment, makeClass, makeUser } from "../../factories/accounts";
import { baseUrl } from "../../helpers/browser";
import { e2eDatabase } from "../../helpers/e2e-database";
import { sharedBrowser } from "../../helpers/e2e-session";
import { signInThroughPage } from "../../helpers/e2e-sign-in";
import { toolEnv } from "@/lib/env";

const session = sharedBrowser();
let second: ChildProcess | undefined;
let secondUrl = "";

beforeAll(async () => {
  const { E2E_NEXTAUTH_SECRET: secret, E2E_DATABASE_URL: databaseUrl } = toolEnv();
  if (!secret || !databaseUrl)
    throw new Error(
      "Run the browser tests with `npm test` or `npm run test:e2e`, which provide the server's secret and database.",
    );
  const port = await findFreePort();
  second = await startServer(databaseUrl, port, secret);
  secondUrl = `http://localhost:${port}`;
});
afterAll(() => {
  second?.kill("SIGTERM");
});

const paragraph = (text: string) => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text }] }],
});

describe("two app servers on one database", () => {
  it("a session signed in on one works on the other, and saves alternating between them keep the versions in order", async () => {
    const db = e2eDatabase();
    const [teacher, student] = await Promise.all([makeUser(db, "TEACHER"), makeUser(db, "STUDENT", "Two Servers")]);
    const klass = await makeClass(db, teacher, [student]);
    const assignment = await makeAssignment(db, teacher, klass.id, { timeLimitMinutes: null });
    const essay = await db.essay.create({
      data: { assignmentId: assignment.id, studentId: student.id, startedAt: new Date(), document: paragraph("") },
    });

    // Signed in through the first server's real sign-in page.
    const page = await session.browser().newPage();
    await signInThroughPage(page, student.email);
    const cookie = (await page.context().cookies()).map((entry) => `${entry.name}=${entry.value}`).join("; ");
    const onSecond = await fetch(`${secondUrl}/assignments`, { headers: { cookie }, redirect: "manual" });
    expect(onSecond.status).toBe(200);
    expect(await onSecond.text()).toContain("Two Servers");

    const save = (origin: string, baseVersion: number, text: string) =>
      fetch(`${origin}${autosaveUrl(essay.id)}`, {
        method: "PUT",
        headers: { cookie, "content-type": "application/json" },
        body: JSON.stringify({ baseVersion, document: paragraph(text) }),
      });
    let version = 0;
    for (let n = 1; n <= 6; n++) {
      const response = await save(n % 2 ? baseUrl() : secondUrl, version, `Draft ${n}`);
      expect(response.status).toBe(200);
      version = ((await response.json()) as { version: number }).version;
      expect(version).toBe(n);
    }
    // A save based on an old version is refused by either server, with the newer copy.
    for (const origin of [baseUrl(), secondUrl]) {
      const stale = await save(origin, 3, "From a stale tab");
      expect(stale.status).toBe(409);
      expect(await stale.json()).toMatchObject({ code: "conflict", current: { version: 6 } });
    }
    expect(
      await db.essay.findUniqueOrThrow({ where: { id: essay.id }, select: { version: true, plainText: true } }),
    ).toEqual({ version: 6, plainText: "Draft 6" });
  });

  it("submits an overdue timed essay exactly once, with one copy kept at submission, however many servers sweep", async () => {
    const db = e2eDatabase();
    const [teacher, student] = await Promise.all([makeUser(db, "TEACHER"), makeUser(db, "STUDENT")]);
    const klass = await makeClass(db, teacher, [student]);
    const assignment = await makeAssignment(db, teacher, klass.id, { timeLimitMinutes: 30 });
    const started = new Date(Date.now() - 31 * 60_000);
    const essay = await db.essay.create({
      data: {
        assignmentId: assignment.id,
        studentId: student.id,
        startedAt: started,
        deadlineAt: new Date(started.getTime() + 30 * 60_000),
        document: paragraph("Written in time."),
        plainText: "Written in time.",
        version: 4,
      },
    });
    // Both servers sweep every 10 s: wait for the submission, then for two more rounds.
    await expect
      .poll(async () => (await db.essay.findUniqueOrThrow({ where: { id: essay.id } })).submittedAt, {
        timeout: 25_000,
        interval: 500,
      })
      .not.toBeNull();
    const submitted = await db.essay.findUniqueOrThrow({
      where: { id: essay.id },
      select: { submittedAt: true, autoSubmitted: true },
    });
    // A round is seen to have run when an essay made overdue after the last one is submitted.
    for (let round = 0; round < 2; round++) {
      const canary = await db.essay.create({
        data: {
          assignmentId: assignment.id,
          studentId: (await makeUser(db, "STUDENT")).id,
          startedAt: started,
          deadlineAt: essay.deadlineAt,
          document: paragraph(""),
        },
      });
      await expect
        .poll(async () => (await db.essay.findUniqueOrThrow({ where: { id: canary.id } })).submittedAt, {
          timeout: 25_000,
          interval: 250,
        })
        .not.toBeNull();
    }
    expect(
      await db.essay.findUniqueOrThrow({ where: { id: essay.id }, select: { submittedAt: true, autoSubmitted: true } }),
    ).toEqual(submitted);
    expect(submitted.autoSubmitted).toBe(true);
    expect(await db.essayRevision.count({ where: { essayId: essay.id } })).toBe(1);
  }, 60_000);
});
