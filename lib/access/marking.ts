import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { conflict, forbidden, notFound } from "@/lib/errors";
import { essaysInClassesOf, essaysWrittenBy } from "@/lib/access/essays";

// Who may touch which essay's marking. An essay in another teacher's class, or another
// student's essay, looks like no essay at all.

type Someone = Pick<SessionUser, "id">;

// A teacher marks the handed-in essays of their own classes.
export function essaysMarkableBy(teacher: Someone): Prisma.EssayWhereInput {
  return { ...essaysInClassesOf(teacher), submittedAt: { not: null } };
}

// Each student's latest handed-in draft: submitted, and not superseded by a submitted redraft.
// A redraft still being written leaves the draft before it as the one that counts.
export function latestSubmittedDrafts(): Prisma.EssayWhereInput {
  return { submittedAt: { not: null }, NOT: { nextDraft: { is: { submittedAt: { not: null } } } } };
}

// A student reads the feedback on their own essay, and only once it is released.
export function essaysWithFeedbackReleasedTo(student: Someone): Prisma.EssayWhereInput {
  return { ...essaysWrittenBy(student), feedback: { releasedAt: { not: null } } };
}

export function commentsSeenByTeacher(teacher: Someone): Prisma.CommentWhereInput {
  return { essay: essaysInClassesOf(teacher) };
}

export function commentsReleasedTo(student: Someone): Prisma.CommentWhereInput {
  return { essay: essaysWithFeedbackReleasedTo(student) };
}

// Mark schemes a teacher may use: the shipped defaults and their own.
export function markSchemesUsableBy(teacher: Someone): Prisma.MarkSchemeWhereInput {
  return { OR: [{ ownerId: null }, { ownerId: teacher.id }] };
}

// A teacher's comment bank is theirs alone.
export function bankOf(teacher: Someone): Prisma.CommentBankItemWhereInput {
  return { teacherId: teacher.id };
}

export async function findEssayToMarkOrThrow(teacher: Someone, essayId: string) {
  const essay = await db.essay.findFirst({
    where: { id: essayId, ...essaysInClassesOf(teacher) },
    select: {
      id: true,
      submittedAt: true,
      document: true,
      assignmentId: true,
      assignment: { select: { markScheme: { select: { levels: true } } } },
    },
  });
  if (!essay) throw notFound("That essay was not found among your classes' essays.", "essayId");
  if (!essay.submittedAt) throw conflict("This essay has not been submitted yet, so it cannot be marked.", "essayId");
  return essay;
}

export async function findCommentForTeacherOrThrow(teacher: Someone, commentId: string) {
  const comment = await db.comment.findFirst({
    where: { id: commentId, ...commentsSeenByTeacher(teacher) },
    select: { id: true, essayId: true, parentId: true, authorId: true, body: true, code: true },
  });
  if (!comment) throw notFound("That comment was not found on your classes' essays.", "commentId");
  return comment;
}

export async function findCommentForStudentOrThrow(student: Someone, commentId: string) {
  const comment = await db.comment.findFirst({
    where: { id: commentId, ...commentsReleasedTo(student) },
    select: { id: true, essayId: true, parentId: true },
  });
  if (!comment) throw notFound("That comment was not found on your essays' feedback.", "commentId");
  return comment;
}

// A teacher deletes any comment on their classes' essays, but only their own replies in a thread.
export function assertMayDeleteComment(teacher: Someone, comment: { parentId: string | null; authorId: string }) {
  if (comment.parentId && comment.authorId !== teacher.id) throw forbidden("You can delete only your own replies.");
}
