import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { classesAttendedBy, classesTaughtBy } from "@/lib/access/classes";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";

type Someone = Pick<SessionUser, "id">;

// A student sees an assignment once it has opened, and only in a class they belong to.
export function assignmentsOpenTo(student: Someone, now = new Date()): Prisma.AssignmentWhereInput {
  return { opensAt: { lte: now }, archivedAt: null, class: classesAttendedBy(student) };
}

// A teacher sees the assignments set to their own classes, opened or not.
export function assignmentsSetBy(teacher: Someone): Prisma.AssignmentWhereInput {
  return { class: classesTaughtBy(teacher) };
}

export function assignmentsVisibleTo(user: Pick<SessionUser, "id" | "role">): Prisma.AssignmentWhereInput {
  return user.role === "TEACHER" ? assignmentsSetBy(user) : assignmentsOpenTo(user);
}

export async function findOwnAssignmentOrThrow(teacher: Someone, assignmentId: string) {
  const found = await db.assignment.findFirst({
    where: { id: assignmentId, ...assignmentsSetBy(teacher) },
    select: { id: true, classId: true },
  });
  if (!found) throw notFound("That assignment was not found among your classes.");
  return found;
}
