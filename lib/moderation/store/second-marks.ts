import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { assignmentsSetBy } from "@/lib/access/assignments";
import { assignmentsSecondMarkedBy, essaysSecondMarkableBy } from "@/lib/access/moderation";
import { db } from "@/lib/db/client";
import { conflict, invalid, notFound } from "@/lib/errors";
import { latestSubmittedDrafts } from "@/lib/access/marking";
import { markProblem } from "@/lib/marking/rules/bands";
import { ZMarkSchemeLevels } from "@/lib/marking/schema";
import { classesTaughtBy } from "@/lib/access/classes";
import { agreementOf, pooledAgreement, type MarkPair } from "../rules";

export async function setSecondMarker(
  teacher: SessionUser,
  input: { assignmentId: string; email: string; tolerance: number },
) {
  const assignment = await db.assignment.findFirst({
    where: { id: input.assignmentId, ...assignmentsSetBy(teacher) },
    select: { id: true },
  });
  if (!assignment) throw notFound("That assignment was not found among yours.", "assignmentId");
  let secondMarkerId: string | null = null;
  if (input.email) {
    const marker = await db.user.findFirst({
      where: { email: input.email, role: "TEACHER", deactivatedAt: null },
      select: { id: true },
    });
    if (!marker)
      throw invalid(
        "No teacher has an account with that email. Check the spelling, or ask them to sign up as a teacher first.",
        "email",
      );
    if (marker.id === teacher.id)
      throw invalid("The second marker must be another teacher: you give the first mark.", "email");
    secondMarkerId = marker.id;
  }
  return db.assignment.update({
    where: { id: assignment.id },
    data: { secondMarkerId, markTolerance: input.tolerance },
    select: { id: true, secondMarkerId: true, markTolerance: true },
  });
}

// For the second marker: each assignment they second-mark, its essays numbered (not named), and
// which they have marked.
export async function listSecondMarking(teacher: SessionUser) {
  const assignments = await db.assignment.findMany({
    where: assignmentsSecondMarkedBy(teacher),
    orderBy: { dueAt: "desc" },
    select: {
      id: true,
      prompt: { select: { text: true } },
      class: { select: { name: true, teacher: { select: { name: true } } } },
      essays: {
        where: essaysSecondMarkableBy(teacher),
        orderBy: { id: "asc" },
        select: { id: true, secondMark: { select: { markerId: true, level: true, mark: true } } },
      },
    },
  });
  return assignments.map(({ essays, ...assignment }) => ({
    ...assignment,
    essays: essays.map((essay, at) => ({
      id: essay.id,
      label: `Essay ${at + 1}`,
      marked:
        essay.secondMark?.markerId === teacher.id
          ? { level: essay.secondMark.level, mark: essay.secondMark.mark }
          : null,
    })),
  }));
}

export async function getEssayForSecondMarking(teacher: SessionUser, essayId: string) {
  const essay = await db.essay.findFirst({
    where: { id: essayId, ...essaysSecondMarkableBy(teacher) },
    select: {
      id: true,
      document: true,
      assignment: {
        select: {
          id: true,
          prompt: { select: { text: true } },
          markScheme: { select: { name: true, totalMarks: true, levels: true } },
        },
      },
      secondMark: { select: { level: true, mark: true, agreedAt: true } },
    },
  });
  if (!essay) return null;
  return {
    ...essay,
    assignment: {
      ...essay.assignment,
      markScheme: {
        ...essay.assignment.markScheme,
        levels: ZMarkSchemeLevels.parse(essay.assignment.markScheme.levels),
      },
    },
  };
}

export async function submitSecondMark(teacher: SessionUser, input: { essayId: string; level: number; mark: number }) {
  const essay = await getEssayForSecondMarking(teacher, input.essayId);
  if (!essay) throw notFound("That essay is not one you were asked to second-mark.", "essayId");
  const problem = markProblem(essay.assignment.markScheme.levels, input.level, input.mark);
  if (problem) throw invalid(problem, "mark");
  if (essay.secondMark?.agreedAt)
    throw conflict(
      "The class's teacher has already agreed this essay's mark, so your mark can no longer change.",
      "mark",
    );
  return db.secondMark.upsert({
    where: { essayId: essay.id },
    create: { essayId: essay.id, markerId: teacher.id, level: input.level, mark: input.mark },
    update: { markerId: teacher.id, level: input.level, mark: input.mark },
    select: { essayId: true, level: true, mark: true },
  });
}

// For the class's teacher: who second-marks, the tolerance, agreement between the two marks, and
// the essays beyond tolerance waiting for a decision. Null when the assignment is not theirs.
const MODERATED_ESSAYS = {
  where: latestSubmittedDrafts(),
  select: {
    id: true,
    student: { select: { name: true } },
    feedback: { select: { level: true, mark: true, withdrawnAt: true } },
    secondMark: {
      select: { level: true, mark: true, agreedLevel: true, agreedMark: true, firstLevel: true, firstMark: true },
    },
  },
} as const;

