// Marking and feedback: who is refused each action, and what the rightful call changes.
import { expect } from "vitest";
import * as markingActions from "@/lib/marking/actions";
import {
  db,
  type Case,
  WORLD_COMMENT,
  submitted,
  commented,
  released,
  readyToRelease,
  MARKERS_ONLY,
  feedbackOf,
} from "../world";

export const CASES_MARKING: Record<string, Case> = {
  "marking.addComment": {
    refused: MARKERS_ONLY,
    rightful: "teacher",
    arrange: submitted,
    call: ({ essay }) => markingActions.addComment({ essayId: essay.id, from: 1, to: 11, body: "Why?", code: "E" }),
    effect: async ({ essay }) =>
      expect(await db.comment.findFirstOrThrow({ where: { essayId: essay.id } })).toMatchObject({
        quotedText: "Stalin won",
        code: "E",
      }),
  },
  "marking.deleteComment": {
    refused: MARKERS_ONLY,
    rightful: "teacher",
    arrange: commented,
    call: () => markingActions.deleteComment({ commentId: WORLD_COMMENT }),
    effect: async () => expect(await db.comment.count()).toBe(0),
  },
  "marking.resolveComment": {
    refused: MARKERS_ONLY,
    rightful: "teacher",
    arrange: commented,
    call: () => markingActions.resolveComment({ commentId: WORLD_COMMENT, resolved: true }),
    effect: async () =>
      expect((await db.comment.findUniqueOrThrow({ where: { id: WORLD_COMMENT } })).resolvedAt).not.toBeNull(),
  },
  "marking.replyToComment": {
    refused: { anonymous: 401, studentOfAnotherClass: 404, anotherTeacher: 404 },
    rightful: "studentOfThisClass",
    arrange: released,
    call: () => markingActions.replyToComment({ commentId: WORLD_COMMENT, body: "Because of the Lenin Enrolment." }),
    effect: async ({ student }) =>
      expect(await db.comment.count({ where: { parentId: WORLD_COMMENT, authorId: student.id } })).toBe(1),
  },
  "marking.markCommentActedOn": {
    refused: { anonymous: 401, teacher: 403, anotherTeacher: 403, studentOfAnotherClass: 404 },
    rightful: "studentOfThisClass",
    arrange: released,
    call: () => markingActions.markCommentActedOn({ commentId: WORLD_COMMENT, actedOn: true }),
    effect: async () =>
      expect((await db.comment.findUniqueOrThrow({ where: { id: WORLD_COMMENT } })).actedOnAt).not.toBeNull(),
  },
  "marking.saveFeedback": {
    refused: MARKERS_ONLY,
    rightful: "teacher",
    arrange: submitted,
    call: ({ essay }) =>
      markingActions.saveFeedback({ essayId: essay.id, level: 4, mark: 18, wentWell: "Clear", evenBetterIf: "Deeper" }),
    effect: async (world) =>
      expect(await feedbackOf(world)).toMatchObject({ level: 4, mark: 18, wentWell: "Clear", releasedAt: null }),
  },
  "marking.releaseEssayFeedback": {
    refused: MARKERS_ONLY,
    rightful: "teacher",
    arrange: readyToRelease,
    call: ({ essay }) => markingActions.releaseEssayFeedback({ essayId: essay.id }),
    effect: async (world) => expect((await feedbackOf(world)).releasedAt).not.toBeNull(),
  },
  "marking.withdrawFeedback": {
    refused: MARKERS_ONLY,
    rightful: "teacher",
    arrange: released,
    call: ({ essay }) =>
      markingActions.withdrawFeedback({ essayId: essay.id, reason: "The mark was entered for the wrong student." }),
    effect: async (world) =>
      expect(await feedbackOf(world)).toMatchObject({
        releasedAt: null,
        withdrawnReason: "The mark was entered for the wrong student.",
      }),
  },
  "marking.requestRedraft": {
    refused: MARKERS_ONLY,
    rightful: "teacher",
    arrange: released,
    call: ({ essay }) => markingActions.requestRedraft({ essayId: essay.id }),
    effect: async ({ essay }) =>
      expect(await db.essay.findFirstOrThrow({ where: { previousDraftId: essay.id } })).toMatchObject({
        draft: 2,
        submittedAt: null,
      }),
  },
  "marking.requestClassRedrafts": {
    refused: MARKERS_ONLY,
    rightful: "teacher",
    arrange: released,
    call: ({ essay }) => markingActions.requestClassRedrafts({ assignmentId: essay.assignmentId }),
    effect: async ({ essay }) => expect(await db.essay.count({ where: { previousDraftId: essay.id } })).toBe(1),
  },
  "marking.releaseClassFeedback": {
    refused: MARKERS_ONLY,
    rightful: "teacher",
    arrange: readyToRelease,
    call: ({ essay }) => markingActions.releaseClassFeedback({ assignmentId: essay.assignmentId }),
    effect: async (world) => expect((await feedbackOf(world)).releasedAt).not.toBeNull(),
  },
  "marking.addBankComment": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403 },
    rightful: "teacher",
    call: () => markingActions.addBankComment({ body: "Develop the judgement", code: "J", shortcut: "judge" }),
    effect: async ({ teacher }) => expect(await db.commentBankItem.count({ where: { teacherId: teacher.id } })).toBe(1),
  },
  "marking.removeBankComment": {
    refused: MARKERS_ONLY,
    rightful: "teacher",
    arrange: ({ teacher }) =>
      db.commentBankItem.create({ data: { id: "cworldbank", teacherId: teacher.id, body: "Develop the judgement" } }),
    call: () => markingActions.removeBankComment({ bankItemId: "cworldbank" }),
    effect: async () => expect(await db.commentBankItem.count()).toBe(0),
  },
  "marking.linkBankComment": {
    refused: MARKERS_ONLY,
    rightful: "teacher",
    arrange: ({ teacher }) =>
      db.commentBankItem.create({ data: { id: "cworldbank", teacherId: teacher.id, body: "Develop the judgement" } }),
    call: () =>
      markingActions.linkBankComment({
        bankItemId: "cworldbank",
        objective: "AO1",
        level: 3,
        resource: "/library/evidence/a-card",
        deckId: null,
      }),
    effect: async ({ evidence }) =>
      expect(await db.commentBankItem.findUniqueOrThrow({ where: { id: "cworldbank" } })).toMatchObject({
        objective: "AO1",
        level: 3,
        resourceEvidenceId: evidence.id,
      }),
  },
  "marking.saveCommentToBank": {
    refused: MARKERS_ONLY,
    rightful: "teacher",
    arrange: commented,
    call: () => markingActions.saveCommentToBank({ commentId: WORLD_COMMENT, shortcut: "why" }),
    effect: async ({ teacher }) =>
      expect(await db.commentBankItem.findFirstOrThrow({ where: { teacherId: teacher.id } })).toMatchObject({
        body: "Why?",
        shortcut: "why",
      }),
  },
  // Public by design: signing up is how an account comes to exist.
};
