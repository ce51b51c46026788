import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { missedInReleasedEssay } from "@/lib/assignments/store/coverage";
import { quotationMemoriesOf } from "@/lib/access/revision";
import { db } from "@/lib/db/client";
import { notFound, invalid } from "@/lib/errors";
import { dueInDays, masteryOf, RATING_VALUE, reviewCard, storedMemory, type Mastery } from "@/lib/revision/rules/fsrs";
import {
  buildDrill,
  firstMeeting,
  gradeDrillAnswer,
  questionFor,
  questionsFor,
  turnOf,
  type Drill,
  type DrillQuotation,
} from "@/lib/revision/rules/quotation-drills";
import type { TQuotationAnswerInput } from "@/lib/revision/schema";

// Quotations as scheduled cards: a student's drill is the quotations due again (earliest first),
// then ones they have not met; each answer goes through the same FSRS as the evidence cards, at
// the retention they chose. Teachers practise without anything recorded.

export const DRILL_LENGTH = 10;

const activeQuotations = () =>
  db.quotation.findMany({
    where: { archivedAt: null },
    orderBy: { slug: "asc" },
    select: { id: true, text: true, speaker: true, speakerKind: true },
  });

export type DrillPlan = { drill: Drill[]; recorded: boolean; due: number; unseen: number; nextDueAt: Date | null };

export async function drillFor(user: SessionUser, now = new Date()): Promise<DrillPlan> {
  const quotations = await activeQuotations();
  if (user.role !== "STUDENT")
    return { drill: buildDrill(quotations, DRILL_LENGTH), recorded: false, due: 0, unseen: 0, nextDueAt: null };
  const schedules = await db.quotationSchedule.findMany({
    where: { ...quotationMemoriesOf(user), quotation: { archivedAt: null } },
    select: { quotationId: true, dueAt: true, reviewCount: true },
  });
  const byId = new Map(quotations.map((quotation) => [quotation.id, quotation]));
  const scheduled = new Set(schedules.map((schedule) => schedule.quotationId));
  const due = schedules
    .filter((schedule) => schedule.dueAt <= now)
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const unseen = quotations.filter((quotation) => !scheduled.has(quotation.id)).sort(firstMeeting(user.id));
  const ordered = [
    ...due.map((schedule) => ({
      quotation: byId.get(schedule.quotationId)!,
      turn: turnOf(schedule.quotationId, schedule.reviewCount),
    })),
    ...unseen.map((quotation) => ({ quotation, turn: turnOf(quotation.id, 0) })),
  ];
  const later = schedules.filter((schedule) => schedule.dueAt > now).map((schedule) => schedule.dueAt.getTime());
  return {
    drill: questionsFor(ordered, quotations, DRILL_LENGTH),
    recorded: true,
    due: due.length,
    unseen: unseen.length,
    nextDueAt: later.length ? new Date(Math.min(...later)) : null,
  };
}

export type QuotationAnswerResult = {
  correct: boolean;
  nearMiss: boolean;
  message: string;
  dueInDays: number;
  mastery: Mastery;
};

// The browser says which quotation, which kind of question and what the student chose or typed;
// the question is rebuilt here from the library and the answer judged by the same rules.
export async function recordQuotationAnswer(
  student: SessionUser,
  input: TQuotationAnswerInput,
  now = new Date(),
): Promise<QuotationAnswerResult> {
  const quotations: DrillQuotation[] = await activeQuotations();
  const quotation = quotations.find((candidate) => candidate.id === input.quotationId);
  if (!quotation) throw notFound("That quotation is not in the library any more. Reload the drill.", "quotationId");
  const question = questionFor(quotation, quotations, input.kind === "who" ? 0 : 1);
  if (!question || question.kind !== input.kind)
    throw invalid(
      `That quotation cannot be asked as a “${input.kind === "who" ? "who said it" : "complete the quotation"}” question.`,
      "kind",
    );
  const verdict = gradeDrillAnswer(
    question,
    input.kind === "who" ? { kind: "who", speaker: input.speaker } : { kind: "complete", given: input.given },
  );
  return db.$transaction(async (tx) => {
    const { desiredRetention } = await tx.user.findUniqueOrThrow({
      where: { id: student.id },
      select: { desiredRetention: true },
    });
    const key = { studentId_quotationId: { studentId: student.id, quotationId: quotation.id } };
    const current = await tx.quotationSchedule.findUnique({ where: key });
    const memory = reviewCard(current && storedMemory(current), verdict.rating, now, desiredRetention);
    await tx.quotationSchedule.upsert({
      where: key,
      create: { studentId: student.id, quotationId: quotation.id, ...memory },
      update: memory,
    });
    await tx.quotationReview.create({
      data: {
        studentId: student.id,
        quotationId: quotation.id,
        kind: input.kind === "who" ? "WHO" : "COMPLETE",
        rating: RATING_VALUE[verdict.rating],
        correct: verdict.correct,
        reviewedAt: now,
      },
    });
    return {
      correct: verdict.correct,
      nearMiss: verdict.nearMiss,
      message: verdict.message,
      dueInDays: dueInDays(memory, now),
      mastery: masteryOf(memory),
    };
  });
}

// Feedback becomes revision for quotations too: the ones the teacher expected and the student's
// released essay missed are due in their drill now. Ones already in the drill are brought
// forward to now; none is pushed later.
export async function queueFeedbackQuotations(student: SessionUser, essayId: string, now = new Date()) {
  const found = await missedInReleasedEssay(student, essayId);
  if (!found) throw notFound("That feedback was not found among yours.", "essayId");
  if (!found.quotationIds.length)
    throw invalid(
      "Your essay used every quotation your teacher expected, so there is none to drill from this feedback.",
      "essayId",
    );
  await db.$transaction([
    db.quotationSchedule.createMany({
      data: found.quotationIds.map((quotationId) => ({ studentId: student.id, quotationId, dueAt: now })),
      skipDuplicates: true,
    }),
    db.quotationSchedule.updateMany({
      where: { ...quotationMemoriesOf(student), quotationId: { in: found.quotationIds }, dueAt: { gt: now } },
      data: { dueAt: now },
    }),
  ]);
  return { queued: found.quotationIds.length };
}

// For the progress page: how many quotations are new, learning or known.
export async function quotationMastery(student: SessionUser) {
  const [total, schedules] = await Promise.all([
    db.quotation.count({ where: { archivedAt: null } }),
    db.quotationSchedule.findMany({
      where: { ...quotationMemoriesOf(student), quotation: { archivedAt: null } },
      select: { state: true, stability: true },
    }),
  ]);
  const counts: Record<Mastery, number> = { new: total - schedules.length, learning: 0, known: 0 };
  for (const schedule of schedules) counts[masteryOf(schedule)] += 1;
  return counts;
}
