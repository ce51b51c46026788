import "server-only";
import { ActionError } from "@/lib/actions/safe-action";
import { markSchemesVisibleTo } from "@/lib/authz";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { TCreateAssignmentInput } from "@/lib/validation/assignments";

export type StudentAssignmentStatus = "to-do" | "in-progress" | "submitted" | "marked";

export async function createAssignment(teacher: SessionUser, input: TCreateAssignmentInput) {
  const [owned, prompt, markScheme] = await Promise.all([
    db.class.findFirst({ where: { id: input.classId, teacherId: teacher.id }, select: { archivedAt: true } }),
    db.prompt.findFirst({ where: { id: input.promptId, kind: { not: "REVISION" } }, select: { id: true } }),
    db.markScheme.findFirst({ where: { id: input.markSchemeId, ...markSchemesVisibleTo(teacher) }, select: { id: true } }),
  ]);
  if (!owned) throw new ActionError("That class was not found among your classes.", "classId", 404);
  if (owned.archivedAt) throw new ActionError("This class is archived. Restore it before setting work.", "classId");
  if (!prompt) throw new ActionError("Choose an essay prompt from the library.", "promptId");
  if (!markScheme) throw new ActionError("Choose one of the mark schemes offered.", "markSchemeId");
  return db.assignment.create({
    data: {
      classId: input.classId,
      promptId: input.promptId,
      markSchemeId: input.markSchemeId,
      timeLimitMinutes: input.timeLimitMinutes,
      opensAt: input.opensAt,
      dueAt: input.dueAt,
      createdById: teacher.id,
    },
    select: { id: true },
  });
}

// What a teacher picks from when setting an essay.
export async function listAssignmentChoices(teacher: SessionUser) {
  const [prompts, markSchemes] = await Promise.all([
    db.prompt.findMany({ where: { kind: { not: "REVISION" } }, select: { id: true, text: true, origin: true, marks: true, kind: true }, orderBy: [{ origin: "asc" }, { text: "asc" }] }),
    db.markScheme.findMany({ where: markSchemesVisibleTo(teacher), select: { id: true, name: true, totalMarks: true, slug: true }, orderBy: { name: "asc" } }),
  ]);
  return { prompts, markSchemes };
}

export async function listAssignmentsForStudent(student: SessionUser) {
  const assignments = await db.assignment.findMany({
    where: { opensAt: { lte: new Date() }, class: { archivedAt: null, enrolments: { some: { studentId: student.id } } } },
    select: {
      id: true,
      dueAt: true,
      timeLimitMinutes: true,
      class: { select: { name: true } },
      prompt: { select: { text: true } },
      essays: { where: { studentId: student.id }, select: { startedAt: true, submittedAt: true, markedAt: true } },
    },
    orderBy: { dueAt: "asc" },
  });
  return assignments.map(({ essays, ...assignment }) => ({ ...assignment, status: statusOf(essays[0]) }));
}

export async function getAssignmentForStudent(student: SessionUser, assignmentId: string) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, opensAt: { lte: new Date() }, class: { archivedAt: null, enrolments: { some: { studentId: student.id } } } },
    select: {
      id: true,
      opensAt: true,
      dueAt: true,
      timeLimitMinutes: true,
      class: { select: { name: true } },
      prompt: { select: { id: true, text: true, marks: true, kind: true } },
      markScheme: { select: { name: true, totalMarks: true } },
      essays: { where: { studentId: student.id }, select: { startedAt: true, submittedAt: true, markedAt: true } },
    },
  });
  if (!assignment) return null;
  const { essays, ...rest } = assignment;
  return { ...rest, status: statusOf(essays[0]) };
}

export async function getAssignmentForTeacher(teacher: SessionUser, assignmentId: string) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, class: { teacherId: teacher.id } },
    select: {
      id: true,
      opensAt: true,
      dueAt: true,
      timeLimitMinutes: true,
      prompt: { select: { text: true, marks: true } },
      markScheme: { select: { name: true, totalMarks: true, levels: true } },
      class: { select: { id: true, name: true, enrolments: { select: { student: { select: { id: true, name: true, email: true } } }, orderBy: { student: { name: "asc" } } } } },
      essays: {
        select: {
          id: true,
          studentId: true,
          startedAt: true,
          submittedAt: true,
          markedAt: true,
          autoSubmitted: true,
          wordCount: true,
          quotationIds: true,
          evidenceIds: true,
          feedback: { select: { level: true, mark: true, releasedAt: true } },
        },
      },
    },
  });
  if (!assignment) return null;
  const essays = new Map(assignment.essays.map((essay) => [essay.studentId, essay]));
  const students = assignment.class.enrolments.map(({ student }) => ({ ...student, essay: essays.get(student.id) ?? null, status: statusOf(essays.get(student.id)) }));
  return { ...assignment, students };
}

function statusOf(essay: { submittedAt: Date | null; markedAt: Date | null } | undefined): StudentAssignmentStatus {
  if (!essay) return "to-do";
  if (essay.markedAt) return "marked";
  if (essay.submittedAt) return "submitted";
  return "in-progress";
}
