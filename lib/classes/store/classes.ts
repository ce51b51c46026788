import "server-only";
import { generateFirstPassword, hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { notFound } from "@/lib/errors";
import {
  classesAttendedBy,
  classesTaughtBy,
  findJoinableClassOrThrow,
  invitationsFor,
  invitationsSentBy,
} from "@/lib/access/classes";
import { generateJoinCode } from "../rules";
import type { CreatedStudent } from "../views";

// Reads and writes for classes. Callers have already checked access (./policy.ts); every query
// here is still scoped by the teacher or student it is for.

export async function listClassesForTeacher(teacher: SessionUser) {
  return db.class.findMany({
    where: classesTaughtBy(teacher),
    select: {
      id: true,
      name: true,
      joinCode: true,
      archivedAt: true,
      _count: { select: { enrolments: true, assignments: true } },
    },
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
      enrolments: {
        select: { joinedAt: true, student: { select: { id: true, name: true, email: true } } },
        orderBy: { student: { name: "asc" } },
      },
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
  return withUniqueJoinCode((joinCode) =>
    db.class.create({ data: { name, teacherId: teacher.id, joinCode }, select: { id: true, joinCode: true } }),
  );
}

export async function renameClass(teacher: SessionUser, classId: string, name: string) {
  await db.class.updateMany({ where: { id: classId, ...classesTaughtBy(teacher) }, data: { name } });
}

export async function setClassArchived(teacher: SessionUser, classId: string, archived: boolean) {
  await db.class.updateMany({
    where: { id: classId, ...classesTaughtBy(teacher) },
    data: { archivedAt: archived ? new Date() : null },
  });
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

// A pasted roster. A new email gets a student account in the class, with a first-time password
// shown once (never stored in clear). An email that already has an account, whoever's it is, gets
// an invitation to the class that its owner must accept: the teacher learns nothing about the
// account (not its role, its name or its other classes) and reaches nothing of it until then.
// All or nothing.
export async function addStudentsToClass(
  teacher: SessionUser,
  classId: string,
  roster: { name: string; email: string }[],
): Promise<CreatedStudent[]> {
  const existing = await db.user.findMany({
    where: { email: { in: roster.map((row) => row.email) } },
    select: { id: true, email: true, enrolments: { where: { classId }, select: { classId: true } } },
  });
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
    const owned = await tx.class.findFirst({
      where: { id: classId, ...classesTaughtBy(teacher) },
      select: { id: true },
    });
    if (!owned) throw notFound("That class was not found among your classes.");
    const results: CreatedStudent[] = [];
    for (const row of prepared) {
      if (row.found?.enrolments.length) {
        results.push({ name: row.name, email: row.email, firstPassword: null, status: "already-in-class" });
      } else if (row.found) {
        await tx.classInvitation.upsert({
          where: { classId_accountId: { classId, accountId: row.found.id } },
          create: {
            classId,
            accountId: row.found.id,
            nameAsTyped: row.name,
            email: row.email,
            invitedById: teacher.id,
          },
          update: { nameAsTyped: row.name },
        });
        results.push({ name: row.name, email: row.email, firstPassword: null, status: "invited" });
      } else {
        await tx.user.create({
          data: {
            name: row.name,
            email: row.email,
            passwordHash: row.passwordHash!,
            role: "STUDENT",
            mustChangePassword: true,
            enrolments: { create: { classId } },
          },
        });
        results.push({ name: row.name, email: row.email, firstPassword: row.firstPassword, status: "created" });
      }
    }
    return results;
  });
}

// What the class page lists as waiting: the invitations as the teacher typed them.
export function listPendingInvitations(teacher: SessionUser, classId: string) {
  return db.classInvitation.findMany({
    where: { classId, ...invitationsSentBy(teacher) },
    select: { id: true, nameAsTyped: true, email: true, createdAt: true },
    orderBy: { nameAsTyped: "asc" },
  });
}

export async function cancelInvitation(teacher: SessionUser, invitationId: string) {
  const removed = await db.classInvitation.deleteMany({ where: { id: invitationId, ...invitationsSentBy(teacher) } });
  if (removed.count === 0) throw notFound("That invitation was not found among your classes' invitations.");
  return { cancelled: true };
}

// A student's invitations to classes that are still running, with whose class it is.
export function listInvitationsFor(student: SessionUser) {
  return db.classInvitation.findMany({
    where: invitationsFor(student),
    select: { id: true, createdAt: true, class: { select: { name: true, teacher: { select: { name: true } } } } },
    orderBy: { createdAt: "asc" },
  });
}

// Accepting joins the class; declining removes the invitation. Only the invited account may do either.
export async function answerInvitation(student: SessionUser, invitationId: string, accept: boolean) {
  return db.$transaction(async (tx) => {
    const invitation = await tx.classInvitation.findFirst({
      where: { id: invitationId, ...invitationsFor(student) },
      select: { id: true, classId: true, class: { select: { name: true } } },
    });
    if (!invitation)
      throw notFound("That invitation was not found among yours. It may have been withdrawn.", "invitationId");
    if (accept)
      await tx.enrolment.upsert({
        where: { classId_studentId: { classId: invitation.classId, studentId: student.id } },
        create: { classId: invitation.classId, studentId: student.id },
        update: {},
      });
    await tx.classInvitation.delete({ where: { id: invitation.id } });
    return { className: invitation.class.name, joined: accept };
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
