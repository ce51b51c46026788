import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { assignmentsSetBy } from "@/lib/access/assignments";
import { db, transaction } from "@/lib/db/client";
import { lockFor } from "@/lib/db/lock";
import { conflict, invalid, notFound } from "@/lib/errors";
import { latestSubmittedDrafts } from "@/lib/access/marking";
import { findOwnRoundOrThrow, roundsJudgeableBy, roundsJudgedAsColleagueBy, roundsSetBy } from "@/lib/access/judging";
import { anchorToMarks, fitScale, judgeAgreement, nextPair, pairKey } from "../rules";

export const MAX_JUDGES = 20;

type JudgementPair = { judgeId: string; winnerId: string; loserId: string };

// The scale every judgement so far makes, and the next pair for this judge: one they have not judged.
function scaleAndNextPair(essays: { id: string }[], judgements: JudgementPair[], judgeId: string) {
  const scale = fitScale(
    essays.map((essay) => essay.id),
    judgements,
  );
  const seen = new Set(
    judgements
      .filter((judgement) => judgement.judgeId === judgeId)
      .map((judgement) => pairKey(judgement.winnerId, judgement.loserId)),
  );
  return { scale, pair: nextPair(scale, seen), judgedByThisJudge: seen.size };
}

// Each student's latest submitted draft is what is judged.
function essaysOf(assignmentId: string) {
  return db.essay.findMany({
    where: { assignmentId, ...latestSubmittedDrafts() },
    orderBy: { id: "asc" },
    select: {
      id: true,
      studentId: true,
      document: true,
      student: { select: { name: true } },
      feedback: { select: { mark: true, withdrawnAt: true } },
    },
  });
}

export async function startRound(teacher: SessionUser, assignmentId: string) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, ...assignmentsSetBy(teacher) },
    select: { id: true },
  });
  if (!assignment) throw notFound("That assignment was not found among yours.", "assignmentId");
  const essays = await essaysOf(assignment.id);
  if (essays.length < 3)
    throw invalid(
      `Judging needs at least three submitted essays; this assignment has ${essays.length}.`,
      "assignmentId",
    );
  return db.judgingRound.upsert({
    where: { assignmentId: assignment.id },
    create: { assignmentId: assignment.id, createdById: teacher.id },
    update: {},
    select: { id: true, assignmentId: true },
  });
}

// The round for the judging page: its scale so far, the next pair for this judge, and the scale
// set against the marks awarded (where there are any). Null when there is no round (or it is not
// the teacher's).
export async function getRound(teacher: SessionUser, assignmentId: string) {
  const round = await db.judgingRound.findFirst({
    where: { assignmentId, ...roundsSetBy(teacher) },
    select: {
      id: true,
      createdById: true,
      assignment: { select: { id: true, markScheme: { select: { totalMarks: true } } } },
      judgements: { select: { winnerId: true, loserId: true, judgeId: true } },
      judges: { orderBy: { addedAt: "asc" }, select: { judge: { select: { id: true, name: true, email: true } } } },
    },
  });
  if (!round) return null;
  const essays = await essaysOf(assignmentId);
  const { scale, pair, judgedByThisJudge } = scaleAndNextPair(essays, round.judgements, teacher.id);
  const byId = new Map(essays.map((essay) => [essay.id, essay]));
  const markOf = (id: string) => {
    const feedback = byId.get(id)?.feedback;
    return feedback && !feedback.withdrawnAt ? feedback.mark : null;
  };
  const anchoring = anchorToMarks(
    scale.essays.map((essay) => ({ theta: essay.theta, mark: markOf(essay.id) })),
    round.assignment.markScheme.totalMarks,
  );
  const ranked = [...scale.essays]
    .sort((a, b) => b.theta - a.theta)
    .map((essay, at) => ({
      ...essay,
      rank: at + 1,
      student: byId.get(essay.id)!.student.name,
      mark: markOf(essay.id),
      predicted: anchoring ? anchoring.predict(essay.theta) : null,
    }));
  const agreement = new Map(judgeAgreement(scale, round.judgements).map((judge) => [judge.judgeId, judge]));
  // The judges: you (the class's teacher), whoever started the round, and every colleague asked;
  // then anyone else whose judgements are on the scale (a colleague since removed), so every
  // judgement on the scale has its judge in the table.
  const asked = round.judges.map(({ judge }) => judge);
  const askedIds = new Set(asked.map((judge) => judge.id));
  const unasked = [
    ...new Set([teacher.id, round.createdById, ...round.judgements.map((judgement) => judgement.judgeId)]),
  ].filter((id) => !askedIds.has(id));
  const names = new Map(
    (await db.user.findMany({ where: { id: { in: unasked } }, select: { id: true, name: true } })).map((user) => [
      user.id,
      user.name,
    ]),
  );
  const judges = [
    ...unasked
      .filter((id) => id === teacher.id || id === round.createdById)
      .map((id) => ({ id, name: names.get(id) ?? "", email: null, former: false })),
    ...asked.map((judge) => ({ ...judge, former: false })),
    ...unasked
      .filter((id) => id !== teacher.id && id !== round.createdById)
      .map((id) => ({ id, name: names.get(id) ?? "", email: null, former: true })),
  ].map((judge) => ({
    ...judge,
    judgements: agreement.get(judge.id)?.judgements ?? 0,
    withScale: agreement.get(judge.id)?.withScale ?? null,
  }));
  return {
    id: round.id,
    judges,
    judgements: round.judgements.length,
    byThisJudge: judgedByThisJudge,
    reliability: scale.reliability,
    correlation: anchoring?.correlation ?? null,
    totalMarks: round.assignment.markScheme.totalMarks,
    ranked,
    // Only the two documents, never who wrote them: the judge sees "Essay A" and "Essay B".
    pair: pair ? pair.map((id) => ({ id, document: byId.get(id)!.document })) : null,
  };
}

