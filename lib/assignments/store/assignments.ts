import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { classesTaughtBy } from "@/lib/access/classes";
import { db } from "@/lib/db/client";
import { conflict, forbidden, invalid, notFound } from "@/lib/errors";
import { essaysWrittenBy } from "@/lib/access/essays";
import { markSchemesUsableBy } from "@/lib/access/marking";
import { assignmentsOpenTo, assignmentsSetBy, assignmentsVisibleTo } from "@/lib/access/assignments";
import { deadlineFor, dueAtFor, pasteFlag, timeLimitFor } from "@/lib/essays/rules";
import { submitOverdueEssays } from "@/lib/essays/store/overdue";
import type { LiveRow } from "@/lib/essays/views";
import { statusOf } from "../rules";
import { STATUS_LABEL } from "../views";
import { describeTimeTaken } from "@/lib/format";
import type { TAccommodationInput, TCreateAssignmentInput, TUpdateAssignmentInput } from "../schema";

export async function createAssignment(teacher: SessionUser, input: TCreateAssignmentInput) {
  const [owned, prompt, markScheme] = await Promise.all([
    db.class.findFirst({ where: { id: input.classId, ...classesTaughtBy(teacher) }, select: { archivedAt: true } }),
    db.prompt.findFirst({
      where: { id: input.promptId, kind: { not: "REVISION" }, archivedAt: null },
      select: { id: true },
    }),
    db.markScheme.findFirst({
      where: { id: input.markSchemeId, ...markSchemesUsableBy(teacher) },
      select: { id: true },
    }),
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
      title: input.title,
      timeLimitMinutes: input.timeLimitMinutes,
      // Closed book is for timed essays: homework may always use the library.
      closedBook: input.closedBook && input.timeLimitMinutes !== null,
      opensAt: input.opensAt,
      dueAt: input.dueAt,
      createdById: teacher.id,
    },
    select: { id: true, classId: true },
  });
}

// What a teacher picks from when setting an essay.
export async function listAssignmentChoices(teacher: SessionUser) {
  const [prompts, markSchemes] = await Promise.all([
    db.prompt.findMany({
      where: { kind: { not: "REVISION" }, archivedAt: null },
      select: { id: true, text: true, origin: true, marks: true, kind: true },
      orderBy: [{ origin: "asc" }, { text: "asc" }],
    }),
    listMarkSchemeChoices(teacher),
  ]);
  return { prompts, markSchemes };
}

export function listMarkSchemeChoices(teacher: SessionUser) {
  return db.markScheme.findMany({
    where: markSchemesUsableBy(teacher),
    select: { id: true, name: true, totalMarks: true, slug: true },
    orderBy: { name: "asc" },
  });
}

export async function listAssignmentsForStudent(student: SessionUser) {
  const assignments = await db.assignment.findMany({
    where: assignmentsOpenTo(student),
    select: {
      id: true,
      title: true,
      dueAt: true,
      timeLimitMinutes: true,
      class: { select: { name: true } },
      prompt: { select: { text: true } },
      accommodations: {
        where: { studentId: student.id },
        select: { extraTimePercent: true, extraMinutes: true, dueAt: true },
      },
      essays: {
        where: essaysWrittenBy(student),
        orderBy: { draft: "desc" },
        take: 1,
        select: { draft: true, startedAt: true, submittedAt: true, markedAt: true },
      },
    },
    orderBy: { dueAt: "asc" },
  });
  return assignments.map(({ essays, accommodations, ...assignment }) => ({
    ...assignment,
    dueAt: dueAtFor(assignment.dueAt, accommodations[0]),
    timeLimitMinutes: timeLimitFor(assignment.timeLimitMinutes, accommodations[0]),
    draft: essays[0]?.draft ?? 1,
    status: statusOf(essays[0]),
  }));
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
      title: true,
      closedBook: true,
      markScheme: { select: { name: true, totalMarks: true } },
      accommodations: {
        where: { studentId: student.id },
        select: { extraTimePercent: true, extraMinutes: true, dueAt: true },
      },
      essays: {
        where: essaysWrittenBy(student),
        orderBy: { draft: "desc" },
        take: 1,
        select: {
          id: true,
          draft: true,
          startedAt: true,
          submittedAt: true,
          markedAt: true,
          feedback: { select: { withdrawnAt: true, withdrawnReason: true } },
        },
      },
    },
  });
  if (!assignment) return null;
  const { essays, accommodations, ...rest } = assignment;
  return {
    ...rest,
    dueAt: dueAtFor(rest.dueAt, accommodations[0]),
    timeLimitMinutes: timeLimitFor(rest.timeLimitMinutes, accommodations[0]),
    extraTime:
      rest.timeLimitMinutes !== null &&
      timeLimitFor(rest.timeLimitMinutes, accommodations[0]) !== rest.timeLimitMinutes,
    essayId: essays[0]?.id ?? null,
    draft: essays[0]?.draft ?? 1,
    withdrawn: essays[0]?.feedback?.withdrawnAt ? { reason: essays[0].feedback.withdrawnReason ?? "" } : null,
    status: statusOf(essays[0]),
  };
}

