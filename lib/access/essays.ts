import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { assignmentsOpenTo, assignmentsSetBy } from "@/lib/access/assignments";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";

type Someone = Pick<SessionUser, "id">;

// An essay is its student's; another student's essay looks like no essay at all.
export function essaysWrittenBy(student: Someone): Prisma.EssayWhereInput {
  return { studentId: student.id };
}

// A teacher reaches the essays written for the assignments set to their own classes.
export function essaysInClassesOf(teacher: Someone): Prisma.EssayWhereInput {
  return { assignment: assignmentsSetBy(teacher) };
}

// Who is saving, from the session cookie, with the session version it was issued at.
export type Writer = { id: string; sessionVersion: number };

// The same rule in the autosave's and the submission's own SQL (statements sent without Prisma's
// query builder, see ./store.ts): the essay is this student's, and, for a save read from a cookie,
// the account is a student's whose session is still current (a password change ends it) and
// whose password is their own (a first-time password someone handed out opens nothing).
export function essayOfWriterSql(writer: Someone | Writer): Prisma.Sql {
  const session =
    "sessionVersion" in writer
      ? Prisma.sql`AND EXISTS (SELECT 1 FROM "User" u WHERE u.id = ${writer.id} AND u.role = 'STUDENT' AND u."sessionVersion" = ${writer.sessionVersion} AND NOT u."mustChangePassword")`
      : Prisma.empty;
  return Prisma.sql`"studentId" = ${writer.id} ${session}`;
}

// A student may start writing for an assignment they can see.
export async function findAssignmentToWriteOrThrow(student: Someone, assignmentId: string) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, ...assignmentsOpenTo(student) },
    select: {
      id: true,
      dueAt: true,
      timeLimitMinutes: true,
      accommodations: {
        where: { studentId: student.id },
        select: { extraTimePercent: true, extraMinutes: true, dueAt: true },
      },
      essays: { where: essaysWrittenBy(student), orderBy: { draft: "desc" }, take: 1, select: { id: true } },
    },
  });
  if (!assignment) throw notFound("That assignment was not found among yours.", "assignmentId");
  return assignment;
}

export async function findOwnEssayOrThrow(student: Someone, essayId: string) {
  const essay = await db.essay.findFirst({
    where: { id: essayId, ...essaysWrittenBy(student) },
    select: { id: true, submittedAt: true, assignment: { select: { promptId: true } } },
  });
  if (!essay) throw notFound("That essay was not found among yours.", "essayId");
  return essay;
}

// An essay's history, writing log and words as they stand: its student, and the teacher of the
// class it was set to, while it is written and after. Nobody else.
export function essaysReadableBy(user: Pick<SessionUser, "id" | "role">): Prisma.EssayWhereInput {
  return user.role === "TEACHER" ? essaysInClassesOf(user) : essaysWrittenBy(user);
}

export async function findEssayToReadOrThrow(user: Pick<SessionUser, "id" | "role">, essayId: string) {
  const essay = await db.essay.findFirst({
    where: { id: essayId, ...essaysReadableBy(user) },
    select: {
      id: true,
      draft: true,
      studentId: true,
      assignmentId: true,
      version: true,
      savedAt: true,
      startedAt: true,
      deadlineAt: true,
      submittedAt: true,
      wordCount: true,
      plainText: true,
      document: true,
      initialDocument: true,
      logFlag: true,
      pastedChars: true,
      largestPaste: true,
      student: { select: { name: true } },
      assignment: {
        select: { title: true, prompt: { select: { text: true } }, class: { select: { id: true, name: true } } },
      },
    },
  });
  if (!essay) throw notFound("That essay was not found among yours.", "essayId");
  return essay;
}
