import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { classesTaughtBy } from "@/lib/access/classes";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { trendOf, type CellStatus, type MarkbookCell, type MarkbookColumn, type MarkbookRow } from "../rules";

export type Markbook = { classId: string; className: string; columns: MarkbookColumn[]; rows: MarkbookRow[] };

// One class's markbook, for its own teacher only: another teacher's class is not found. Students
// are those enrolled now; columns are the class's essays in the order they were due.
export async function getMarkbook(teacher: SessionUser, classId: string): Promise<Markbook> {
  const klass = await db.class.findFirst({
    where: { id: classId, ...classesTaughtBy(teacher) },
    select: {
      id: true,
      name: true,
      enrolments: {
        select: { student: { select: { id: true, name: true, email: true } } },
        orderBy: { student: { name: "asc" } },
      },
      assignments: {
        orderBy: [{ dueAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          dueAt: true,
          prompt: { select: { text: true } },
          markScheme: { select: { name: true, totalMarks: true } },
          essays: {
            select: {
              id: true,
              studentId: true,
              draft: true,
              submittedAt: true,
              markedAt: true,
              feedback: { select: { mark: true, level: true, releasedAt: true, withdrawnAt: true } },
            },
          },
        },
      },
    },
  });
  if (!klass) throw notFound("That class was not found in your classes.", "classId");
  const columns: MarkbookColumn[] = klass.assignments.map((assignment) => ({
    id: assignment.id,
    title: assignment.prompt.text,
    dueAt: assignment.dueAt,
    totalMarks: assignment.markScheme.totalMarks,
    markScheme: assignment.markScheme.name,
  }));
  const rows = klass.enrolments.map(({ student }) => {
    const cells = klass.assignments.map((assignment) =>
      cellFor(assignment.essays.filter((essay) => essay.studentId === student.id)),
    );
    return { ...student, cells, trend: trendOf(cells, columns) };
  });
  return { classId: klass.id, className: klass.name, columns, rows };
}

type EssayRow = {
  id: string;
  draft: number;
  submittedAt: Date | null;
  markedAt: Date | null;
  feedback: { mark: number | null; level: number | null; releasedAt: Date | null; withdrawnAt: Date | null } | null;
};

// The latest draft speaks for the student; a withdrawn mark is no mark.
function cellFor(essays: EssayRow[]): MarkbookCell {
  const latest = essays.reduce<EssayRow | null>(
    (best, essay) => (!best || essay.draft > best.draft ? essay : best),
    null,
  );
  if (!latest) return { status: "not started", mark: null, level: null, draft: 0, released: false, essayId: null };
  const feedback = latest.feedback && !latest.feedback.withdrawnAt ? latest.feedback : null;
  const status: CellStatus = latest.markedAt ? "marked" : latest.submittedAt ? "submitted" : "writing";
  return {
    status,
    mark: feedback?.mark ?? null,
    level: feedback?.level ?? null,
    draft: latest.draft,
    released: Boolean(feedback?.releasedAt),
    essayId: latest.id,
  };
}
