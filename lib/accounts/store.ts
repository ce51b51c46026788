import "server-only";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { conflict, invalid } from "@/lib/errors";
import { findJoinableClassOrThrow } from "@/lib/classes/policy";

const EMAIL_TAKEN = "An account with this email already exists. Sign in instead, or use another email.";

export async function createTeacher(input: { name: string; email: string; password: string }) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({ data: { name: input.name, email: input.email, passwordHash, role: "TEACHER" }, select: { id: true } });
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
