import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { assignmentsSetBy } from "@/lib/assignments/policy";
import { db } from "@/lib/db/client";
import { invalid, notFound } from "@/lib/errors";
import { latestSubmittedDrafts } from "@/lib/marking/policy";
import { anchorToMarks, fitScale, nextPair, pairKey } from "./rules";

// A round is the teacher's own, through the assignment it judges: another teacher's looks like
// no round at all.
const roundOf = (teacher: SessionUser, assignmentId: string) => ({ assignmentId, assignment: assignmentsSetBy(teacher) });

// Each student's latest submitted draft is what is judged.
function essaysOf(assignmentId: string) {
  return db.essay.findMany({
    where: { assignmentId, ...latestSubmittedDrafts() },
    orderBy: { id: "asc" },
    select: { id: true, studentId: true, document: true, student: { select: { name: true } }, feedback: { select: { mark: true, withdrawnAt: true } } },
  });
}

export async function startRound(teacher: SessionUser, assignmentId: string) {
  const assignment = await db.assignment.findFirst({ where: { id: assignmentId, ...assignmentsSetBy(teacher) }, select: { id: true } });
  if (!assignment) throw notFound("That assignment was not found among yours.", "assignmentId");
  const essays = await essaysOf(assignment.id);
  if (essays.length < 3) throw invalid(`Judging needs at least three submitted essays; this assignment has ${essays.length}.`, "assignmentId");
  return db.judgingRound.upsert({ where: { assignmentId: assignment.id }, create: { assignmentId: assignment.id, createdById: teacher.id }, update: {}, select: { id: true, assignmentId: true } });
}

// The round for the judging page: its scale so far, the next pair for this judge, and the scale
// set against the marks awarded (where there are any). Null when there is no round (or it is not
// the teacher's).
export async function getRound(teacher: SessionUser, assignmentId: string) {
  const round = await db.judgingRound.findFirst({
    where: roundOf(teacher, assignmentId),
    select: { id: true, assignment: { select: { id: true, markScheme: { select: { totalMarks: true } } } }, judgements: { select: { winnerId: true, loserId: true, judgeId: true } } },
  });
  if (!round) return null;
  const essays = await essaysOf(assignmentId);
  const scale = fitScale(
    essays.map((essay) => essay.id),
    round.judgements,
  );
  const seen = new Set(round.judgements.filter((judgement) => judgement.judgeId === teacher.id).map((judgement) => pairKey(judgement.winnerId, judgement.loserId)));
  const pair = nextPair(scale, seen);
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
    .map((essay, at) => ({ ...essay, rank: at + 1, student: byId.get(essay.id)!.student.name, mark: markOf(essay.id), predicted: anchoring ? anchoring.predict(essay.theta) : null }));
  return {
    id: round.id,
    judgements: round.judgements.length,
    byThisJudge: seen.size,
    reliability: scale.reliability,
    correlation: anchoring?.correlation ?? null,
    totalMarks: round.assignment.markScheme.totalMarks,
    ranked,
    // Only the two documents, never who wrote them: the judge sees "Essay A" and "Essay B".
    pair: pair ? pair.map((id) => ({ id, document: byId.get(id)!.document })) : null,
  };
}

export async function recordJudgement(teacher: SessionUser, input: { roundId: string; winnerId: string; loserId: string }) {
  const round = await db.judgingRound.findFirst({ where: { id: input.roundId, assignment: assignmentsSetBy(teacher) }, select: { id: true, assignmentId: true } });
  if (!round) throw notFound("That judging round was not found among yours.", "roundId");
  if (input.winnerId === input.loserId) throw invalid("Choose between two different essays.", "winnerId");
  const inRound = new Set((await essaysOf(round.assignmentId)).map((essay) => essay.id));
  if (!inRound.has(input.winnerId) || !inRound.has(input.loserId)) throw invalid("That essay is not in this judging round: only the submitted essays of this assignment can be judged.", "winnerId");
  return db.judgement.create({ data: { roundId: round.id, judgeId: teacher.id, winnerId: input.winnerId, loserId: input.loserId }, select: { id: true } });
}