export async function recordJudgement(
  teacher: SessionUser,
  input: { roundId: string; winnerId: string; loserId: string },
) {
  const round = await db.judgingRound.findFirst({
    where: { id: input.roundId, ...roundsJudgeableBy(teacher) },
    select: { id: true, assignmentId: true },
  });
  if (!round) throw notFound("That judging round was not found among the rounds you judge.", "roundId");
  if (input.winnerId === input.loserId) throw invalid("Choose between two different essays.", "winnerId");
  const inRound = new Set((await essaysOf(round.assignmentId)).map((essay) => essay.id));
  if (!inRound.has(input.winnerId) || !inRound.has(input.loserId))
    throw invalid(
      "That essay is not in this judging round: only the submitted essays of this assignment can be judged.",
      "winnerId",
    );
  // One judgement per pair per judge, however often the buttons are pressed or the request replayed:
  // a repeated pair would weight the shared scale. Checked under a lock on this judge's judgements.
  return transaction(async (tx) => {
    await lockFor(tx, `judgements:${round.id}:${teacher.id}`);
    const judged = await tx.judgement.count({
      where: {
        roundId: round.id,
        judgeId: teacher.id,
        OR: [
          { winnerId: input.winnerId, loserId: input.loserId },
          { winnerId: input.loserId, loserId: input.winnerId },
        ],
      },
    });
    if (judged > 0) throw conflict(ALREADY_JUDGED, "winnerId");
    return tx.judgement.create({
      data: { roundId: round.id, judgeId: teacher.id, winnerId: input.winnerId, loserId: input.loserId },
      select: { id: true },
    });
  });
}

export const ALREADY_JUDGED = "You have already judged this pair: your first choice stands. Go on to the next pair.";

// For a colleague asked to judge: the rounds, each with its prompt, class and how far it has got.
export async function listRoundsToJudge(teacher: SessionUser) {
  const rounds = await db.judgingRound.findMany({
    where: roundsJudgedAsColleagueBy(teacher),
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      assignment: {
        select: {
          prompt: { select: { text: true } },
          class: { select: { name: true, teacher: { select: { name: true } } } },
        },
      },
      judgements: { select: { judgeId: true } },
    },
  });
  return rounds.map(({ judgements, ...round }) => ({
    ...round,
    judgements: judgements.length,
    byThisJudge: judgements.filter((judgement) => judgement.judgeId === teacher.id).length,
  }));
}

// A colleague's view of a round: the next pair for them and the round's progress; no names, no
// marks, no scale. Null when they were not asked to judge it.
export async function getRoundForJudge(teacher: SessionUser, roundId: string) {
  const round = await db.judgingRound.findFirst({
    where: { id: roundId, ...roundsJudgedAsColleagueBy(teacher) },
    select: {
      id: true,
      assignmentId: true,
      assignment: {
        select: { prompt: { select: { text: true } }, class: { select: { teacher: { select: { name: true } } } } },
      },
      judgements: { select: { winnerId: true, loserId: true, judgeId: true } },
    },
  });
  if (!round) return null;
  const essays = await essaysOf(round.assignmentId);
  const { scale, pair, judgedByThisJudge } = scaleAndNextPair(essays, round.judgements, teacher.id);
  const documents = new Map(essays.map((essay) => [essay.id, essay.document]));
  return {
    id: round.id,
    prompt: round.assignment.prompt.text,
    askedBy: round.assignment.class.teacher.name,
    essays: essays.length,
    judgements: round.judgements.length,
    byThisJudge: judgedByThisJudge,
    reliability: scale.reliability,
    pair: pair ? pair.map((id) => ({ id, document: documents.get(id) })) : null,
  };
}

// The class's teacher asks a colleague (another teacher's account) to judge the round too.
export async function addJudge(teacher: SessionUser, input: { roundId: string; email: string }) {
  const round = await findOwnRoundOrThrow(teacher, input.roundId);
  const judge = await db.user.findFirst({
    where: { email: input.email, role: "TEACHER", deactivatedAt: null },
    select: { id: true, name: true },
  });
  if (!judge)
    throw invalid(
      "No teacher has an account with that email. Check the spelling, or ask them to sign up as a teacher first.",
      "email",
    );
  if (judge.id === teacher.id) throw invalid("You already judge this round: add a colleague.", "email");
  await transaction(async (tx) => {
    await lockFor(tx, `judges:${round.id}`);
    const count = await tx.judgingRoundJudge.count({ where: { roundId: round.id, judgeId: { not: judge.id } } });
    if (count >= MAX_JUDGES) throw conflict(`A round can have at most ${MAX_JUDGES} colleagues judging.`, "email");
    await tx.judgingRoundJudge.upsert({
      where: { roundId_judgeId: { roundId: round.id, judgeId: judge.id } },
      create: { roundId: round.id, judgeId: judge.id },
      update: {},
    });
  });
  return { roundId: round.id, judgeId: judge.id, name: judge.name };
}

// Their judgements stay on the scale; they can no longer add to it.
export async function removeJudge(teacher: SessionUser, input: { roundId: string; judgeId: string }) {
  const round = await findOwnRoundOrThrow(teacher, input.roundId);
  const removed = await db.judgingRoundJudge.deleteMany({ where: { roundId: round.id, judgeId: input.judgeId } });
  if (removed.count === 0) throw notFound("That colleague is not judging this round.", "judgeId");
  return { roundId: round.id, judgeId: input.judgeId };
}
