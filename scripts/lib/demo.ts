// Demo mode: on an empty database, a teacher, a class of three students and one assignment,
// so the app can be tried straight away. Only for a local embedded database, or when asked for
// with WORKBENCH_DEMO=1; never otherwise.
import { hashPassword } from "@/lib/auth/password";
import { createDatabaseClient } from "@/lib/database-client";
import { generateJoinCode } from "@/lib/data/classes/join-code";

export const DEMO_TEACHER = { name: "Ms Demo", email: "teacher@example.com", password: "demo-teacher-password" };
export const DEMO_STUDENTS = [
  { name: "Alex Student", email: "alex@example.com" },
  { name: "Sam Student", email: "sam@example.com" },
  { name: "Jo Student", email: "jo@example.com" },
];
export const DEMO_STUDENT_PASSWORD = "demo-student-password";

export async function seedDemoIfEmpty(databaseUrl: string): Promise<string | undefined> {
  const db = createDatabaseClient(databaseUrl, 1);
  try {
    if ((await db.user.count()) > 0) return undefined;
    const [teacherHash, studentHash] = await Promise.all([hashPassword(DEMO_TEACHER.password), hashPassword(DEMO_STUDENT_PASSWORD)]);
    const prompt = await db.prompt.findUniqueOrThrow({ where: { slug: "rise-weaknesses-of-opponents" }, select: { id: true } });
    const scheme = await db.markScheme.findUniqueOrThrow({ where: { slug: "essay-25-ao1" }, select: { id: true } });
    const joinCode = generateJoinCode();
    await db.$transaction(async (tx) => {
      const teacher = await tx.user.create({ data: { name: DEMO_TEACHER.name, email: DEMO_TEACHER.email, passwordHash: teacherHash, role: "TEACHER" } });
      const students = await Promise.all(DEMO_STUDENTS.map((student) => tx.user.create({ data: { ...student, passwordHash: studentHash, role: "STUDENT" } })));
      const demoClass = await tx.class.create({
        data: { name: "Year 13 History (demo)", teacherId: teacher.id, joinCode, enrolments: { create: students.map((student) => ({ studentId: student.id })) } },
      });
      const now = Date.now();
      await tx.assignment.create({
        data: { classId: demoClass.id, promptId: prompt.id, markSchemeId: scheme.id, timeLimitMinutes: 45, opensAt: new Date(now), dueAt: new Date(now + 7 * 24 * 60 * 60_000), createdById: teacher.id },
      });
    });
    return [
      "Demo accounts created (this database was empty):",
      `  teacher   ${DEMO_TEACHER.email}  /  ${DEMO_TEACHER.password}`,
      ...DEMO_STUDENTS.map((student) => `  student   ${student.email}  /  ${DEMO_STUDENT_PASSWORD}`),
      `  class "Year 13 History (demo)", join code ${joinCode}, with one 45-minute essay set`,
    ].join("\n");
  } finally {
    await db.$disconnect();
  }
}
