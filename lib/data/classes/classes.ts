import "server-only";
import { ActionError } from "@/lib/actions/safe-action";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { generateJoinCode } from "./join-code";
import { isUniqueViolation } from "@/lib/data/unique-violation";

// Reads and writes for classes. Callers have already checked access with lib/authz; every query
// here is still scoped by the teacher or student it is for.

export async function listClassesForTeacher(teacher: SessionUser) {
  return db.class.findMany({
    where: { teacherId: teacher.id },
    select: { id: true, name: true, joinCode: true, archivedAt: true, _count: { select: { enrolments: true, assignments: true } } },
    orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { name: "asc" }],
  });
}

export async function getClassForTeacher(teacher: SessionUser, classId: string) {
  return db.class.findFirst({
    where: { id: classId, teacherId: teacher.id },
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
  await db.class.updateMany({ where: { id: classId, teacherId: teacher.id }, data: { name } });
}

export async function setClassArchived(teacher: SessionUser, classId: string, archived: boolean) {
  await db.class.updateMany({ where: { id: classId, teacherId: teacher.id }, data: { archivedAt: archived ? new Date() : null } });
}

export async function regenerateJoinCode(teacher: SessionUser, classId: string) {
  return withUniqueJoinCode(async (joinCode) => {
    await db.class.updateMany({ where: { id: classId, teacherId: teacher.id }, data: { joinCode } });
    return { joinCode };
  });
}

export async function removeStudent(teacher: SessionUser, classId: string, studentId: string) {
  const removed = await db.enrolment.deleteMany({ where: { classId, studentId, class: { teacherId: teacher.id } } });
  if (removed.count === 0) throw new ActionError("That student is not in this class.", undefined, 404);
}

export async function joinClassByCode(student: SessionUser, joinCode: string) {
  const found = await db.class.findFirst({ where: { joinCode, archivedAt: null }, select: { id: true, name: true } });
  if (!found) throw new ActionError("That join code does not match any class. Check it with your teacher.", "joinCode", 404);
  await db.enrolment.upsert({
    where: { classId_studentId: { classId: found.id, studentId: student.id } },
    create: { classId: found.id, studentId: student.id },
    update: {},
  });
  return found;
}

export async function listClassesForStudent(student: SessionUser) {
  return db.class.findMany({
    where: { archivedAt: null, enrolments: { some: { studentId: student.id } } },
    select: { id: true, name: true, teacher: { select: { name: true } } },
    orderBy: { name: "asc" },
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
