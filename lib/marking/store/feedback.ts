import "server-only";
import { conflict, invalid } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { markProblem } from "@/lib/marking/rules/bands";
import { ZMarkSchemeLevels } from "@/lib/marking/schema";
import type { TSaveFeedback } from "@/lib/marking/schema";
import { findOwnAssignmentOrThrow } from "@/lib/access/assignments";
import { findEssayToMarkOrThrow } from "@/lib/access/marking";

// A draft of the level, mark and overall feedback, saved as the teacher works. A mark outside
// its level's band is refused whole, so nothing half-valid is stored.
export async function saveFeedbackDraft(teacher: SessionUser, input: TSaveFeedback) {
  const essay = await findEssayToMarkOrThrow(teacher, input.essayId);
  const problem = markProblem(ZMarkSchemeLevels.parse(essay.assignment.markScheme.levels), input.level, input.mark);
  if (problem) throw invalid(problem, input.level === null ? "level" : "mark");
  const draft = { level: input.level, mark: input.mark, wentWell: input.wentWell, evenBetterIf: input.evenBetterIf };
  const saved = await db.feedback.upsert({
    where: { essayId: essay.id },
    create: { essayId: essay.id, markerId: teacher.id, document: essay.document ?? undefined, ...draft },
    update: { ...draft, markerId: teacher.id },
    select: { updatedAt: true, releasedAt: true },
  });
  return { savedAt: saved.updatedAt.toISOString(), released: saved.releasedAt !== null };
}

const READY = { level: { not: null }, mark: { not: null } } as const;

// Until released, the student sees neither the mark nor any comment.
export async function releaseFeedback(teacher: SessionUser, essayId: string) {
  const essay = await findEssayToMarkOrThrow(teacher, essayId);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const released = await tx.feedback.updateMany({
      where: { essayId: essay.id, ...READY },
      data: { releasedAt: now, withdrawnAt: null, withdrawnReason: null },
    });
    if (released.count === 0) throw conflict("Choose a level and a mark before releasing the feedback.", "mark");
    await tx.essay.update({ where: { id: essay.id }, data: { markedAt: now } });
    return { releasedAt: now.toISOString() };
  });
}

// Releases every marked essay of the assignment not yet released; says how many still need a mark.
export async function releaseAssignmentFeedback(teacher: SessionUser, assignmentId: string) {
  await findOwnAssignmentOrThrow(teacher, assignmentId);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const ready = await tx.feedback.findMany({
      where: { essay: { assignmentId, submittedAt: { not: null } }, releasedAt: null, ...READY },
      select: { essayId: true },
    });
    const essayIds = ready.map((row) => row.essayId);
    await tx.feedback.updateMany({
      where: { essayId: { in: essayIds } },
      data: { releasedAt: now, withdrawnAt: null, withdrawnReason: null },
    });
    await tx.essay.updateMany({ where: { id: { in: essayIds } }, data: { markedAt: now } });
    const unmarked = await tx.essay.count({
      where: {
        assignmentId,
        submittedAt: { not: null },
        OR: [{ feedback: null }, { feedback: { OR: [{ level: null }, { mark: null }] } }],
      },
    });
    return { released: essayIds.length, unmarked };
  });
}

// Released feedback taken back (a mark given in error, say): the student no longer sees it, and
// sees instead that it was withdrawn and why. Releasing it again shows it once more.
export async function withdrawFeedback(teacher: SessionUser, essayId: string, reason: string) {
  const essay = await findEssayToMarkOrThrow(teacher, essayId);
  const withdrawn = await db.$transaction(async (tx) => {
    const changed = await tx.feedback.updateMany({
      where: { essayId: essay.id, releasedAt: { not: null } },
      data: { releasedAt: null, withdrawnAt: new Date(), withdrawnReason: reason },
    });
    if (changed.count === 0)
      throw conflict("This feedback has not been released, so there is nothing to withdraw.", "essayId");
    if (await tx.essay.count({ where: { previousDraftId: essay.id } }))
      throw conflict("A redraft of this essay has been asked for, so its feedback stays with the student.", "essayId");
    await tx.essay.update({ where: { id: essay.id }, data: { markedAt: null } });
    return changed.count;
  });
  return { withdrawn: withdrawn === 1 };
}