type ModeratedEssay = {
  id: string;
  feedback: { level: number | null; mark: number | null; withdrawnAt: Date | null } | null;
  secondMark: {
    level: number;
    mark: number;
    agreedLevel: number | null;
    agreedMark: number | null;
    firstLevel: number | null;
    firstMark: number | null;
  } | null;
};

// The essays with both a (standing) first mark and a second mark, as pairs. Once a mark is agreed
// the feedback carries it, so the first mark is the one kept at agreement (marks agreed before it
// was kept fall back to the feedback's).
function markPairs(essays: ModeratedEssay[]): MarkPair[] {
  return essays.flatMap(({ id, feedback, secondMark }) => {
    if (!secondMark || !feedback || feedback.withdrawnAt || feedback.level === null || feedback.mark === null)
      return [];
    const agreed =
      secondMark.agreedLevel !== null && secondMark.agreedMark !== null
        ? { level: secondMark.agreedLevel, mark: secondMark.agreedMark }
        : null;
    const kept =
      agreed && secondMark.firstLevel !== null && secondMark.firstMark !== null
        ? { level: secondMark.firstLevel, mark: secondMark.firstMark }
        : null;
    return [
      {
        essayId: id,
        first: kept ?? { level: feedback.level, mark: feedback.mark },
        second: { level: secondMark.level, mark: secondMark.mark },
        agreed,
      },
    ];
  });
}

export async function getModeration(teacher: SessionUser, assignmentId: string) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, ...assignmentsSetBy(teacher) },
    select: { markTolerance: true, secondMarker: { select: { name: true, email: true } }, essays: MODERATED_ESSAYS },
  });
  if (!assignment) return null;
  const names = new Map(assignment.essays.map((essay) => [essay.id, essay.student.name]));
  const agreement = agreementOf(markPairs(assignment.essays), assignment.markTolerance);
  return {
    secondMarker: assignment.secondMarker,
    tolerance: assignment.markTolerance,
    submitted: assignment.essays.length,
    secondMarked: assignment.essays.filter((essay) => essay.secondMark).length,
    agreement: {
      ...agreement,
      toModerate: agreement.toModerate.map((pair) => ({ ...pair, student: names.get(pair.essayId)! })),
    },
  };
}

// The moderation decision: the mark both teachers stand by, kept with the second mark and put on
// the essay's feedback (what the student will see once released).
export async function agreeMark(teacher: SessionUser, input: { essayId: string; level: number; mark: number }) {
  const essay = await db.essay.findFirst({
    where: { id: input.essayId, assignment: assignmentsSetBy(teacher) },
    select: {
      id: true,
      secondMark: { select: { agreedAt: true, firstLevel: true, firstMark: true } },
      feedback: { select: { level: true, mark: true } },
      assignment: { select: { markScheme: { select: { levels: true } } } },
    },
  });
  if (!essay) throw notFound("That essay was not found among your classes' essays.", "essayId");
  if (!essay.secondMark || !essay.feedback)
    throw conflict("This essay needs both a first and a second mark before a mark can be agreed.", "essayId");
  const problem = markProblem(ZMarkSchemeLevels.parse(essay.assignment.markScheme.levels), input.level, input.mark);
  if (problem) throw invalid(problem, "mark");
  // The first mark is kept once, at the first agreement: agreeing again changes only the mark that stands.
  const first = essay.secondMark.agreedAt
    ? { firstLevel: essay.secondMark.firstLevel, firstMark: essay.secondMark.firstMark }
    : { firstLevel: essay.feedback.level, firstMark: essay.feedback.mark };
  await db.$transaction([
    db.secondMark.update({
      where: { essayId: essay.id },
      data: {
        agreedLevel: input.level,
        agreedMark: input.mark,
        agreedById: teacher.id,
        agreedAt: new Date(),
        ...first,
      },
    }),
    db.feedback.update({ where: { essayId: essay.id }, data: { level: input.level, mark: input.mark } }),
  ]);
  return { essayId: essay.id, level: input.level, mark: input.mark };
}

// Agreement per class: each second-marked assignment's figures, and the class's pooled. Null when
// the class is not the teacher's.
export async function getClassAgreement(teacher: SessionUser, classId: string) {
  const klass = await db.class.findFirst({
    where: { id: classId, ...classesTaughtBy(teacher) },
    select: {
      assignments: {
        where: { essays: { some: { secondMark: { isNot: null } } } },
        orderBy: { dueAt: "asc" },
        select: {
          id: true,
          markTolerance: true,
          prompt: { select: { text: true } },
          secondMarker: { select: { name: true } },
          essays: MODERATED_ESSAYS,
        },
      },
    },
  });
  if (!klass) return null;
  const groups = klass.assignments.map((assignment) => ({
    assignment,
    pairs: markPairs(assignment.essays),
    tolerance: assignment.markTolerance,
  }));
  const assignments = groups.map(({ assignment, pairs, tolerance }) => {
    const { toModerate, ...figures } = agreementOf(pairs, tolerance);
    return {
      id: assignment.id,
      prompt: assignment.prompt.text,
      secondMarker: assignment.secondMarker?.name ?? null,
      tolerance,
      ...figures,
      waiting: toModerate.length,
    };
  });
  return { assignments, pooled: pooledAgreement(groups) };
}
