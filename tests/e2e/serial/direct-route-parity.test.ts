// The production server answers the autosave itself, ahead of Next's routing (scripts/serve.ts);
// the same route is also a Next route handler (app/api/essays/[essayId]/route.ts). The same
// requests, sent to both on the same data, must get the same status, headers and body.
import { toolEnv } from "@/lib/env";
import type { ChildProcess } from "node:child_process";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { autosaveUrl } from "@/lib/essays/autosave-contract";
import { findFreePort } from "@/scripts/lib/ports";
import { startServer } from "@/scripts/lib/server";
import { makeAssignment, makeClass, makeUser } from "../../factories/accounts";
import { baseUrl } from "../../helpers/browser";
import { e2eDatabase } from "../../helpers/e2e-database";

let nextOnly: ChildProcess | undefined;
let nextOnlyUrl = "";

beforeAll(async () => {
  const secret = toolEnv().E2E_NEXTAUTH_SECRET;
  const databaseUrl = toolEnv().E2E_DATABASE_URL;
  if (!secret || !databaseUrl)
    throw new Error(
      "Run the browser tests with `npm test` or `npm run test:e2e`, which provide the server's secret and database.",
    );
  const port = await findFreePort();
  nextOnly = await startServer(databaseUrl, port, secret, { WORKBENCH_DIRECT_ROUTES: "off" });
  nextOnlyUrl = `http://localhost:${port}`;
});
afterAll(() => {
  nextOnly?.kill("SIGTERM");
});

async function cookieFor(user: { id: string; role: "TEACHER" | "STUDENT" }) {
  const token = await encode({
    token: { sub: user.id, role: user.role, sessionVersion: 0 },
    secret: toolEnv().E2E_NEXTAUTH_SECRET!,
  });
  return `workbench.session=${token}`;
}

// A student's begun essay, its teacher, and what both need to send saves.
async function essayOfNewStudent() {
  const db = e2eDatabase();
  const [teacher, student] = await Promise.all([makeUser(db, "TEACHER"), makeUser(db, "STUDENT")]);
  const klass = await makeClass(db, teacher, [student]);
  const assignment = await makeAssignment(db, teacher, klass.id, { timeLimitMinutes: null });
  const essay = await db.essay.create({
    data: {
      assignmentId: assignment.id,
      studentId: student.id,
      startedAt: new Date(),
      document: { type: "doc", content: [{ type: "paragraph" }] },
    },
  });
  return { essayId: essay.id, studentCookie: await cookieFor(student), teacherCookie: await cookieFor(teacher) };
}

type Sent = { essayId: string; cookie?: string; body: string; headers?: Record<string, string> };

// Hop-by-hop and per-response headers differ by nature; every other header must match.
const PER_RESPONSE = new Set(["date", "connection", "keep-alive", "transfer-encoding", "x-request-id"]);

async function send(origin: string, request: Sent) {
  const response = await fetch(`${origin}${autosaveUrl(request.essayId)}`, {
    method: "PUT",
    headers: {
      "content-type": "application/json",
      ...(request.cookie ? { cookie: request.cookie } : {}),
      ...request.headers,
    },
    body: request.body,
  });
  const headers = Object.fromEntries([...response.headers.entries()].filter(([name]) => !PER_RESPONSE.has(name)));
  return { status: response.status, headers, body: await response.json() };
}

async function bothAnswer(request: Sent) {
  const direct = await send(baseUrl(), request);
  const throughNext = await send(nextOnlyUrl, request);
  return { direct, throughNext };
}

const save = (baseVersion: number, text: string) =>
  JSON.stringify({
    baseVersion,
    document: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] },
    plan: null,
  });

describe("the autosave answered directly and through Next", () => {
  it("answers every refusal identically: signed out, a teacher, not an id, malformed, oversized, stale", async () => {
    const { essayId, studentCookie, teacherCookie } = await essayOfNewStudent();
    const requests: Array<{ name: string; request: Sent; status: number }> = [
      { name: "signed out", request: { essayId, body: save(0, "Mine.") }, status: 401 },
      { name: "a teacher", request: { essayId, cookie: teacherCookie, body: save(0, "Mine.") }, status: 403 },
      {
        name: "not an id",
        request: { essayId: "not-an-id!", cookie: studentCookie, body: save(0, "Mine.") },
        status: 404,
      },
      {
        name: "malformed",
        request: { essayId, cookie: studentCookie, body: '{"baseVersion": 0, "document": ' },
        status: 400,
      },
      { name: "not an object", request: { essayId, cookie: studentCookie, body: "[1, 2]" }, status: 400 },
      {
        name: "oversized",
        request: { essayId, cookie: studentCookie, body: save(0, "x".repeat(1_200_000)) },
        status: 413,
      },
      { name: "stale", request: { essayId, cookie: studentCookie, body: save(5, "An older tab.") }, status: 409 },
    ];
    for (const { name, request, status } of requests) {
      const { direct, throughNext } = await bothAnswer(request);
      expect(direct.status, name).toBe(status);
      expect(throughNext, name).toEqual(direct);
    }
    expect((await e2eDatabase().essay.findUniqueOrThrow({ where: { id: essayId } })).version).toBe(0);
  });

  it("answers a save identically, but for the time it was saved", async () => {
    const [first, second] = await Promise.all([essayOfNewStudent(), essayOfNewStudent()]);
    const direct = await send(baseUrl(), {
      essayId: first.essayId,
      cookie: first.studentCookie,
      body: save(0, "Stalin's rise was not inevitable."),
    });
    const throughNext = await send(nextOnlyUrl, {
      essayId: second.essayId,
      cookie: second.studentCookie,
      body: save(0, "Stalin's rise was not inevitable."),
    });
    expect(direct.status).toBe(200);
    expect(direct.body).toMatchObject({ version: 1, wordCount: 5, remainingMs: null });
    const withoutTime = (answer: typeof direct) => ({ ...answer, body: { ...answer.body, savedAt: "(time)" } });
    expect(withoutTime(throughNext)).toEqual(withoutTime(direct));
  });
});
