import "server-only";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session";
import { db, transaction } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { conflict, invalid, notFound } from "@/lib/errors";
import { findJoinableClassOrThrow } from "@/lib/classes/policy";

const EMAIL_TAKEN = "An account with this email already exists. Sign in instead, or use another email.";

// The first teacher of an installation becomes its administrator (two sign-ups at once are
// serialised by a lock, so there is only ever one first).
export async function createTeacher(input: { name: string; email: string; password: string }) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('workbench.first-administrator'))`;
      const isAdministrator = (await tx.user.count({ where: { isAdministrator: true } })) === 0;
      return tx.user.create({ data: { name: input.name, email: input.email, passwordHash, role: "TEACHER", isAdministrator }, select: { id: true, isAdministrator: true } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(EMAIL_TAKEN, "email");
    throw error;
  }
}

// A new student account and its first class, together or not at all.
export async function createStudentInClass(input: { name: string; email: string; password: string; joinCode: string }) {
  const passwordHash = await hashPassword(input.password);
  const found = await findJoinableClassOrThrow(input.joinCode);
  try {
    return await db.user.create({
      data: { name: input.name, email: input.email, passwordHash, role: "STUDENT", enrolments: { create: { classId: found.id } } },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(EMAIL_TAKEN, "email");
    throw error;
  }
}

export async function changePassword(user: SessionUser, currentPassword: string, newPassword: string) {
  const stored = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!stored || !(await verifyPassword(stored.passwordHash, currentPassword))) {
    throw invalid("Your current password is not right.", "currentPassword");
  }
  // Bumping the session version signs out every other session of this account.
  await db.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(newPassword), mustChangePassword: false, sessionVersion: { increment: 1 } },
  });
}

// The administrator's view of the installation's teachers and their library curation rights.
export function listTeachers() {
  return db.user.findMany({ where: { role: "TEACHER" }, select: { id: true, name: true, email: true, isAdministrator: true, canCurateLibrary: true }, orderBy: [{ name: "asc" }, { email: "asc" }] });
}

export async function setCurationRight(teacherId: string, granted: boolean) {
  const changed = await db.user.updateMany({ where: { id: teacherId, role: "TEACHER", isAdministrator: false }, data: { canCurateLibrary: granted } });
  if (changed.count === 0) throw notFound("That teacher was not found (the administrator always has the curation right).", "teacherId");
  return { teacherId, granted };
}
