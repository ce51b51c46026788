import "server-only";
import { ActionError } from "@/lib/actions/safe-action";
import { generateFirstPassword, hashPassword, verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/data/unique-violation";

const EMAIL_TAKEN = "An account with this email already exists. Sign in instead, or use another email.";

export async function createTeacher(input: { name: string; email: string; password: string }) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({ data: { name: input.name, email: input.email, passwordHash, role: "TEACHER" }, select: { id: true } });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ActionError(EMAIL_TAKEN, "email", 409);
    throw error;
  }
}

// A new student account and its first class, together or not at all.
export async function createStudentInClass(input: { name: string; email: string; password: string; joinCode: string }) {
  const passwordHash = await hashPassword(input.password);
  const found = await db.class.findFirst({ where: { joinCode: input.joinCode, archivedAt: null }, select: { id: true } });
  if (!found) throw new ActionError("That join code does not match any class. Check it with your teacher.", "joinCode", 404);
  try {
    return await db.user.create({
      data: { name: input.name, email: input.email, passwordHash, role: "STUDENT", enrolments: { create: { classId: found.id } } },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ActionError(EMAIL_TAKEN, "email", 409);
    throw error;
  }
}

export async function changePassword(user: SessionUser, currentPassword: string, newPassword: string) {
  const stored = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!stored || !(await verifyPassword(stored.passwordHash, currentPassword))) {
    throw new ActionError("Your current password is not right.", "currentPassword");
  }
  // Bumping the session version signs out every other session of this account.
  await db.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(newPassword), mustChangePassword: false, sessionVersion: { increment: 1 } },
  });
}

export type CreatedStudent = { name: string; email: string; firstPassword: string | null; status: "created" | "enrolled" | "already-in-class" };

// Accounts from a pasted roster: new students get a first-time password (shown once, never
// stored in clear); existing students are enrolled; a teacher's email is refused. All or nothing.
export async function addStudentsToClass(teacher: SessionUser, classId: string, roster: { name: string; email: string }[]): Promise<CreatedStudent[]> {
  const existing = await db.user.findMany({ where: { email: { in: roster.map((row) => row.email) } }, select: { id: true, email: true, role: true, enrolments: { where: { classId }, select: { classId: true } } } });
  const teachers = existing.filter((user) => user.role === "TEACHER");
  if (teachers.length) throw new ActionError(`${teachers.map((user) => user.email).join(", ")} belongs to a teacher's account and cannot be added as a student.`, "roster");
  const byEmail = new Map(existing.map((user) => [user.email, user]));

  const prepared = await Promise.all(
    roster.map(async (row) => {
      const found = byEmail.get(row.email);
      if (found) return { ...row, found, firstPassword: null, passwordHash: null };
      const firstPassword = generateFirstPassword();
      return { ...row, found: undefined, firstPassword, passwordHash: await hashPassword(firstPassword) };
    }),
  );

  return db.$transaction(async (tx) => {
    const owned = await tx.class.findFirst({ where: { id: classId, teacherId: teacher.id }, select: { id: true } });
    if (!owned) throw new ActionError("That class was not found among your classes.", undefined, 404);
    const results: CreatedStudent[] = [];
    for (const row of prepared) {
      if (row.found) {
        const already = row.found.enrolments.length > 0;
        if (!already) await tx.enrolment.create({ data: { classId, studentId: row.found.id } });
        results.push({ name: row.name, email: row.email, firstPassword: null, status: already ? "already-in-class" : "enrolled" });
      } else {
        await tx.user.create({
          data: { name: row.name, email: row.email, passwordHash: row.passwordHash!, role: "STUDENT", mustChangePassword: true, enrolments: { create: { classId } } },
        });
        results.push({ name: row.name, email: row.email, firstPassword: row.firstPassword, status: "created" });
      }
    }
    return results;
  });
}
