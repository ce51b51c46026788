import "server-only";
import { db } from "@/lib/db";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";

// Every read and write goes through these guards. Deny by default: a guard either returns what
// the user may touch, scoped by owner or class, or throws.

export class AuthzError extends Error {
  constructor(
    readonly status: 401 | 403 | 404,
    message: string,
  ) {
    super(message);
  }
}

export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AuthzError(401, "Please sign in to do that.");
  return user;
}

export async function requireTeacher(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "TEACHER") throw new AuthzError(403, "Only teachers can do that.");
  return user;
}

export async function requireStudent(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "STUDENT") throw new AuthzError(403, "Only students can do that.");
  return user;
}

// A class is found only through its teacher: another teacher's class looks like no class at all.
export async function assertTeacherOwnsClass(user: SessionUser, classId: string) {
  const found = await db.class.findFirst({ where: { id: classId, teacherId: user.id }, select: { id: true, name: true, archivedAt: true } });
  if (!found) throw new AuthzError(404, "That class was not found among your classes.");
  return found;
}

export async function assertTeacherOwnsAssignment(user: SessionUser, assignmentId: string) {
  const found = await db.assignment.findFirst({ where: { id: assignmentId, class: { teacherId: user.id } }, select: { id: true, classId: true } });
  if (!found) throw new AuthzError(404, "That assignment was not found among your classes.");
  return found;
}

// A student sees an assignment once it has opened, and only in a class they belong to.
export async function assertStudentCanSeeAssignment(user: SessionUser, assignmentId: string) {
  const found = await db.assignment.findFirst({
    where: { id: assignmentId, opensAt: { lte: new Date() }, class: { archivedAt: null, enrolments: { some: { studentId: user.id } } } },
    select: { id: true },
  });
  if (!found) throw new AuthzError(404, "That assignment was not found among yours.");
  return found;
}

// Mark schemes a teacher may use: the shipped defaults and their own.
export function markSchemesVisibleTo(user: SessionUser) {
  return { OR: [{ ownerId: null }, { ownerId: user.id }] };
}
