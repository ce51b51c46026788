import "server-only";
import { invalid, notFound } from "@/lib/errors";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { DatabaseClient } from "@/lib/db/create-database";
import { anchorComment, removeCommentAnchor } from "@/lib/marking/rules/anchors";
import type { z } from "zod";
import type { ZAddComment } from "@/lib/marking/schema";
import {
  assertMayDeleteComment,
  bankOf,
  findCommentForStudentOrThrow,
  findCommentForTeacherOrThrow,
  findEssayToMarkOrThrow,
} from "@/lib/access/marking";

type Tx = Parameters<Parameters<DatabaseClient["$transaction"]>[0]>[0];

export function newCommentId() {
  return `c${randomUUID().replaceAll("-", "")}`;
}

// Adds the comment's mark to the marking copy of the essay and the Comment row in one
// transaction, with the copy locked so two comments added at once both keep their highlight.
export async function addComment(teacher: SessionUser, input: z.infer<typeof ZAddComment>) {
  const essay = await findEssayToMarkOrThrow(teacher, input.essayId);
  const id = newCommentId();
  return db.$transaction(async (tx) => {
    const document = await lockMarkingCopy(tx, teacher, essay);
    const anchored = anchorComment(document, input, id);
    if ("error" in anchored) throw invalid(anchored.error, "form");
    let bankItemId: string | null = null;
    if (input.bankItemId) {
      const used = await tx.commentBankItem.updateMany({
        where: { id: input.bankItemId, ...bankOf(teacher) },
        data: { uses: { increment: 1 } },
      });
      if (used.count === 0) throw notFound("That comment is no longer in your comment bank.", "bankItemId");
      bankItemId = input.bankItemId;
    }
    await tx.feedback.update({
      where: { essayId: essay.id },
      data: { document: anchored.document as Prisma.InputJsonObject },
    });
    return tx.comment.create({
      data: {
        id,
        essayId: essay.id,
        authorId: teacher.id,
        body: input.body,
        code: input.code,
        quotedText: anchored.quotedText,
        bankItemId,
      },
      select: { id: true, quotedText: true },
    });
  });
}

async function lockMarkingCopy(tx: Tx, teacher: SessionUser, essay: { id: string; document: unknown }) {
  await tx.feedback.upsert({
    where: { essayId: essay.id },
    create: { essayId: essay.id, markerId: teacher.id, document: essay.document ?? undefined },
    update: {},
  });
  const [row] = await tx.$queryRaw<
    Array<{ document: unknown }>
  >`SELECT "document" FROM "Feedback" WHERE "essayId" = ${essay.id} FOR UPDATE`;
  return row?.document ?? essay.document;
}

// Deleting a comment takes its highlight out of the essay and its replies with it.
export async function deleteComment(teacher: SessionUser, commentId: string) {
  const comment = await findCommentForTeacherOrThrow(teacher, commentId);
  assertMayDeleteComment(teacher, comment);
  if (comment.parentId) {
    await db.comment.delete({ where: { id: comment.id } });
    return { id: comment.id };
  }
  await db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<
      Array<{ document: unknown }>
    >`SELECT "document" FROM "Feedback" WHERE "essayId" = ${comment.essayId} FOR UPDATE`;
    if (row?.document)
      await tx.feedback.update({
        where: { essayId: comment.essayId },
        data: { document: removeCommentAnchor(row.document, comment.id) as Prisma.InputJsonObject },
      });
    await tx.comment.delete({ where: { id: comment.id } });
  });
  return { id: comment.id };
}

// Replies join the thread of the comment they answer (threads are one level deep).
export async function replyToComment(user: SessionUser, commentId: string, body: string) {
  const comment =
    user.role === "TEACHER"
      ? await findCommentForTeacherOrThrow(user, commentId)
      : await findCommentForStudentOrThrow(user, commentId);
  return db.comment.create({
    data: {
      id: newCommentId(),
      essayId: comment.essayId,
      authorId: user.id,
      parentId: comment.parentId ?? comment.id,
      body,
    },
    select: { id: true, parentId: true },
  });
}

export async function setCommentResolved(teacher: SessionUser, commentId: string, resolved: boolean) {
  const comment = await findCommentForTeacherOrThrow(teacher, commentId);
  if (comment.parentId) throw invalid("Resolve the comment itself, not a reply.", "commentId");
  return db.comment.update({
    where: { id: comment.id },
    data: { resolvedAt: resolved ? new Date() : null },
    select: { id: true, resolvedAt: true },
  });
}

export async function setCommentActedOn(student: SessionUser, commentId: string, actedOn: boolean) {
  const comment = await findCommentForStudentOrThrow(student, commentId);
  if (comment.parentId) throw invalid("Mark the teacher's comment as acted on, not a reply.", "commentId");
  return db.comment.update({
    where: { id: comment.id },
    data: { actedOnAt: actedOn ? new Date() : null },
    select: { id: true, actedOnAt: true },
  });
}
