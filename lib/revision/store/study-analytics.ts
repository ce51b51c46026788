import "server-only";
import type { StudentStudy, ThemeMastery, WeakCard } from "@/lib/revision/views";
import { notFound } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session";
import { findOwnClassOrThrow, studentsTaughtBy } from "@/lib/access/classes";
import { db } from "@/lib/db/client";
import { ALL_OWN_STUDY, studySeenByTeacherOf, type StudyScope } from "@/lib/access/revision";
import { masteryOf, type Mastery } from "@/lib/revision/rules/fsrs";

// What a class (or one student) knows, from their card schedules and every answer they gave.

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export async function getClassStudy(teacher: SessionUser, classId: string, now = new Date()) {
  const found = await findOwnClassOrThrow(teacher, classId);
  const students = await db.user.findMany({
    where: studentsTaughtBy(teacher, classId),
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  const stats = await studyStats(
    students.map((student) => student.id),
    studySeenByTeacherOf(classId),
    now,
  );
  return {
    classId: found.id,
    className: found.name,
    students: students.map((student) => ({
      ...student,
      ...(stats.byStudent.get(student.id) ?? EMPTY_STUDENT),
    })) satisfies StudentStudy[],
    themes: stats.themes,
    weakCards: stats.weakCards,
  };
}

// A teacher sees a student of the given class of theirs, and only their study of that class's
// decks; a student sees all of their own.
export async function getStudentStudy(
  viewer: SessionUser,
  studentId: string,
  classId: string | null = null,
  now = new Date(),
) {
  const asTeacher = viewer.role === "TEACHER";
  if (asTeacher && !classId) throw notFound("That student was not found in your classes.", "studentId");
  const student = await db.user.findFirst({
    where: asTeacher ? { id: studentId, ...studentsTaughtBy(viewer, classId!) } : { id: viewer.id },
    select: { id: true, name: true },
  });
  if (!student || student.id !== studentId) throw notFound("That student was not found in your classes.", "studentId");
  const stats = await studyStats([student.id], asTeacher ? studySeenByTeacherOf(classId!) : ALL_OWN_STUDY, now);
  return {
    student: { ...student, ...(stats.byStudent.get(student.id) ?? EMPTY_STUDENT) },
    themes: stats.themes,
    weakCards: stats.weakCards,
  };
}

const EMPTY_STUDENT = { cardsStudied: 0, known: 0, learning: 0, answersThisWeek: 0, lastStudiedAt: null };

async function studyStats(studentIds: string[], scope: StudyScope, now: Date) {
  const [schedules, answers, recent, themes] = await Promise.all([
    db.cardSchedule.findMany({
      where: { studentId: { in: studentIds }, evidence: scope.cards },
      select: { studentId: true, evidenceId: true, state: true, stability: true, lastReviewedAt: true },
    }),
    db.cardReview.groupBy({
      by: ["evidenceId", "studentId", "correct"],
      where: { studentId: { in: studentIds }, ...scope.reviews },
      _count: { _all: true },
    }),
    db.cardReview.groupBy({
      by: ["studentId"],
      where: {
        studentId: { in: studentIds },
        reviewedAt: { gte: new Date(now.getTime() - WEEK_MS) },
        ...scope.reviews,
      },
      _count: { _all: true },
    }),
    db.tag.findMany({
      where: { kind: "THEME" },
      orderBy: { label: "asc" },
      select: {
        slug: true,
        label: true,
        evidence: { where: { archivedAt: null, ...scope.cards }, select: { id: true } },
      },
    }),
  ]);

  const byStudent = new Map<string, Omit<StudentStudy, "id" | "name">>();
  const masteryByCard = new Map<string, Mastery[]>();
  for (const schedule of schedules) {
    const mastery = masteryOf(schedule);
    const entry = byStudent.get(schedule.studentId) ?? { ...EMPTY_STUDENT };
    entry.cardsStudied++;
    if (mastery === "known") entry.known++;
    else entry.learning++;
    if (!entry.lastStudiedAt || schedule.lastReviewedAt > entry.lastStudiedAt)
      entry.lastStudiedAt = schedule.lastReviewedAt;
    byStudent.set(schedule.studentId, entry);
    masteryByCard.set(schedule.evidenceId, [...(masteryByCard.get(schedule.evidenceId) ?? []), mastery]);
  }
  for (const row of recent) {
    const entry = byStudent.get(row.studentId) ?? { ...EMPTY_STUDENT };
    entry.answersThisWeek = row._count._all;
    byStudent.set(row.studentId, entry);
  }

  // Every student-and-card pair in a theme is new until that student has studied the card.
  const themeMastery: ThemeMastery[] = themes
    .filter((theme) => theme.evidence.length > 0)
    .map((theme) => {
      const counts: Record<Mastery, number> = { new: 0, learning: 0, known: 0 };
      for (const { id } of theme.evidence) {
        const studied = masteryByCard.get(id) ?? [];
        for (const mastery of studied) counts[mastery]++;
        counts.new += studentIds.length - studied.length;
      }
      return { slug: theme.slug, label: theme.label, cards: theme.evidence.length, ...counts };
    });

  return { byStudent, themes: themeMastery, weakCards: await weakCards(answers) };
}

// The cards most often answered wrongly, and by how many different students.
async function weakCards(
  answers: { evidenceId: string; studentId: string; correct: boolean; _count: { _all: number } }[],
  limit = 10,
): Promise<WeakCard[]> {
  const byCard = new Map<string, { answers: number; wrong: number; studentsWrong: Set<string> }>();
  for (const row of answers) {
    const entry = byCard.get(row.evidenceId) ?? { answers: 0, wrong: 0, studentsWrong: new Set<string>() };
    entry.answers += row._count._all;
    if (!row.correct) {
      entry.wrong += row._count._all;
      entry.studentsWrong.add(row.studentId);
    }
    byCard.set(row.evidenceId, entry);
  }
  const weakest = [...byCard.entries()]
    .filter(([, entry]) => entry.wrong > 0)
    .sort(
      ([, a], [, b]) =>
        b.studentsWrong.size - a.studentsWrong.size || b.wrong / b.answers - a.wrong / a.answers || b.wrong - a.wrong,
    )
    .slice(0, limit);
  const titles = new Map(
    (
      await db.evidence.findMany({
        where: { id: { in: weakest.map(([id]) => id) } },
        select: { id: true, title: true },
      })
    ).map((row) => [row.id, row.title]),
  );
  return weakest.map(([evidenceId, entry]) => ({
    evidenceId,
    title: titles.get(evidenceId) ?? "(card removed)",
    answers: entry.answers,
    wrong: entry.wrong,
    studentsWrong: entry.studentsWrong.size,
  }));
}