export async function getAssignmentForTeacher(teacher: SessionUser, assignmentId: string) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, ...assignmentsSetBy(teacher) },
    select: {
      id: true,
      opensAt: true,
      dueAt: true,
      timeLimitMinutes: true,
      prompt: { select: { text: true, marks: true, slug: true } },
      markScheme: { select: { name: true, totalMarks: true, levels: true } },
      class: {
        select: {
          id: true,
          name: true,
          enrolments: {
            select: { student: { select: { id: true, name: true, email: true } } },
            orderBy: { student: { name: "asc" } },
          },
        },
      },
      title: true,
      closedBook: true,
      archivedAt: true,
      accommodations: { select: { studentId: true, extraTimePercent: true, extraMinutes: true, dueAt: true } },
      essays: {
        // Oldest draft first, so each student's latest draft is the one kept below.
        orderBy: { draft: "asc" },
        select: {
          id: true,
          draft: true,
          studentId: true,
          startedAt: true,
          submittedAt: true,
          markedAt: true,
          autoSubmitted: true,
          wordCount: true,
          ownWordCount: true,
          quotationIds: true,
          evidenceIds: true,
          savedAt: true,
          deadlineAt: true,
          pastedChars: true,
          largestPaste: true,
          logFlag: true,
          feedback: { select: { level: true, mark: true, releasedAt: true, withdrawnAt: true } },
        },
      },
    },
  });
  if (!assignment) return null;
  const essays = new Map(assignment.essays.map((essay) => [essay.studentId, essay]));
  const accommodations = new Map(assignment.accommodations.map((row) => [row.studentId, row]));
  const students = assignment.class.enrolments.map(({ student }) => ({
    ...student,
    essay: essays.get(student.id) ?? null,
    status: statusOf(essays.get(student.id)),
    accommodation: accommodations.get(student.id) ?? null,
  }));
  const started = assignment.essays.length > 0;
  return { ...assignment, students, started };
}

// The live view: each student's latest draft as it stands, which the teacher's page asks for every
// few seconds while the class writes. Essays whose time is up are handed in first, as on any read.
export async function getLiveProgress(teacher: SessionUser, assignmentId: string): Promise<LiveRow[] | null> {
  const owned = await db.assignment.findFirst({
    where: { id: assignmentId, ...assignmentsSetBy(teacher) },
    select: { id: true },
  });
  if (!owned) return null;
  await submitOverdueEssays(db, { assignmentId: owned.id });
  const assignment = await getAssignmentForTeacher(teacher, owned.id);
  return assignment ? assignment.students.map((student) => liveRowOf(student, assignment.markScheme.totalMarks)) : null;
}

type RosterLine = NonNullable<Awaited<ReturnType<typeof getAssignmentForTeacher>>>["students"][number];

export function liveRowOf(student: RosterLine, totalMarks: number): LiveRow {
  const essay = student.essay;
  const feedback = essay?.feedback;
  return {
    studentId: student.id,
    name: student.name,
    essayId: essay?.id ?? null,
    draft: essay?.draft ?? null,
    status: student.status,
    statusLabel: feedback?.withdrawnAt
      ? "Feedback withdrawn"
      : feedback?.releasedAt
        ? "Feedback released"
        : feedback?.mark != null
          ? "Marked, not released"
          : STATUS_LABEL[student.status],
    words: essay?.wordCount ?? 0,
    ownWords: essay?.ownWordCount ?? null,
    savedAt: essay?.savedAt?.toISOString() ?? null,
    submittedAt: essay?.submittedAt?.toISOString() ?? null,
    autoSubmitted: essay?.autoSubmitted ?? false,
    timeTaken: essay ? describeTimeTaken(essay) : null,
    quotations: essay?.quotationIds.length ?? 0,
    evidence: essay?.evidenceIds.length ?? 0,
    mark: feedback?.mark != null ? `Level ${feedback.level}, ${feedback.mark}/${totalMarks}` : null,
    pasteFlag: essay ? pasteFlag(essay) : null,
    logFlag: essay?.logFlag ?? null,
  };
}

// The assignment an editor's sidebar searches for (its teacher's suggestions come first): the
// student's own, opened assignment, or one set to the teacher's own class.
export async function findAssignmentForSidebarOrThrow(user: SessionUser, assignmentId: string) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, ...assignmentsVisibleTo(user) },
    select: { promptId: true, closedBook: true, class: { select: { teacherId: true } } },
  });
  if (!assignment) throw notFound("That assignment was not found among yours.");
  // A closed-book essay is written without the library: its sidebar is not offered, nor answered.
  if (assignment.closedBook && user.role === "STUDENT")
    throw forbidden("This essay is closed book: the library is not available while you write it.");
  return assignment;
}

