// Revision decks and source analysis: who is refused each action, and what the rightful call changes.
import { expect } from "vitest";
import * as revisionActions from "@/lib/revision/actions";
import * as sourceActions from "@/lib/sources/actions";
import {
  db,
  type Case,
  type World,
  MARKERS_ONLY,
  STUDENT_DECK,
  TEACHER_DECK,
  studentDeck,
  teacherDeck,
  teacherDeckSet,
  EXTRACT,
  HIGHLIGHT,
  withExtract,
  withHighlight,
  submittedWithHighlight,
  STUDENT_ONLY,
  released,
} from "../world";

// A card the student wrote: another student finds nothing; teachers have no own cards.
const OWN_CARD = "cworldowncard";
const OWN_CARD_REFUSED = { anonymous: 401, teacher: 403, anotherTeacher: 403, studentOfAnotherClass: 404 } as const;
const ownCard = ({ student }: World) =>
  db.ownCard.create({ data: { id: OWN_CARD, ownerId: student.id, front: "Question", back: "Answer" } });

const DECK_COMMENT = "cworlddeckcomment";

export const CASES_REVISION_AND_SOURCES: Record<string, Case> = {
  "revision.createDeck": {
    refused: { anonymous: 401 },
    rightful: "studentOfThisClass",
    call: () => revisionActions.createDeck({ source: { type: "theme", slug: "purges" } }),
    effect: async ({ student }) =>
      expect(await db.deck.count({ where: { ownerId: student.id, cards: { some: {} } } })).toBe(1),
  },
  "revision.deleteDeck": {
    refused: { anonymous: 401, studentOfAnotherClass: 404, anotherTeacher: 404, teacher: 404 },
    rightful: "studentOfThisClass",
    arrange: studentDeck,
    call: () => revisionActions.deleteDeck({ deckId: STUDENT_DECK }),
    effect: async () => expect(await db.deck.count({ where: { id: STUDENT_DECK } })).toBe(0),
  },
  "revision.setDeckToClass": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    arrange: teacherDeck,
    call: ({ ownClass }) => revisionActions.setDeckToClass({ deckId: TEACHER_DECK, classId: ownClass.id }),
    effect: async ({ ownClass }) =>
      expect(await db.deckAssignment.count({ where: { deckId: TEACHER_DECK, classId: ownClass.id } })).toBe(1),
  },
  "revision.unsetDeckFromClass": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    arrange: teacherDeckSet,
    call: ({ ownClass }) => revisionActions.unsetDeckFromClass({ deckId: TEACHER_DECK, classId: ownClass.id }),
    effect: async () => expect(await db.deckAssignment.count({ where: { deckId: TEACHER_DECK } })).toBe(0),
  },
  "revision.recordAnswers": {
    refused: { anonymous: 401, teacher: 403, anotherTeacher: 403, studentOfAnotherClass: 404 },
    rightful: "studentOfThisClass",
    arrange: teacherDeckSet,
    call: ({ evidence }) =>
      revisionActions.recordAnswers({
        deckId: TEACHER_DECK,
        mode: "flip",
        answers: [{ type: "rating", evidenceId: evidence.id, rating: "good" }],
      }),
    effect: async ({ student }) => expect(await db.cardSchedule.count({ where: { studentId: student.id } })).toBe(1),
  },
  "revision.setDesiredRetention": {
    refused: { anonymous: 401, teacher: 403, anotherTeacher: 403 },
    rightful: "studentOfThisClass",
    call: () => revisionActions.setDesiredRetention({ retention: 0.85 }),
    effect: async ({ student }) =>
      expect(await db.user.findUniqueOrThrow({ where: { id: student.id } })).toMatchObject({ desiredRetention: 0.85 }),
  },
  "revision.recordQuotationAnswer": {
    // Any student drills the shared library's quotations; only students are scheduled.
    refused: { anonymous: 401, teacher: 403, anotherTeacher: 403 },
    rightful: "studentOfThisClass",
    arrange: ({ quotation }) =>
      db.quotation.update({
        where: { id: quotation.id },
        data: { text: "Stalin was the grey blur of the revolution, unseen until too late" },
      }),
    call: ({ quotation }) =>
      revisionActions.recordQuotationAnswer({ kind: "complete", quotationId: quotation.id, given: "anything" }),
    effect: async ({ student, quotation }) =>
      expect(await db.quotationReview.count({ where: { studentId: student.id, quotationId: quotation.id } })).toBe(1),
  },
  "revision.drillFeedbackQuotations": {
    refused: STUDENT_ONLY,
    rightful: "studentOfThisClass",
    arrange: async (world) => {
      const { assignment } = await db.essay.findUniqueOrThrow({
        where: { id: world.essay.id },
        select: { assignment: { select: { promptId: true } } },
      });
      await db.promptSuggestion.create({
        data: { promptId: assignment.promptId, teacherId: world.teacher.id, quotationId: world.quotation.id },
      });
      await released(world);
    },
    call: ({ essay }) => revisionActions.drillFeedbackQuotations({ essayId: essay.id }),
    effect: async ({ student, quotation }) =>
      expect(await db.quotationSchedule.count({ where: { studentId: student.id, quotationId: quotation.id } })).toBe(1),
  },
  "revision.createOwnCard": {
    refused: { anonymous: 401, teacher: 403, anotherTeacher: 403 },
    rightful: "studentOfThisClass",
    call: () => revisionActions.createOwnCard({ front: "Question", back: "Answer" }),
    effect: async ({ student }) => expect(await db.ownCard.count({ where: { ownerId: student.id } })).toBe(1),
  },
  "revision.updateOwnCard": {
    refused: OWN_CARD_REFUSED,
    rightful: "studentOfThisClass",
    arrange: ownCard,
    call: () => revisionActions.updateOwnCard({ cardId: OWN_CARD, front: "Reworded", back: "Answer" }),
    effect: async () =>
      expect(await db.ownCard.findUniqueOrThrow({ where: { id: OWN_CARD } })).toMatchObject({ front: "Reworded" }),
  },
  "revision.deleteOwnCard": {
    refused: OWN_CARD_REFUSED,
    rightful: "studentOfThisClass",
    arrange: ownCard,
    call: () => revisionActions.deleteOwnCard({ cardId: OWN_CARD }),
    effect: async () => expect(await db.ownCard.count({ where: { id: OWN_CARD } })).toBe(0),
  },
  "revision.rateOwnCard": {
    refused: OWN_CARD_REFUSED,
    rightful: "studentOfThisClass",
    arrange: ownCard,
    call: () => revisionActions.rateOwnCard({ cardId: OWN_CARD, rating: "good" }),
    effect: async () => expect(await db.ownCardReview.count({ where: { cardId: OWN_CARD } })).toBe(1),
  },
  "revision.postDeckComment": {
    refused: { anonymous: 401, studentOfAnotherClass: 404, anotherTeacher: 404 },
    rightful: "studentOfThisClass",
    arrange: teacherDeckSet,
    call: ({ ownClass }) =>
      revisionActions.postDeckComment({
        deckId: TEACHER_DECK,
        classId: ownClass.id,
        body: "Why 1934?",
        isQuestion: true,
      }),
    effect: async ({ student }) =>
      expect(
        await db.deckComment.findMany({
          where: { deckId: TEACHER_DECK },
          select: { authorId: true, isQuestion: true },
        }),
      ).toEqual([{ authorId: student.id, isQuestion: true }]),
  },
  "revision.deleteDeckComment": {
    refused: { anonymous: 401, studentOfAnotherClass: 404, anotherTeacher: 404 },
    rightful: "studentOfThisClass",
    arrange: async (world) => {
      await teacherDeckSet(world);
      await db.deckComment.create({
        data: {
          id: DECK_COMMENT,
          deckId: TEACHER_DECK,
          classId: world.ownClass.id,
          authorId: world.student.id,
          body: "Mine",
        },
      });
    },
    call: () => revisionActions.deleteDeckComment({ commentId: DECK_COMMENT }),
    effect: async () => expect(await db.deckComment.count({ where: { id: DECK_COMMENT } })).toBe(0),
  },
  "sources.addHighlight": {
    refused: STUDENT_ONLY,
    rightful: "studentOfThisClass",
    arrange: withExtract,
    call: ({ essay }) =>
      sourceActions.addHighlight({
        essayId: essay.id,
        sourceId: EXTRACT,
        start: 0,
        end: 5,
        noteKind: "argument",
        note: "Mine",
      }),
    effect: async ({ essay }) =>
      expect(await db.sourceHighlight.findMany({ where: { essayId: essay.id }, select: { quotedText: true } })).toEqual(
        [{ quotedText: "Words" }],
      ),
  },
  "sources.updateHighlight": {
    refused: STUDENT_ONLY,
    rightful: "studentOfThisClass",
    arrange: withHighlight,
    call: () => sourceActions.updateHighlight({ highlightId: HIGHLIGHT, noteKind: "sub-argument", note: "Changed" }),
    effect: async () =>
      expect(await db.sourceHighlight.findUniqueOrThrow({ where: { id: HIGHLIGHT } })).toMatchObject({
        noteKind: "SUB_ARGUMENT",
        note: "Changed",
      }),
  },
  "sources.deleteHighlight": {
    refused: STUDENT_ONLY,
    rightful: "studentOfThisClass",
    arrange: withHighlight,
    call: () => sourceActions.deleteHighlight({ highlightId: HIGHLIGHT }),
    effect: async () => expect(await db.sourceHighlight.count()).toBe(0),
  },
  "sources.commentOnHighlight": {
    refused: MARKERS_ONLY,
    rightful: "teacher",
    arrange: submittedWithHighlight,
    call: () => sourceActions.commentOnHighlight({ highlightId: HIGHLIGHT, body: "Why this phrase?", code: "An" }),
    effect: async () => expect(await db.comment.count({ where: { highlightId: HIGHLIGHT } })).toBe(1),
  },
  "sources.createSourceQuestion": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403 },
    rightful: "teacher",
    call: ({ quotation }) =>
      sourceActions.createSourceQuestion({
        text: "How convincing?",
        kind: "extract",
        extracts: [
          { quotationId: quotation.id },
          { pasted: { text: "New words", speaker: "A. Writer", speakerKind: "historian" } },
        ],
      }),
    effect: async () => expect(await db.promptSource.count()).toBe(2),
  },
};
