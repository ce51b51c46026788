import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { classesTaughtBy } from "@/lib/classes/policy";
import { db } from "@/lib/db/client";
import { invalid, notFound } from "@/lib/errors";
import { essaysWrittenBy } from "@/lib/essays/policy";
import { markSchemesUsableBy } from "@/lib/marking/policy";
import { assignmentsOpenTo, assignmentsSetBy, assignmentsVisibleTo } from "./policy";
import { statusOf } from "./rules";
import type { TCreateAssignmentInput } from "./schema";

export async function createAssignment(teacher: SessionUser, input: TCreateAssignmentInput) {
  const [owned, prompt, markScheme] = await Promise.all([
    db.class.findFirst({ where: { id: input.classId, ...classesTaughtBy(teacher) }, select: { archivedAt: true } }),
    db.prompt.findFirst({ where: { id: input.promptId, kind: { not: "REVISION" } }, select: { id: true } }),
    db.markScheme.findFirst({ where: { id: input.markSchemeId, ...markSchemesUsableBy(teacher) }, select: { id: true } }),
  ]);
  if (!owned) throw notFound("That class was not found among your classes.", "classId");
  if (owned.archivedAt) throw invalid("This class is archived. Restore it before setting work.", "classId");
  if (!prompt) throw invalid("Choose an essay prompt from the library.", "promptId");
  if (!markScheme) throw invalid("Choose one of the mark schemes offered.", "markSchemeId");
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
    db.markScheme.findMany({ where: markSchemesUsableBy(teacher), select: { id: true, name: true, totalMarks: true, slug: true }, orderBy: { name: "asc" } }),
  ]);
  return { prompts, markSchemes };
}

export async function listAssignmentsForStudent(student: SessionUser) {
  const assignments = await db.assignment.findMany({
    where: assignmentsOpenTo(student),
    select: {
      id: true,
      dueAt: true,
      timeLimitMinutes: true,
      class: { select: { name: true } },
      prompt: { select: { text: true } },
      essays: { where: essaysWrittenBy(student), select: { startedAt: true, submittedAt: true, markedAt: true } },
    },
    orderBy: { dueAt: "asc" },
  });
  return assignments.map(({ essays, ...assignment }) => ({ ...assignment, status: statusOf(essays[0]) }));
}

export async function getAssignmentForStudent(student: SessionUser, assignmentId: string) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, ...assignmentsOpenTo(student) },
    select: {
      id: true,
      opensAt: true,
      dueAt: true,
      timeLimitMinutes: true,
      class: { select: { name: true } },
      prompt: { select: { id: true, text: true, marks: true, kind: true } },
      markScheme: { select: { name: true, totalMarks: true } },
      essays: { where: essaysWrittenBy(student), select: { startedAt: true, submittedAt: true, markedAt: true } },
    },
  });
  if (!assignment) return null;
  const { essays, ...rest } = assignment;
  return { ...rest, status: statusOf(essays[0]) };
}

export async function getAssignmentForTeacher(teacher: SessionUser, assignmentId: string) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, ...assignmentsSetBy(teacher) },
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

// The assignment an editor's sidebar searches for (its teacher's suggestions come first): the
// student's own, opened assignment, or one set to the teacher's own class.
export async function findAssignmentForSidebarOrThrow(user: SessionUser, assignmentId: string) {
  const assignment = await db.assignment.findFirst({ where: { id: assignmentId, ...assignmentsVisibleTo(user) }, select: { promptId: true, class: { select: { teacherId: true } } } });
  if (!assignment) throw notFound("That assignment was not found among yours.");
  return assignment;
}
