import "server-only";
import { generateFirstPassword, hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { invalid, notFound } from "@/lib/errors";
import { classesAttendedBy, classesTaughtBy, findJoinableClassOrThrow } from "./policy";
import { generateJoinCode } from "./rules";
import type { CreatedStudent } from "./views";

// Reads and writes for classes. Callers have already checked access (./policy.ts); every query
// here is still scoped by the teacher or student it is for.

export async function listClassesForTeacher(teacher: SessionUser) {
  return db.class.findMany({
    where: classesTaughtBy(teacher),
    select: { id: true, name: true, joinCode: true, archivedAt: true, _count: { select: { enrolments: true, assignments: true } } },
    orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { name: "asc" }],
  });
}

export async function getClassForTeacher(teacher: SessionUser, classId: string) {
  return db.class.findFirst({
    where: { id: classId, ...classesTaughtBy(teacher) },
    select: {
      id: true,
      name: true,
      joinCode: true,
      archivedAt: true,
      enrolments: { select: { joinedAt: true, student: { select: { id: true, name: true, email: true } } }, orderBy: { student: { name: "asc" } } },
      assignments: {
        select: {
          id: true,
          opensAt: true,
          dueAt: true,
          timeLimitMinutes: true,
          prompt: { select: { text: true } },
          essays: { select: { submittedAt: true } },
        },
        orderBy: { dueAt: "desc" },
      },
    },
  });
}

export async function createClass(teacher: SessionUser, name: string) {
  return withUniqueJoinCode((joinCode) => db.class.create({ data: { name, teacherId: teacher.id, joinCode }, select: { id: true, joinCode: true } }));
}

export async function renameClass(teacher: SessionUser, classId: string, name: string) {
  await db.class.updateMany({ where: { id: classId, ...classesTaughtBy(teacher) }, data: { name } });
}

export async function setClassArchived(teacher: SessionUser, classId: string, archived: boolean) {
  await db.class.updateMany({ where: { id: classId, ...classesTaughtBy(teacher) }, data: { archivedAt: archived ? new Date() : null } });
}

export async function regenerateJoinCode(teacher: SessionUser, classId: string) {
  return withUniqueJoinCode(async (joinCode) => {
    await db.class.updateMany({ where: { id: classId, ...classesTaughtBy(teacher) }, data: { joinCode } });
    return { joinCode };
  });
}

export async function removeStudent(teacher: SessionUser, classId: string, studentId: string) {
  const removed = await db.enrolment.deleteMany({ where: { classId, studentId, class: classesTaughtBy(teacher) } });
  if (removed.count === 0) throw notFound("That student is not in this class.");
}

export async function joinClassByCode(student: SessionUser, joinCode: string) {
  const found = await findJoinableClassOrThrow(joinCode);
  await db.enrolment.upsert({
    where: { classId_studentId: { classId: found.id, studentId: student.id } },
    create: { classId: found.id, studentId: student.id },
    update: {},
  });
  return found;
}

export async function listClassesForStudent(student: SessionUser) {
  return db.class.findMany({
    where: classesAttendedBy(student),
    select: { id: true, name: true, teacher: { select: { name: true } } },
    orderBy: { name: "asc" },
  });
}

// Accounts from a pasted roster: new students get a first-time password (shown once, never
// stored in clear); existing students are enrolled; a teacher's email is refused. All or nothing.
export async function addStudentsToClass(teacher: SessionUser, classId: string, roster: { name: string; email: string }[]): Promise<CreatedStudent[]> {
  const existing = await db.user.findMany({ where: { email: { in: roster.map((row) => row.email) } }, select: { id: true, email: true, role: true, enrolments: { where: { classId }, select: { classId: true } } } });
  const teachers = existing.filter((user) => user.role === "TEACHER");
  if (teachers.length) throw invalid(`${teachers.map((user) => user.email).join(", ")} belongs to a teacher's account and cannot be added as a student.`, "roster");
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
    const owned = await tx.class.findFirst({ where: { id: classId, ...classesTaughtBy(teacher) }, select: { id: true } });
    if (!owned) throw notFound("That class was not found among your classes.");
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

// Join codes are random; on the rare collision with an existing one, draw again.
async function withUniqueJoinCode<T>(write: (joinCode: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await write(generateJoinCode());
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error("Could not find an unused join code");
}
