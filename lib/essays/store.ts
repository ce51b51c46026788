import "server-only";
import { conflict, notFound } from "@/lib/errors";
import { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { db, dbPool } from "@/lib/db/client";
import { checkEssayDocument, emptyEssayDocument } from "@/lib/editor/document";
import { EMPTY_PLAN, ZEssayPlan, type TEssayPlan, type TEssaySave } from "./schema";
import { deadlineFor, REVISION_INTERVAL_MS } from "./rules";
import { checkEvidence, checkPassageSources, checkQuotationWording } from "./library-check";
import { OPEN_FOR_WRITING, revisionsFrom, submitOverdueEssays } from "./overdue";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { essayOfWriterSql, essaysWrittenBy, findAssignmentToWriteOrThrow, type Writer } from "./policy";

const REVISION_INTERVAL = Prisma.raw(`interval '${REVISION_INTERVAL_MS} milliseconds'`);

// Starting is idempotent: a second click, or a second tab, finds the essay already begun and
// its clock already running.
export async function startEssay(student: SessionUser, assignmentId: string) {
  const assignment = await findAssignmentToWriteOrThrow(student, assignmentId);
  if (assignment.essays[0]) return { id: assignment.essays[0].id };
  const startedAt = new Date();
  if (assignment.timeLimitMinutes !== null && startedAt >= assignment.dueAt) {
    throw conflict("This timed essay closed when the assignment was due, so it can no longer be started. Ask your teacher if you need another attempt.", "assignmentId");
  }
  try {
    return await db.essay.create({
      data: {
        assignmentId,
        studentId: student.id,
        startedAt,
        deadlineAt: deadlineFor(startedAt, assignment.timeLimitMinutes, assignment.dueAt),
        document: emptyEssayDocument(),
        plan: EMPTY_PLAN,
      },
      select: { id: true },
    });
  } catch (error) {
    // Two tabs pressed Start at once: the other one won, and this is the same essay.
    if (isUniqueViolation(error)) {
      return db.essay.findUniqueOrThrow({ where: { assignmentId_studentId: { assignmentId, studentId: student.id } }, select: { id: true } });
    }
    throw error;
  }
}

export type SaveOutcome =
  | { ok: true; version: number; savedAt: Date; wordCount: number; remainingMs: number | null }
  | { ok: false; status: 400 | 401 | 404; error: string }
  | { ok: false; status: 409; code: "conflict"; error: string; current: { version: number; document: unknown; plan: TEssayPlan; savedAt: Date | null } }
  | { ok: false; status: 409; code: "closed"; error: string };

type SavedRow = { version: number; savedAtMs: number; remainingMs: number | null };

// One statement does the whole save: it only matches the student's own, unsubmitted essay, at the
// version the browser based its change on, before the deadline (plus grace), while their session
// is current. A snapshot is added in the same statement when the last one is a minute old.
export async function saveEssay(student: Writer, essayId: string, input: TEssaySave): Promise<SaveOutcome> {
  const checked = checkEssayDocument(input.document);
  if (!checked.ok) return { ok: false, status: 400, error: checked.error };
  const { json, plainText, wordCount, quotations, evidenceIds } = checked.document;
  const wording = await checkQuotationWording(quotations);
  if (wording) return { ok: false, status: 400, error: wording };
  const evidence = await checkEvidence(evidenceIds);
  if (evidence) return { ok: false, status: 400, error: evidence };
  const passages = await checkPassageSources(essayId, quotations);
  if (passages) return { ok: false, status: 400, error: passages };

  const documentJson = JSON.stringify(json);
  const planJson = input.plan ? JSON.stringify(input.plan) : null;
  const quotationIds = [...new Set(quotations.map((quotation) => quotation.quotationId))];
  const statement = Prisma.sql`
    WITH saved AS (
      UPDATE "Essay" SET
        document = ${documentJson}::jsonb,
        plan = COALESCE(${planJson}::jsonb, plan),
        "plainText" = ${plainText},
        "wordCount" = ${wordCount},
        "quotationIds" = ${quotationIds}::text[],
        "evidenceIds" = ${evidenceIds}::text[],
        version = version + 1,
        "savedAt" = now(),
        "lastRevisionAt" = CASE WHEN "lastRevisionAt" IS NULL OR "lastRevisionAt" <= now() - ${REVISION_INTERVAL} THEN now() ELSE "lastRevisionAt" END
      WHERE id = ${essayId} AND ${essayOfWriterSql(student)} AND version = ${input.baseVersion} AND ${OPEN_FOR_WRITING}
      RETURNING id, version, "savedAt", "deadlineAt", document, plan, "wordCount", ("lastRevisionAt" = now()::timestamp(3)) AS "takeRevision"
    ), revision AS (${revisionsFrom("saved", Prisma.sql`WHERE "takeRevision"`)})
    SELECT version,
      (EXTRACT(EPOCH FROM "savedAt") * 1000)::float8 AS "savedAtMs",
      (EXTRACT(EPOCH FROM "deadlineAt" - now()::timestamp(3)) * 1000)::float8 AS "remainingMs"
    FROM saved`;
  // Sent straight to the pool as a named prepared statement: planned once per connection, and
  // without Prisma's query envelope, which copied the 15 KB document and its text twice more per
  // save (bench/essay-save.ts). The statement's text is the same on every save; only values change.
  const { rows } = await dbPool().query<SavedRow>({ name: "essay-save", text: statement.text, values: statement.values });
  const saved = rows[0];
  if (saved) return { ok: true, version: saved.version, savedAt: new Date(saved.savedAtMs), wordCount, remainingMs: saved.remainingMs };
  return explainRefusedSave(student, essayId);
}

// The save matched nothing: say why, in words the student can act on.
// (From a server action the account was already checked, so there is no session version to test.)
async function explainRefusedSave(student: Writer | SessionUser, essayId: string): Promise<SaveOutcome> {
  const account = "sessionVersion" in student ? await db.user.findFirst({ where: { id: student.id, role: "STUDENT", sessionVersion: student.sessionVersion }, select: { id: true } }) : student;
  if (!account) return { ok: false, status: 401, error: "Your session has ended. Sign in again in another tab: your work is kept in this browser and will save." };
  await submitOverdueEssays(db, { essayId });
  const essay = await db.essay.findFirst({
    where: { id: essayId, ...essaysWrittenBy(student) },
    select: { version: true, document: true, plan: true, savedAt: true, submittedAt: true, autoSubmitted: true },
  });
  if (!essay) return { ok: false, status: 404, error: "That essay was not found among yours." };
  if (essay.submittedAt) {
    const error = essay.autoSubmitted
      ? "Time is up: your essay was submitted automatically at the deadline with everything saved until then. It can no longer be changed."
      : "This essay has been submitted, so it can no longer be changed.";
    return { ok: false, status: 409, code: "closed", error };
  }
  return {
    ok: false,
    status: 409,
    code: "conflict",
    error: "This essay was saved from another tab or device since you loaded it. Choose which version to keep.",
    current: { version: essay.version, document: essay.document, plan: parsePlan(essay.plan), savedAt: essay.savedAt },
  };
}

export async function submitEssay(student: SessionUser, essayId: string, version: number) {
  const rows = await db.$queryRaw<{ submittedAt: Date }[]>`
    WITH submitted AS (
      UPDATE "Essay" SET "submittedAt" = now(), "lastRevisionAt" = now()
      WHERE id = ${essayId} AND ${essayOfWriterSql(student)} AND version = ${version} AND ${OPEN_FOR_WRITING}
      RETURNING id, version, document, plan, "wordCount", "submittedAt"
    ), revision AS (${revisionsFrom("submitted")})
    SELECT "submittedAt" FROM submitted`;
  if (rows[0]) return { submittedAt: rows[0].submittedAt };
  const refused = await explainRefusedSave(student, essayId);
  if (!refused.ok && refused.status === 409 && refused.code === "closed") {
    const essay = await db.essay.findFirstOrThrow({ where: { id: essayId, ...essaysWrittenBy(student) }, select: { submittedAt: true } });
    return { submittedAt: essay.submittedAt! };
  }
  if (!refused.ok && refused.status === 409) throw conflict("Your latest changes have not reached the server yet. Wait for “Saved”, then submit.");
  throw notFound("That essay was not found among yours.");
}

// Everything the writing page needs, for the student who owns it.
export async function getEssayForWriting(student: SessionUser, assignmentId: string) {
  await submitOverdueEssays(db, { assignmentId, studentId: student.id });
  const found = await db.essay.findFirst({
    where: { assignmentId, ...essaysWrittenBy(student) },
    select: { id: true, document: true, plan: true, version: true, savedAt: true, startedAt: true, deadlineAt: true, submittedAt: true, autoSubmitted: true, wordCount: true, quotationIds: true, evidenceIds: true },
  });
  if (!found) return null;
  return { ...found, document: found.document ?? emptyEssayDocument(), plan: parsePlan(found.plan) };
}

export function parsePlan(value: unknown): TEssayPlan {
  const parsed = ZEssayPlan.safeParse(value);
  return parsed.success ? parsed.data : EMPTY_PLAN;
}
