import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";

// Who may see and change which class. Every other domain reaches classes through these scopes.

type Someone = Pick<SessionUser, "id">;

// A teacher's own classes: another teacher's class looks like no class at all.
export function classesTaughtBy(teacher: Someone): Prisma.ClassWhereInput {
  return { teacherId: teacher.id };
}

// The classes a student belongs to and still sees: an archived class disappears for its students.
export function classesAttendedBy(student: Someone): Prisma.ClassWhereInput {
  return { archivedAt: null, enrolments: { some: { studentId: student.id } } };
}

// A join code admits a student to its class while the class is not archived.
export function classJoinableWith(joinCode: string): Prisma.ClassWhereInput {
  return { joinCode, archivedAt: null };
}

// The teachers of a student's current classes (whose suggestions and set decks the student sees).
export function teachersOf(student: Someone): Prisma.UserWhereInput {
  return { classesTaught: { some: classesAttendedBy(student) } };
}

// Students a teacher may see: those enrolled in one of their classes (or in the one given).
export function studentsTaughtBy(teacher: Someone, classId?: string): Prisma.UserWhereInput {
  return { role: "STUDENT", enrolments: { some: { classId, class: classesTaughtBy(teacher) } } };
}

// An invitation is answered only by the account it was sent to, and only while its class runs.
export function invitationsFor(student: Someone): Prisma.ClassInvitationWhereInput {
  return { accountId: student.id, class: { archivedAt: null } };
}

// A teacher sees and withdraws the invitations of their own classes.
export function invitationsSentBy(teacher: Someone): Prisma.ClassInvitationWhereInput {
  return { class: classesTaughtBy(teacher) };
}

export async function findOwnClassOrThrow(teacher: Someone, classId: string) {
  const found = await db.class.findFirst({
    where: { id: classId, ...classesTaughtBy(teacher) },
    select: { id: true, name: true, archivedAt: true },
  });
  if (!found) throw notFound("That class was not found among your classes.");
  return found;
}

export async function findJoinableClassOrThrow(joinCode: string) {
  const found = await db.class.findFirst({ where: classJoinableWith(joinCode), select: { id: true, name: true } });
  if (!found) throw notFound("That join code does not match any class. Check it with your teacher.", "joinCode");
  return found;
}
