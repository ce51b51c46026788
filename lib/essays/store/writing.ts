import "server-only";
import { FIRST_TIME_PASSWORD } from "@/lib/access/session";
import { conflict, notFound } from "@/lib/errors";
import { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { db, dbPool } from "@/lib/db/client";
import { checkEssayDocument, emptyEssayDocument } from "@/lib/editor/document";
import { DOCUMENT_LIMIT_LABEL } from "@/lib/editor/limits";
import { EMPTY_PLAN, ZEssayPlan, type TEssayPlan, type TEssaySave } from "@/lib/essays/schema";
import { deadlineFor, dueAtFor, REVISION_INTERVAL_MS, timeLimitFor } from "@/lib/essays/rules";
import { PAUSE_MS } from "@/lib/essays/writing-log";
import { checkLogBatch } from "@/lib/essays/writing-log-check";
import { checkEvidence, checkPassageSources, checkQuotationWording } from "@/lib/essays/store/library-check";
import { OPEN_FOR_WRITING, revisionsFrom, submitOverdueEssays } from "@/lib/essays/store/overdue";
import { createHash } from "node:crypto";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { essayOfWriterSql, essaysWrittenBy, findAssignmentToWriteOrThrow, type Writer } from "@/lib/access/essays";

export const DOCUMENT_TOO_LARGE = `The essay is over the ${DOCUMENT_LIMIT_LABEL} an essay may be, so it was not saved. Shorten it and it will save again.`;
const REVISION_INTERVAL = Prisma.raw(`interval '${REVISION_INTERVAL_MS} milliseconds'`);

// Starting is idempotent: a second click, or a second tab, finds the essay already begun and
// its clock already running.
export async function startEssay(student: SessionUser, assignmentId: string) {
  const assignment = await findAssignmentToWriteOrThrow(student, assignmentId);
  if (assignment.essays[0]) return { id: assignment.essays[0].id };
  const startedAt = new Date();
  const accommodation = assignment.accommodations[0];
  const dueAt = dueAtFor(assignment.dueAt, accommodation);
  if (assignment.timeLimitMinutes !== null && startedAt >= dueAt) {
    throw conflict(
      "This timed essay closed when the assignment was due, so it can no longer be started. Ask your teacher if you need another attempt.",
      "assignmentId",
    );
  }
  try {
    return await db.essay.create({
      data: {
        assignmentId,
        studentId: student.id,
        startedAt,
        deadlineAt: deadlineFor(startedAt, timeLimitFor(assignment.timeLimitMinutes, accommodation), dueAt),
        document: emptyEssayDocument(),
        initialDocument: emptyEssayDocument(),
        plan: EMPTY_PLAN,
      },
      select: { id: true },
    });
  } catch (error) {
    // Two tabs pressed Start at once: the other one won, and this is the same essay.
    if (isUniqueViolation(error)) {
      return db.essay.findUniqueOrThrow({
        where: { assignmentId_studentId_draft: { assignmentId, studentId: student.id, draft: 1 } },
        select: { id: true },
      });
    }
    throw error;
  }
}

// What became of the writing log sent with a save: kept, refused (the save itself went ahead), or none sent.
export type LogOutcome = { log: "kept" } | { log: "refused"; logError: string } | { log: "none" };

export type SaveOutcome =
  | ({ ok: true; version: number; savedAt: Date; wordCount: number; remainingMs: number | null } & LogOutcome)
  | { ok: false; status: 400 | 401 | 403 | 404; error: string }
  | {
      ok: false;
      status: 409;
      code: "conflict";
      error: string;
      current: { version: number; document: unknown; plan: TEssayPlan; savedAt: Date | null };
    }
  | { ok: false; status: 409; code: "closed"; error: string };

type SavedRow = { version: number; savedAtMs: number; remainingMs: number | null; logAccepted: boolean };

// An epoch-milliseconds parameter as the timestamp columns store it (UTC, millisecond precision).
const timestampOf = (ms: number | null) =>
  Prisma.sql`(to_timestamp(${ms}::float8 / 1000) AT TIME ZONE 'UTC')::timestamp(3)`;

// One statement does the whole save: it only matches the student's own, unsubmitted essay, at the
// version the browser based its change on, before the deadline (plus grace), while their session
// is current. A snapshot is added in the same statement when the last one is a minute old.
export async function saveEssay(student: Writer, essayId: string, input: TEssaySave): Promise<SaveOutcome> {
  const checked = checkEssayDocument(input.document);
  if (!checked.ok) return { ok: false, status: 400, error: checked.error };
  const { json, plainText, wordCount, ownWordCount, quotations, evidenceIds } = checked.document;
  const wording = await checkQuotationWording(quotations);
  if (wording) return { ok: false, status: 400, error: wording };
  const evidence = await checkEvidence(evidenceIds);
  if (evidence) return { ok: false, status: 400, error: evidence };
  const passages = await checkPassageSources(essayId, quotations);
  if (passages) return { ok: false, status: 400, error: passages };

  const documentJson = JSON.stringify(json);
  const planJson = input.plan ? JSON.stringify(input.plan) : null;
  const quotationIds = [...new Set(quotations.map((quotation) => quotation.quotationId))];
  // The writing log comes with the save; a bad one is refused alone, never the save.
  const log = input.log === undefined ? null : checkLogBatch(input.log, essayId);
  const kept = log?.ok ? log : null;
  const summary = kept?.summary ?? { typedChars: 0, insertedChars: 0, pastedChars: 0, largestPaste: 0, activeMs: 0 };
  const startedAt = timestampOf(kept?.batch.startedAt ?? null);
  const endedAt = timestampOf(kept?.endedAt ?? null);
  // A batch follows the last one kept (a second of clock difference allowed); one out of order is refused.
  const accepted = Prisma.sql`(${kept !== null}::boolean AND ("logEndedAt" IS NULL OR "logEndedAt" <= ${startedAt} + interval '1 second'))`;
  const added = (column: string, amount: number) =>
    Prisma.sql`${Prisma.raw(`"${column}"`)} + CASE WHEN ${accepted} THEN ${amount}::int ELSE 0 END`;
  // Time between the last batch and this one counts as writing when it is shorter than a pause.
  const bridged = Prisma.sql`CASE WHEN ${accepted} AND "logEndedAt" IS NOT NULL AND ${startedAt} - "logEndedAt" < interval '${Prisma.raw(String(PAUSE_MS))} milliseconds' THEN GREATEST(0, EXTRACT(EPOCH FROM ${startedAt} - "logEndedAt") * 1000)::int ELSE 0 END`;
  const statement = Prisma.sql`
    WITH saved AS (
      UPDATE "Essay" SET
        "typedChars" = ${added("typedChars", summary.typedChars)},
        "insertedChars" = ${added("insertedChars", summary.insertedChars)},
        "pastedChars" = ${added("pastedChars", summary.pastedChars)},
        "largestPaste" = CASE WHEN ${accepted} THEN GREATEST("largestPaste", ${summary.largestPaste}::int) ELSE "largestPaste" END,
        "activeMs" = ${added("activeMs", summary.activeMs)} + ${bridged},
        "logEndedAt" = CASE WHEN ${accepted} THEN ${endedAt} ELSE "logEndedAt" END,
        document = ${documentJson}::jsonb,
        plan = COALESCE(${planJson}::jsonb, plan),
        "plainText" = ${plainText},
        "wordCount" = ${wordCount},
        "ownWordCount" = ${ownWordCount},
        "quotationIds" = ${quotationIds}::text[],
        "evidenceIds" = ${evidenceIds}::text[],
        version = version + 1,
        "savedAt" = now(),
        "lastRevisionAt" = CASE WHEN "lastRevisionAt" IS NULL OR "lastRevisionAt" <= now() - ${REVISION_INTERVAL} THEN now() ELSE "lastRevisionAt" END
      WHERE id = ${essayId} AND ${essayOfWriterSql(student)} AND version = ${input.baseVersion} AND ${OPEN_FOR_WRITING}
      RETURNING id, version, "savedAt", "deadlineAt", document, plan, "wordCount", ("lastRevisionAt" = now()::timestamp(3)) AS "takeRevision",
        (${kept !== null}::boolean AND "logEndedAt" IS NOT DISTINCT FROM ${endedAt}) AS "logAccepted"
    ), revision AS (${revisionsFrom("saved", Prisma.sql`WHERE "takeRevision"`)}),
    logged AS (
      INSERT INTO "EssayLogBatch" ("essayId", "fromVersion", "toVersion", "startedAt", "endedAt", steps, "documentHash", bytes)
      SELECT id, version - 1, version, ${startedAt}, ${endedAt}, ${kept?.json ?? null}::jsonb, ${kept ? hashOf(documentJson) : null}, ${kept?.json.length ?? 0}::int
      FROM saved WHERE "logAccepted"
    )
    SELECT version, "logAccepted",
      (EXTRACT(EPOCH FROM "savedAt") * 1000)::float8 AS "savedAtMs",
      (EXTRACT(EPOCH FROM "deadlineAt" - now()::timestamp(3)) * 1000)::float8 AS "remainingMs"
    FROM saved`;
  // Sent straight to the pool as a named prepared statement: planned once per connection, and
  // without Prisma's query envelope, which copied the 15 KB document and its text twice more per
  // save (bench/essay-save.ts). The statement's text is the same on every save; only values change.
  const { rows } = await dbPool().query<SavedRow>({
    name: "essay-save",
    text: statement.text,
    values: statement.values,
  });
  const saved = rows[0];
  if (!saved) return explainStaleSave(student, essayId, documentJson, planJson, wordCount, log !== null);
  const logOutcome: LogOutcome = !log
    ? { log: "none" }
    : !log.ok
      ? { log: "refused", logError: log.error }
      : saved.logAccepted
        ? { log: "kept" }
        : {
            log: "refused",
            logError:
              "The writing log sent with this save starts before the last one kept (out of order), so it was not kept.",
          };
  return {
    ok: true,
    version: saved.version,
    savedAt: new Date(saved.savedAtMs),
    wordCount,
    remainingMs: saved.remainingMs,
    ...logOutcome,
  };
}

// A save based on an older version that carries exactly the words and plan already stored is not
// a conflict: the same words reached the server by another way first (the final save of a tab that
// closed offline, delivered late, or a save whose reply was lost), and asking the student to choose
// between two identical copies would only alarm them. It is answered as saved, at the stored
// version, and writes nothing. Its writing log is not kept: the save that stored these words
// brought its own. Anything else refused is explained as before.
async function explainStaleSave(
  student: Writer,
  essayId: string,
  documentJson: string,
  planJson: string | null,
  wordCount: number,
  logSent: boolean,
): Promise<SaveOutcome> {
  const refused = await explainRefusedSave(student, essayId);
  if (refused.ok || refused.status !== 409 || refused.code !== "conflict") return refused;
  const { rows } = await dbPool().query<Omit<SavedRow, "logAccepted">>({
    text: `SELECT version,
        (EXTRACT(EPOCH FROM "savedAt") * 1000)::float8 AS "savedAtMs",
        (EXTRACT(EPOCH FROM "deadlineAt" - now()::timestamp(3)) * 1000)::float8 AS "remainingMs"
      FROM "Essay"
      WHERE id = $1 AND "studentId" = $2 AND version = $3 AND "savedAt" IS NOT NULL
        AND document = $4::jsonb AND ($5::jsonb IS NULL OR plan = $5::jsonb)`,
    values: [essayId, student.id, refused.current.version, documentJson, planJson],
  });
  const same = rows[0];
  if (!same) return refused;
  const log: LogOutcome = logSent
    ? {
        log: "refused",
        logError:
          "These words were already saved, with the writing that led to them, so this copy of the log was not kept.",
      }
    : { log: "none" };
  return {
    ok: true,
    version: same.version,
    savedAt: new Date(same.savedAtMs),
    wordCount,
    remainingMs: same.remainingMs,
    ...log,
  };
}

// The save matched nothing: say why, in words the student can act on.
// (From a server action the account was already checked, so there is no session version to test.)
async function explainRefusedSave(student: Writer | SessionUser, essayId: string): Promise<SaveOutcome> {
  const account =
    "sessionVersion" in student
      ? await db.user.findFirst({
          where: { id: student.id, role: "STUDENT", sessionVersion: student.sessionVersion },
          select: { id: true, mustChangePassword: true },
        })
      : student;
  if (!account)
    return {
      ok: false,
      status: 401,
      error: "Your session has ended. Sign in again in another tab: your work is kept in this browser and will save.",
    };
  if (account.mustChangePassword) return { ok: false, status: 403, error: FIRST_TIME_PASSWORD };
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
    const essay = await db.essay.findFirstOrThrow({
      where: { id: essayId, ...essaysWrittenBy(student) },
      select: { submittedAt: true },
    });
    return { submittedAt: essay.submittedAt! };
  }
  if (!refused.ok && refused.status === 409)
    throw conflict("Your latest changes have not reached the server yet. Wait for “Saved”, then submit.");
  throw notFound("That essay was not found among yours.");
}

// Everything the writing page needs, for the student who owns it.
export async function getEssayForWriting(student: SessionUser, assignmentId: string) {
  await submitOverdueEssays(db, { assignmentId, studentId: student.id });
  // The latest draft: a redraft the teacher asked for is written in place of the one before.
  const found = await db.essay.findFirst({
    where: { assignmentId, ...essaysWrittenBy(student) },
    orderBy: { draft: "desc" },
    select: {
      id: true,
      draft: true,
      previousDraftId: true,
      document: true,
      plan: true,
      version: true,
      savedAt: true,
      startedAt: true,
      deadlineAt: true,
      submittedAt: true,
      autoSubmitted: true,
      wordCount: true,
      quotationIds: true,
      evidenceIds: true,
    },
  });
  if (!found) return null;
  return { ...found, document: found.document ?? emptyEssayDocument(), plan: parsePlan(found.plan) };
}

export function parsePlan(value: unknown): TEssayPlan {
  const parsed = ZEssayPlan.safeParse(value);
  return parsed.success ? parsed.data : EMPTY_PLAN;
}

// The fingerprint of a saved document, which the replay of its writing log must reproduce.
export function hashOf(documentJson: string): string {
  return createHash("sha256").update(documentJson).digest("hex");
}
