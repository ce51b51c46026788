import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session";
import type { DatabaseClient } from "@/lib/db/create-database";
import { generateJoinCode } from "@/lib/classes/rules";
import { ensureDefaultMarkSchemes } from "@/lib/marking/store/default-mark-schemes";

let passwordHash: Promise<string> | undefined;
export const FACTORY_PASSWORD = "factory-password-123";

// rights: for a teacher who administers the installation, or who may curate the whole library.
export async function makeUser(
  db: DatabaseClient,
  role: "TEACHER" | "STUDENT",
  name = role === "TEACHER" ? "A Teacher" : "A Student",
  rights: { isAdministrator?: boolean; canCurateLibrary?: boolean } = {},
): Promise<SessionUser> {
  passwordHash ??= hashPassword(FACTORY_PASSWORD);
  const user = await db.user.create({
    data: {
      name,
      email: `${role.toLowerCase()}-${randomUUID()}@example.com`,
      passwordHash: await passwordHash,
      role,
      ...rights,
    },
  });
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    mustChangePassword: false,
    isAdministrator: user.isAdministrator,
    canCurateLibrary: user.canCurateLibrary,
  };
}

export async function makeClass(
  db: DatabaseClient,
  teacher: SessionUser,
  students: SessionUser[] = [],
  name = "Year 13 History",
) {
  return db.class.create({
    data: {
      name,
      teacherId: teacher.id,
      joinCode: generateJoinCode(),
      enrolments: { create: students.map((student) => ({ studentId: student.id })) },
    },
  });
}

export async function makePrompt(db: DatabaseClient) {
  return db.prompt.create({
    data: {
      slug: `prompt-${randomUUID()}`,
      text: "Was Stalinism a consequence of Leninism?",
      kind: "ESSAY",
      origin: "COMPOSED",
    },
  });
}

export async function defaultMarkScheme(db: DatabaseClient) {
  await ensureDefaultMarkSchemes(db);
  return db.markScheme.findUniqueOrThrow({ where: { slug: "essay-25-ao1" } });
}

export async function makeAssignment(
  db: DatabaseClient,
  teacher: SessionUser,
  classId: string,
  overrides: { opensAt?: Date; dueAt?: Date; timeLimitMinutes?: number | null; closedBook?: boolean } = {},
) {
  const [prompt, scheme] = await Promise.all([makePrompt(db), defaultMarkScheme(db)]);
  return db.assignment.create({
    data: {
      classId,
      promptId: prompt.id,
      markSchemeId: scheme.id,
      createdById: teacher.id,
      timeLimitMinutes: overrides.timeLimitMinutes === undefined ? 45 : overrides.timeLimitMinutes,
      closedBook: overrides.closedBook ?? false,
      opensAt: overrides.opensAt ?? new Date(Date.now() - 60_000),
      dueAt: overrides.dueAt ?? new Date(Date.now() + 7 * 24 * 60 * 60_000),
    },
  });
}
