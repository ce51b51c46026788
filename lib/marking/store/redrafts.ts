import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { findOwnAssignmentOrThrow } from "@/lib/access/assignments";
import { db } from "@/lib/db/client";
import { conflict } from "@/lib/errors";
import { essaysInClassesOf, essaysReadableBy } from "@/lib/access/essays";
import { emptyEssayDocument } from "@/lib/editor/document";
import type { LogStep } from "@/lib/essays/writing-log";
import { findEssayToMarkOrThrow } from "@/lib/access/marking";
import { carryComments } from "@/lib/marking/rules/carry-comments";
import type { CarriedFeedback } from "@/lib/marking/views";

// A redraft: once feedback is released, the teacher asks for a second (third …) draft. It starts
// from the student's own words in the last draft, open until the student hands it in, and is
// marked as a new essay with the last draft's mark and comments beside it.
const REDRAFTABLE: Prisma.EssayWhereInput = {
  submittedAt: { not: null },
  feedback: { releasedAt: { not: null } },
  nextDraft: null,
};

export async function requestRedraft(teacher: SessionUser, essayId: string) {
  const essay = await findEssayToMarkOrThrow(teacher, essayId);
  const found = await db.essay.findFirst({ where: { id: essay.id, ...REDRAFTABLE }, select: { id: true } });
  if (!found)
    throw conflict(
      "A redraft can be asked for once this draft's feedback is released, and only once for each draft.",
      "essayId",
    );
  return { essayId: await createRedraft(found.id) };
}

// Every essay of the assignment whose latest draft has released feedback.
export async function requestClassRedrafts(teacher: SessionUser, assignmentId: string) {
  await findOwnAssignmentOrThrow(teacher, assignmentId);
  const ready = await db.essay.findMany({
    where: { assignmentId, ...essaysInClassesOf(teacher), ...REDRAFTABLE },
    select: { id: true },
  });
  for (const essay of ready) await createRedraft(essay.id);
  return { redrafts: ready.length };
}

async function createRedraft(previousId: string): Promise<string> {
  const previous = await db.essay.findUniqueOrThrow({
    where: { id: previousId },
    select: {
      assignmentId: true,
      studentId: true,
      draft: true,
      document: true,
      plan: true,
      wordCount: true,
      ownWordCount: true,
      plainText: true,
      quotationIds: true,
      evidenceIds: true,
    },
  });
  const document = previous.document ?? { type: "doc", content: [{ type: "paragraph" }] };
  const created = await db.essay.create({
    data: {
      assignmentId: previous.assignmentId,
      studentId: previous.studentId,
      draft: previous.draft + 1,
      previousDraftId: previousId,
      startedAt: new Date(),
      document: document as Prisma.InputJsonValue,
      initialDocument: document as Prisma.InputJsonValue,
      plan: (previous.plan ?? undefined) as Prisma.InputJsonValue | undefined,
      plainText: previous.plainText,
      wordCount: previous.wordCount,
      ownWordCount: previous.ownWordCount,
      quotationIds: previous.quotationIds,
      evidenceIds: previous.evidenceIds,
    },
    select: { id: true },
  });
  return created.id;
}

// The last draft's feedback beside a redraft, for its student writing it and its teacher marking
// it: each inline comment carried to the same words of the new draft, through the writing log
// where it is whole, by its quoted words where not, or to the tray.
export async function carriedFeedbackFor(
  user: Pick<SessionUser, "id" | "role">,
  essayId: string,
): Promise<CarriedFeedback | null> {
  const essay = await db.essay.findFirst({
    where: { id: essayId, ...essaysReadableBy(user), previousDraftId: { not: null } },
    select: {
      version: true,
      document: true,
      initialDocument: true,
      logBatches: {
        orderBy: { toVersion: "asc" },
        select: { fromVersion: true, toVersion: true, startedAt: true, steps: true },
      },
      assignment: { select: { markScheme: { select: { totalMarks: true } } } },
      previousDraft: {
        select: {
          id: true,
          draft: true,
          document: true,
          plainText: true,
          feedback: {
            select: { level: true, mark: true, wentWell: true, evenBetterIf: true, document: true, releasedAt: true },
          },
          comments: {
            where: { parentId: null, highlightId: null },
            orderBy: { createdAt: "asc" },
            select: { id: true, body: true, code: true, quotedText: true },
          },
        },
      },
    },
  });
  const previous = essay?.previousDraft;
  // A student sees the last draft's feedback once it was released, as on the feedback page.
  if (!essay || !previous?.feedback || (user.role === "STUDENT" && !previous.feedback.releasedAt)) return null;
  const marked = previous.feedback.document ?? previous.document ?? emptyEssayDocument();
  const carried = carryComments(
    marked,
    previous.comments.map((comment) => comment.id),
    {
      initialDocument: essay.initialDocument ?? marked,
      version: essay.version,
      document: essay.document ?? emptyEssayDocument(),
      batches: essay.logBatches.map((batch) => ({
        fromVersion: batch.fromVersion,
        toVersion: batch.toVersion,
        startedAt: batch.startedAt.getTime(),
        ...(batch.steps as { base?: unknown; steps: LogStep[] }),
      })),
    },
  );
  const anchors = new Map(carried.map((comment) => [comment.id, comment.anchor]));
  const { feedback } = previous;
  return {
    essayId: previous.id,
    draft: previous.draft,
    level: feedback.level,
    mark: feedback.mark,
    totalMarks: essay.assignment.markScheme.totalMarks,
    wentWell: feedback.wentWell,
    evenBetterIf: feedback.evenBetterIf,
    plainText: previous.plainText,
    comments: previous.comments.map((comment) => ({ ...comment, anchor: anchors.get(comment.id) ?? null })),
  };
}
