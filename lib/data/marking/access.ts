import "server-only";
import { ActionError } from "@/lib/actions/safe-action";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

// Who may touch which essay's marking. An essay in another teacher's class, or another
// student's essay, looks like no essay at all.
const NOT_YOURS_TO_MARK = "That essay was not found among your classes' essays.";

export async function findEssayToMark(teacher: SessionUser, essayId: string) {
  const essay = await db.essay.findFirst({
    where: { id: essayId, assignment: { class: { teacherId: teacher.id } } },
    select: { id: true, submittedAt: true, document: true, assignmentId: true, assignment: { select: { markScheme: { select: { levels: true } } } } },
  });
  if (!essay) throw new ActionError(NOT_YOURS_TO_MARK, "essayId", 404);
  if (!essay.submittedAt) throw new ActionError("This essay has not been submitted yet, so it cannot be marked.", "essayId", 409);
  return essay;
}

export async function findCommentForTeacher(teacher: SessionUser, commentId: string) {
  const comment = await db.comment.findFirst({
    where: { id: commentId, essay: { assignment: { class: { teacherId: teacher.id } } } },
    select: { id: true, essayId: true, parentId: true, authorId: true, body: true, code: true },
  });
  if (!comment) throw new ActionError("That comment was not found on your classes' essays.", "commentId", 404);
  return comment;
}

// Students reach comments only on their own essay, and only once the feedback is released.
export async function findCommentForStudent(student: SessionUser, commentId: string) {
  const comment = await db.comment.findFirst({
    where: { id: commentId, essay: { studentId: student.id, feedback: { releasedAt: { not: null } } } },
    select: { id: true, essayId: true, parentId: true },
  });
  if (!comment) throw new ActionError("That comment was not found on your essays' feedback.", "commentId", 404);
  return comment;
}
