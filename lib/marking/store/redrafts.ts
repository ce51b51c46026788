import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { findOwnAssignmentOrThrow } from "@/lib/assignments/policy";
import { db } from "@/lib/db/client";
import { conflict } from "@/lib/errors";
import { essaysInClassesOf } from "@/lib/essays/policy";
import { findEssayToMarkOrThrow } from "@/lib/marking/policy";

// A redraft: once feedback is released, the teacher asks for a second (third …) draft. It starts
// from the student's own words in the last draft, open until the student hands it in, and is
// marked as a new essay with the last draft's mark and comments beside it.
const REDRAFTABLE: Prisma.EssayWhereInput = { submittedAt: { not: null }, feedback: { releasedAt: { not: null } }, nextDraft: null };

export async function requestRedraft(teacher: SessionUser, essayId: string) {
  const essay = await findEssayToMarkOrThrow(teacher, essayId);
  const found = await db.essay.findFirst({ where: { id: essay.id, ...REDRAFTABLE }, select: { id: true } });
  if (!found) throw conflict("A redraft can be asked for once this draft's feedback is released, and only once for each draft.", "essayId");
  return { essayId: await createRedraft(found.id) };
}

// Every essay of the assignment whose latest draft has released feedback.
export async function requestClassRedrafts(teacher: SessionUser, assignmentId: string) {
  await findOwnAssignmentOrThrow(teacher, assignmentId);
  const ready = await db.essay.findMany({ where: { assignmentId, ...essaysInClassesOf(teacher), ...REDRAFTABLE }, select: { id: true } });
  for (const essay of ready) await createRedraft(essay.id);
  return { redrafts: ready.length };
}

async function createRedraft(previousId: string): Promise<string> {
  const previous = await db.essay.findUniqueOrThrow({ where: { id: previousId }, select: { assignmentId: true, studentId: true, draft: true, document: true, plan: true, wordCount: true, plainText: true, quotationIds: true, evidenceIds: true } });
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
      quotationIds: previous.quotationIds,
      evidenceIds: previous.evidenceIds,
    },
    select: { id: true },
  });
  return created.id;
}
