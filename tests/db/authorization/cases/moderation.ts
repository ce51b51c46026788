// Blind second marking and moderation: who is refused each action, and what the rightful call changes.
import { expect } from "vitest";
import * as moderationActions from "@/lib/moderation/actions";
import { db, type Case, MARKERS_ONLY, type World } from "../world";

// The world's essay submitted and marked by its class's teacher; the other teacher asked to second-mark it.
async function secondMarkedBy({ essay, teacher, otherTeacher }: World) {
  await db.essay.update({ where: { id: essay.id }, data: { submittedAt: new Date(), markedAt: new Date() } });
  await db.feedback.create({ data: { essayId: essay.id, markerId: teacher.id, level: 3, mark: 12 } });
  await db.assignment.update({ where: { id: essay.assignmentId }, data: { secondMarkerId: otherTeacher.id } });
}

async function withSecondMark(world: World) {
  await secondMarkedBy(world);
  await db.secondMark.create({
    data: { essayId: world.essay.id, markerId: world.otherTeacher.id, level: 5, mark: 22 },
  });
}

export const CASES_MODERATION: Record<string, Case> = {
  "moderation.setSecondMarker": {
    refused: MARKERS_ONLY,
    rightful: "teacher",
    call: ({ essay, otherTeacher }) =>
      moderationActions.setSecondMarker({ assignmentId: essay.assignmentId, email: otherTeacher.email, tolerance: 2 }),
    effect: async ({ essay, otherTeacher }) =>
      expect(await db.assignment.findUniqueOrThrow({ where: { id: essay.assignmentId } })).toMatchObject({
        secondMarkerId: otherTeacher.id,
        markTolerance: 2,
      }),
  },
  "moderation.submitSecondMark": {
    // Only the teacher asked to second-mark: the class's own teacher and its students are refused.
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, teacher: 404 },
    rightful: "anotherTeacher",
    arrange: secondMarkedBy,
    call: ({ essay }) => moderationActions.submitSecondMark({ essayId: essay.id, level: 4, mark: 17 }),
    effect: async ({ essay, otherTeacher }) =>
      expect(await db.secondMark.findUniqueOrThrow({ where: { essayId: essay.id } })).toMatchObject({
        markerId: otherTeacher.id,
        level: 4,
        mark: 17,
      }),
  },
  "moderation.agreeMark": {
    refused: MARKERS_ONLY,
    rightful: "teacher",
    arrange: withSecondMark,
    call: ({ essay }) => moderationActions.agreeMark({ essayId: essay.id, level: 4, mark: 18 }),
    effect: async ({ essay }) => {
      expect(await db.secondMark.findUniqueOrThrow({ where: { essayId: essay.id } })).toMatchObject({
        agreedLevel: 4,
        agreedMark: 18,
      });
      expect(await db.feedback.findUniqueOrThrow({ where: { essayId: essay.id } })).toMatchObject({
        level: 4,
        mark: 18,
      });
    },
  },
};
