// Comparative judgement: who is refused each action, and what the rightful call changes.
import { expect } from "vitest";
import * as judgingActions from "@/lib/judging/actions";
import { makeUser } from "../../../factories/accounts";
import { db, type Case, MARKERS_ONLY, type World } from "../world";

const ROUND = "cworldround";

// Three students of the teacher's class with submitted essays for the world's essay assignment.
async function submittedThree({ ownClass, essay }: World) {
  await db.essay.update({ where: { id: essay.id }, data: { submittedAt: new Date() } });
  const others = await Promise.all(["Second", "Third"].map((name) => makeUser(db, "STUDENT", `${name} Student`)));
  const essays = [essay.id];
  for (const other of others) {
    await db.enrolment.create({ data: { classId: ownClass.id, studentId: other.id } });
    essays.push(
      (
        await db.essay.create({
          data: { assignmentId: essay.assignmentId, studentId: other.id, submittedAt: new Date() },
        })
      ).id,
    );
  }
  return essays;
}

async function withRound(world: World) {
  const essays = await submittedThree(world);
  await db.judgingRound.create({
    data: { id: ROUND, assignmentId: world.essay.assignmentId, createdById: world.teacher.id },
  });
  return essays;
}

export const CASES_JUDGING: Record<string, Case> = {
  "judging.startJudgingRound": {
    refused: MARKERS_ONLY,
    rightful: "teacher",
    arrange: submittedThree,
    call: ({ essay }) => judgingActions.startJudgingRound({ assignmentId: essay.assignmentId }),
    effect: async ({ essay }) =>
      expect(await db.judgingRound.count({ where: { assignmentId: essay.assignmentId } })).toBe(1),
  },
  "judging.recordJudgement": {
    refused: MARKERS_ONLY,
    rightful: "teacher",
    arrange: withRound,
    call: async ({ essay }) => {
      const other = await db.essay.findFirstOrThrow({
        where: { assignmentId: essay.assignmentId, id: { not: essay.id } },
      });
      return judgingActions.recordJudgement({ roundId: ROUND, winnerId: essay.id, loserId: other.id });
    },
    effect: async ({ essay }) =>
      expect(await db.judgement.count({ where: { roundId: ROUND, winnerId: essay.id } })).toBe(1),
  },
  "judging.addJudge": {
    refused: MARKERS_ONLY,
    rightful: "teacher",
    arrange: withRound,
    // The colleague asked is the other teacher: only the class's teacher may ask.
    call: ({ otherTeacher }) => judgingActions.addJudge({ roundId: ROUND, email: otherTeacher.email }),
    effect: async ({ otherTeacher }) =>
      expect(await db.judgingRoundJudge.count({ where: { roundId: ROUND, judgeId: otherTeacher.id } })).toBe(1),
  },
  "judging.removeJudge": {
    refused: MARKERS_ONLY,
    rightful: "teacher",
    arrange: async (world) => {
      await withRound(world);
      await db.judgingRoundJudge.create({ data: { roundId: ROUND, judgeId: world.curator.id } });
    },
    call: ({ curator }) => judgingActions.removeJudge({ roundId: ROUND, judgeId: curator.id }),
    effect: async () => expect(await db.judgingRoundJudge.count({ where: { roundId: ROUND } })).toBe(0),
  },
};
