import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { assignmentsSetBy } from "@/lib/access/assignments";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";

// Comparative judgement. A round is the class teacher's own, through the assignment it judges:
// another teacher's looks like no round at all. Colleagues the teacher asks judge it too (while the
// assignment is not archived), seeing pairs of essays, never names or marks.

type Someone = Pick<SessionUser, "id">;

export function roundsSetBy(teacher: Someone): Prisma.JudgingRoundWhereInput {
  return { assignment: assignmentsSetBy(teacher) };
}

export function roundsJudgedAsColleagueBy(teacher: Someone): Prisma.JudgingRoundWhereInput {
  return { judges: { some: { judgeId: teacher.id } }, assignment: { archivedAt: null } };
}

// Who may add a judgement: the class's teacher and the colleagues asked.
export function roundsJudgeableBy(teacher: Someone): Prisma.JudgingRoundWhereInput {
  return { OR: [roundsSetBy(teacher), roundsJudgedAsColleagueBy(teacher)] };
}

export async function findOwnRoundOrThrow(teacher: Someone, roundId: string) {
  const round = await db.judgingRound.findFirst({
    where: { id: roundId, ...roundsSetBy(teacher) },
    select: { id: true },
  });
  if (!round) throw notFound("That judging round was not found among yours.", "roundId");
  return round;
}