// Dates and the title change at any time; the time limit and closed book only while nobody has
// started, since those who have are writing against them.
export async function updateAssignment(teacher: SessionUser, input: TUpdateAssignmentInput) {
  const current = await db.assignment.findFirstOrThrow({
    where: { id: input.assignmentId, ...assignmentsSetBy(teacher) },
    select: { timeLimitMinutes: true, closedBook: true, _count: { select: { essays: true } } },
  });
  const closedBook = input.closedBook && input.timeLimitMinutes !== null;
  if (
    current._count.essays > 0 &&
    (current.timeLimitMinutes !== input.timeLimitMinutes || current.closedBook !== closedBook)
  ) {
    throw conflict(
      `${current._count.essays} ${current._count.essays === 1 ? "student has" : "students have"} started, so the time limit and closed book can no longer change. Give a student extra time instead.`,
      current.timeLimitMinutes !== input.timeLimitMinutes ? "timeLimitMinutes" : "closedBook",
    );
  }
  if (
    input.timeLimitMinutes !== null &&
    input.dueAt.getTime() - input.opensAt.getTime() < input.timeLimitMinutes * 60_000
  ) {
    throw invalid("The essay must be open for at least as long as its time limit", "timeLimitMinutes");
  }
  await db.assignment.update({
    where: { id: input.assignmentId },
    data: {
      title: input.title,
      timeLimitMinutes: input.timeLimitMinutes,
      closedBook,
      opensAt: input.opensAt,
      dueAt: input.dueAt,
    },
  });
  return { updated: true };
}

// Deleting is only for an assignment nobody has started; one with essays is archived instead.
export async function deleteAssignment(teacher: SessionUser, assignmentId: string) {
  const found = await db.assignment.findFirstOrThrow({
    where: { id: assignmentId, ...assignmentsSetBy(teacher) },
    select: { _count: { select: { essays: true } } },
  });
  if (found._count.essays > 0)
    throw conflict(
      "Students have started this assignment, so it cannot be deleted. Archive it instead: it leaves their lists and their work is kept.",
      "assignmentId",
    );
  await db.assignment.delete({ where: { id: assignmentId } });
  return { deleted: true };
}

export async function setAssignmentArchived(teacher: SessionUser, assignmentId: string, archived: boolean) {
  await db.assignment.updateMany({
    where: { id: assignmentId, ...assignmentsSetBy(teacher) },
    data: { archivedAt: archived ? new Date() : null },
  });
  return { archived };
}

// Extra time and extensions for one student of the class. A timed essay already under way gets
// its new deadline at once; the server enforces it as any other.
export async function setAccommodation(teacher: SessionUser, input: TAccommodationInput) {
  const assignment = await db.assignment.findFirstOrThrow({
    where: { id: input.assignmentId, ...assignmentsSetBy(teacher) },
    select: {
      dueAt: true,
      timeLimitMinutes: true,
      class: { select: { enrolments: { where: { studentId: input.studentId }, select: { studentId: true } } } },
    },
  });
  if (!assignment.class.enrolments.length) throw notFound("That student is not in this class.", "studentId");
  const accommodation = {
    extraTimePercent: input.extraTime === "25" || input.extraTime === "50" ? Number(input.extraTime) : null,
    extraMinutes: input.extraTime === "custom" ? input.extraMinutes : null,
    dueAt: input.dueAt,
  };
  return db.$transaction(async (tx) => {
    if (!accommodation.extraTimePercent && !accommodation.extraMinutes && !accommodation.dueAt) {
      await tx.accommodation.deleteMany({ where: { assignmentId: input.assignmentId, studentId: input.studentId } });
    } else {
      await tx.accommodation.upsert({
        where: { assignmentId_studentId: { assignmentId: input.assignmentId, studentId: input.studentId } },
        create: { assignmentId: input.assignmentId, studentId: input.studentId, ...accommodation },
        update: accommodation,
      });
    }
    const writing = await tx.essay.findFirst({
      where: {
        assignmentId: input.assignmentId,
        studentId: input.studentId,
        submittedAt: null,
        deadlineAt: { not: null },
      },
      orderBy: { draft: "desc" },
      select: { id: true, startedAt: true },
    });
    const timeLimitMinutes = timeLimitFor(assignment.timeLimitMinutes, accommodation);
    const deadlineAt = writing
      ? deadlineFor(writing.startedAt, timeLimitMinutes, dueAtFor(assignment.dueAt, accommodation))
      : null;
    if (writing && deadlineAt) await tx.essay.update({ where: { id: writing.id }, data: { deadlineAt } });
    return { timeLimitMinutes, deadlineAt: deadlineAt?.toISOString() ?? null };
  });
}
