import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { emptyEssayDocument } from "@/lib/editor/document";
import { plainTextOf } from "@/lib/editor/plain-text";
import { conflict, notFound } from "@/lib/errors";
import { essaysReadableBy, essaysWrittenBy, findEssayToReadOrThrow } from "@/lib/access/essays";
import { SAVE_GRACE_MS } from "@/lib/essays/rules";
import type { VersionList, VersionView, WritingLogView } from "@/lib/essays/views";
import type { LogStep } from "@/lib/essays/writing-log";
import { documentFrom } from "@/lib/essays/writing-replay";
import { parsePlan } from "./writing";

type Reader = Pick<SessionUser, "id" | "role">;

// The versions kept of an essay (once a minute while it is written, at submission, before a
// restore), newest first, with the words as they stand now.
export async function listVersions(user: Reader, essayId: string): Promise<VersionList> {
  const essay = await findEssayToReadOrThrow(user, essayId);
  const versions = await db.essayRevision.findMany({
    where: { essayId: essay.id },
    orderBy: [{ createdAt: "desc" }, { version: "desc" }],
    take: 500,
    select: { id: true, version: true, wordCount: true, createdAt: true },
  });
  return {
    current: { version: essay.version, wordCount: essay.wordCount, savedAt: essay.savedAt?.toISOString() ?? null },
    versions: versions.map((version) => ({ ...version, createdAt: version.createdAt.toISOString() })),
  };
}

// One version, with its words as plain text for the comparison with now. A version of another
// essay is not found, whoever asks.
export async function getVersion(user: Reader, essayId: string, revisionId: string): Promise<VersionView> {
  const essay = await findEssayToReadOrThrow(user, essayId);
  return readVersion(essay.id, revisionId);
}

async function readVersion(essayId: string, revisionId: string): Promise<VersionView> {
  const revision = await db.essayRevision.findFirst({
    where: { id: revisionId, essayId },
    select: { id: true, version: true, wordCount: true, createdAt: true, document: true, plan: true },
  });
  if (!revision) throw notFound("That version was not found in this essay.", "revisionId");
  return {
    ...revision,
    createdAt: revision.createdAt.toISOString(),
    plan: parsePlan(revision.plan),
    plainText: plainTextOf(documentFrom(revision.document)),
  };
}

// Restoring: the words as they stand are kept as a version first, so nothing is lost, and the
// chosen version goes back to the editor, which puts it in place as a new version through the
// autosave (and its writing log). Only the student, only while the essay is open.
export async function restoreVersion(
  student: Pick<SessionUser, "id">,
  essayId: string,
  revisionId: string,
): Promise<VersionView> {
  const essay = await db.essay.findFirst({
    where: { id: essayId, ...essaysWrittenBy(student) },
    select: {
      id: true,
      version: true,
      document: true,
      plan: true,
      wordCount: true,
      submittedAt: true,
      deadlineAt: true,
    },
  });
  if (!essay) throw notFound("That essay was not found among yours.", "essayId");
  if (essay.submittedAt) throw conflict("This essay has been submitted, so it can no longer be changed.", "essayId");
  if (essay.deadlineAt && essay.deadlineAt.getTime() + SAVE_GRACE_MS < Date.now())
    throw conflict("Time is up for this essay, so it can no longer be changed.", "essayId");
  const chosen = await readVersion(essay.id, revisionId);
  const latest = await db.essayRevision.findFirst({
    where: { essayId: essay.id },
    orderBy: [{ createdAt: "desc" }, { version: "desc" }],
    select: { version: true },
  });
  if (latest?.version !== essay.version) {
    await db.essayRevision.create({
      data: {
        essayId: essay.id,
        version: essay.version,
        document: (essay.document ?? emptyEssayDocument()) as Prisma.InputJsonValue,
        plan: (essay.plan ?? undefined) as Prisma.InputJsonValue | undefined,
        wordCount: essay.wordCount,
      },
    });
  }
  return chosen;
}

type StoredBatch = { base?: unknown; steps: LogStep[] };

// The whole writing log of one draft, for the replay: its student and their teacher.
export async function getWritingLog(user: Reader, essayId: string): Promise<WritingLogView> {
  return (await getReplay(user, essayId)).log;
}

// The replay page's one read: the log, and what the page says about the essay.
export async function getReplay(user: Reader, essayId: string) {
  const [essay, rows] = await Promise.all([
    findEssayToReadOrThrow(user, essayId),
    db.essayLogBatch.findMany({
      where: { essayId, essay: essaysReadableBy(user) },
      orderBy: { toVersion: "asc" },
      select: { fromVersion: true, toVersion: true, startedAt: true, steps: true, bytes: true },
    }),
  ]);
  const log: WritingLogView = {
    essayId: essay.id,
    draft: essay.draft,
    initialDocument: essay.initialDocument ?? emptyEssayDocument(),
    batches: rows.map((row) => ({
      fromVersion: row.fromVersion,
      toVersion: row.toVersion,
      startedAt: row.startedAt.getTime(),
      ...(row.steps as StoredBatch),
    })),
    flag: essay.logFlag,
    bytes: rows.reduce((total, row) => total + row.bytes, 0),
  };
  return { essay, log };
}
