import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { hashOf } from "./store";
import type { LogStep } from "./writing-log";
import { documentFrom, replayEvents, replayTo, type ReplayBatch } from "./writing-replay";

// The background check of the writing log: each essay's batches, in order, are replayed onto the
// document they start from, and the result compared with what the save stored. A replay that does
// not give the saved essay (a forged or broken log) flags the essay for its teacher; saves that
// came without their steps are noted as gaps. Never on a save's path: the server runs it every
// few seconds (instrumentation.ts), and a save is never held up or refused by it.

const FLAG_MISMATCH = (version: number) => `The writing log does not reproduce the saved essay at version ${version}: it may have been altered, so the replay cannot be trusted from there.`;
const FLAG_BASE = (version: number) => `The writing log resumes at version ${version} from a document that was never saved: the replay cannot be trusted from there.`;
const FLAG_GAP = (from: number, to: number) => `Saves from version ${from} to ${to} came without their writing steps (an older page, or a log the server refused), so that stretch cannot be replayed.`;

type StoredBatch = { base?: unknown; steps: LogStep[] };

export async function checkWritingLogs({ essays = 20, batchesPerEssay = 500 } = {}) {
  const pending = await db.essayLogBatch.findMany({ where: { checked: null }, distinct: ["essayId"], select: { essayId: true }, take: essays });
  let checked = 0;
  let flagged = 0;
  for (const { essayId } of pending) {
    const result = await checkEssayLog(essayId, batchesPerEssay);
    checked += result.checked;
    if (result.flag) flagged++;
  }
  return { essays: pending.length, checked, flagged };
}

async function checkEssayLog(essayId: string, limit: number) {
  const essay = await db.essay.findUniqueOrThrow({ where: { id: essayId }, select: { initialDocument: true, logCheckpoint: true, logCheckedVersion: true, logFlag: true } });
  const [batches, hashes] = await Promise.all([
    db.essayLogBatch.findMany({ where: { essayId, checked: null }, orderBy: { toVersion: "asc" }, take: limit, select: { id: true, fromVersion: true, toVersion: true, startedAt: true, steps: true, documentHash: true } }),
    db.essayLogBatch.findMany({ where: { essayId }, select: { toVersion: true, documentHash: true } }),
  ]);
  const savedHash = new Map(hashes.map((row) => [row.toVersion, row.documentHash]));
  let doc = essay.logCheckpoint ?? essay.initialDocument ? documentFrom(essay.logCheckpoint ?? essay.initialDocument) : null;
  let version = essay.logCheckedVersion;
  let flag = essay.logFlag;
  const results: { id: string; ok: boolean }[] = [];

  for (const batch of batches) {
    const stored = batch.steps as StoredBatch;
    if (stored.base !== undefined) {
      // A batch that starts afresh names the document it starts from: it must be the one saved then.
      const known = savedHash.get(batch.fromVersion) ?? (batch.fromVersion === 0 && essay.initialDocument ? hashOf(JSON.stringify(documentFrom(essay.initialDocument).toJSON())) : undefined);
      if (known && known !== hashOf(JSON.stringify(documentFrom(stored.base).toJSON()))) flag = worse(flag, FLAG_BASE(batch.fromVersion));
      doc = documentFrom(stored.base);
      version = batch.fromVersion;
    } else if (batch.fromVersion !== version || !doc) {
      if (batch.fromVersion > version) flag = worse(flag, FLAG_GAP(version, batch.fromVersion));
      doc = null;
    }
    if (!doc) {
      results.push({ id: batch.id, ok: false });
      continue;
    }
    const replayBatch: ReplayBatch = { fromVersion: batch.fromVersion, toVersion: batch.toVersion, startedAt: batch.startedAt.getTime(), steps: stored.steps };
    const events = replayEvents([replayBatch]);
    const replayed = replayTo(doc, events, events.length);
    const ok = replayed.failed === 0 && hashOf(JSON.stringify(replayed.doc.toJSON())) === batch.documentHash;
    results.push({ id: batch.id, ok });
    if (ok) {
      doc = replayed.doc;
      version = batch.toVersion;
    } else {
      flag = worse(flag, FLAG_MISMATCH(batch.toVersion));
      doc = null;
    }
  }

  await db.$transaction([
    db.essayLogBatch.updateMany({ where: { id: { in: results.filter((result) => result.ok).map((result) => result.id) } }, data: { checked: true } }),
    db.essayLogBatch.updateMany({ where: { id: { in: results.filter((result) => !result.ok).map((result) => result.id) } }, data: { checked: false } }),
    db.essay.update({ where: { id: essayId }, data: { logCheckpoint: doc ? (doc.toJSON() as Prisma.InputJsonValue) : Prisma.DbNull, logCheckedVersion: version, logFlag: flag } }),
  ]);
  return { checked: results.length, flag };
}

// A replay that contradicts the saved essay outranks a gap in the log.
function worse(current: string | null, next: string): string {
  if (!current) return next;
  return current.startsWith("Saves from") && !next.startsWith("Saves from") ? next : current;
}
