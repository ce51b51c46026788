import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { hashOf } from "./writing";
import type { LogStep } from "../writing-log";
import { documentFrom, replayEvents, replayTo } from "../writing-replay";

// The background check of the writing log: each essay's batches, in order, are replayed onto the
// document they start from, and the result compared with what the save stored. A replay that does
// not give the saved essay (a forged or broken log) flags the essay for its teacher; saves that
// came without their steps are noted as gaps. Never on a save's path: the server runs it every
// few seconds (instrumentation.ts), and a save is never held up or refused by it.

const FLAG_MISMATCH = (version: number) =>
  `The writing log does not reproduce the saved essay at version ${version}: it may have been altered, so the replay cannot be trusted from there.`;
const FLAG_BASE = (version: number) =>
  `The writing log resumes at version ${version} from a document that was never saved: the replay cannot be trusted from there.`;
const FLAG_GAP = (from: number, to: number) =>
  `Saves from version ${from} to ${to} came without their writing steps (an older page, or a log the server refused), so that stretch cannot be replayed.`;

type StoredBatch = { base?: unknown; steps: LogStep[] };

// One pass of the background check: every essay with unchecked batches, 20 at a time, until none
// is left or the time budget is spent (the next pass goes on from there).
export async function checkPendingWritingLogs(budgetMs = 10_000) {
  const started = Date.now();
  const total = { essays: 0, checked: 0, flagged: 0 };
  do {
    const round = await checkWritingLogs();
    if (round.essays === 0) break;
    total.essays += round.essays;
    total.checked += round.checked;
    total.flagged += round.flagged;
  } while (Date.now() - started < budgetMs);
  return total;
}

// Essays saved beyond the version their log was checked to (the essays written since the log
// began: those with a first document to start from), a few at a time.
export async function checkWritingLogs({ essays = 20, batchesPerEssay = 500 } = {}) {
  const pending = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Essay" WHERE "initialDocument" IS NOT NULL AND version > "logCheckedVersion" ORDER BY "savedAt" NULLS FIRST LIMIT ${essays}`;
  let checked = 0;
  let flagged = 0;
  for (const { id } of pending) {
    const result = await checkEssayLog(id, batchesPerEssay);
    checked += result.checked;
    if (result.flag) flagged++;
  }
  return { essays: pending.length, checked, flagged };
}

async function checkEssayLog(essayId: string, limit: number) {
  const essay = await db.essay.findUniqueOrThrow({
    where: { id: essayId },
    select: { version: true, initialDocument: true, logCheckpoint: true, logCheckedVersion: true, logFlag: true },
  });
  const batches = await db.essayLogBatch.findMany({
    where: { essayId, toVersion: { gt: essay.logCheckedVersion } },
    orderBy: { toVersion: "asc" },
    take: limit,
    select: { fromVersion: true, toVersion: true, startedAt: true, steps: true, documentHash: true },
  });
  // The document the replay goes on from: the last one checked, or (before any) the draft's first.
  const starting = essay.logCheckedVersion === 0 ? essay.initialDocument : essay.logCheckpoint;
  let doc = starting ? documentFrom(starting) : null;
  let version = essay.logCheckedVersion;
  let flag = essay.logFlag;
  let checked = 0;

  for (const batch of batches) {
    const stored = batch.steps as StoredBatch;
    if (batch.fromVersion !== version) {
      // Saves in between came without their steps.
      flag = worse(flag, FLAG_GAP(version, batch.fromVersion));
      doc = null;
    }
    if (stored.base !== undefined) {
      // A batch that starts afresh names the document it starts from: it must be the one saved then.
      const base = documentFrom(stored.base);
      const known = doc
        ? hashOf(JSON.stringify(doc.toJSON()))
        : await savedHashAt(essayId, batch.fromVersion, essay.initialDocument);
      if (known && known !== hashOf(JSON.stringify(base.toJSON()))) flag = worse(flag, FLAG_BASE(batch.fromVersion));
      doc = base;
    }
    checked++;
    version = batch.toVersion;
    if (!doc) continue;
    const events = replayEvents([
      {
        fromVersion: batch.fromVersion,
        toVersion: batch.toVersion,
        startedAt: batch.startedAt.getTime(),
        steps: stored.steps,
      },
    ]);
    const replayed = replayTo(doc, events, events.length);
    if (replayed.failed === 0 && hashOf(JSON.stringify(replayed.doc.toJSON())) === batch.documentHash) {
      doc = replayed.doc;
    } else {
      flag = worse(flag, FLAG_MISMATCH(batch.toVersion));
      doc = null;
    }
  }
  // Saves after the last batch that came without steps: the gap is noted, and the check moves on.
  if (batches.length < limit && version < essay.version) {
    flag = worse(flag, FLAG_GAP(version, essay.version));
    version = essay.version;
    doc = null;
  }
  await db.essay.update({
    where: { id: essayId },
    data: {
      logCheckpoint: doc ? (doc.toJSON() as Prisma.InputJsonValue) : Prisma.DbNull,
      logCheckedVersion: version,
      logFlag: flag,
    },
  });
  return { checked, flag };
}

// The hash of the document saved at a version, from the batch that saved it (or the draft's first).
async function savedHashAt(essayId: string, version: number, initialDocument: unknown): Promise<string | null> {
  if (version === 0) return initialDocument ? hashOf(JSON.stringify(documentFrom(initialDocument).toJSON())) : null;
  const batch = await db.essayLogBatch.findUnique({
    where: { essayId_toVersion: { essayId, toVersion: version } },
    select: { documentHash: true },
  });
  return batch?.documentHash ?? null;
}

// A replay that contradicts the saved essay outranks a gap in the log.
function worse(current: string | null, next: string): string {
  if (!current) return next;
  return current.startsWith("Saves from") && !next.startsWith("Saves from") ? next : current;
}
