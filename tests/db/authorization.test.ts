// Every server action and route handler, walked as a signed-out visitor, a student of another
// class and another teacher: each is refused and changes nothing, while the rightful user
// succeeds. A new action or route handler fails the completeness checks until it is added here.
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/actions/safe-action";
import type { SessionUser } from "@/lib/auth/session";
import { actAs } from "../helpers/act-as";
import { resetDatabase, testDatabaseClient } from "../helpers/test-database";
import { FACTORY_PASSWORD, defaultMarkScheme, makeAssignment, makeClass, makePrompt, makeUser } from "../factories/accounts";
import * as accountActions from "@/lib/actions/accounts";
import * as assignmentActions from "@/lib/actions/assignments";
import * as classActions from "@/lib/actions/classes";
import * as markSchemeActions from "@/lib/actions/mark-schemes";
import * as libraryActions from "@/lib/actions/library";
import * as essayActions from "@/lib/actions/essays";
import * as markingActions from "@/lib/actions/marking";
import * as revisionActions from "@/lib/actions/revision";
import * as sourceActions from "@/lib/actions/sources";
import { GET as feedbackDocxRoute } from "@/app/api/essays/[essayId]/feedback-docx/route";
import { PUT as saveEssayRoute } from "@/app/api/essays/[essayId]/route";
import { GET as exportRoute } from "@/app/api/library/export/route";
import { GET as searchRoute } from "@/app/api/library/search/route";
import { syncLibraryEntries } from "@/lib/library/sync-library-entries";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());

type World = Awaited<ReturnType<typeof buildWorld>>;

async function buildWorld() {
  const teacher = await makeUser(db, "TEACHER", "Rightful Teacher");
  const otherTeacher = await makeUser(db, "TEACHER", "Other Teacher");
  const student = await makeUser(db, "STUDENT", "Rightful Student");
  const otherStudent = await makeUser(db, "STUDENT", "Other Student");
  const ownClass = await makeClass(db, teacher, [student], "Own class");
  const otherClass = await makeClass(db, otherTeacher, [otherStudent], "Other class");
  const assignment = await makeAssignment(db, teacher, ownClass.id);
  const prompt = await makePrompt(db);
  const scheme = await defaultMarkScheme(db);
  const theme = await db.tag.create({ data: { slug: "purges", label: "The purges", kind: "THEME" } });
  const quotation = await db.quotation.create({ data: { slug: "a-quotation", text: "Words", speaker: "A. Historian", speakerKind: "HISTORIAN", attributionAsGiven: "A. Historian" } });
  const evidence = await db.evidence.create({ data: { slug: "a-card", title: "A card", text: "A fact", kind: "FACT", tags: { connect: [{ id: theme.id }] } } });
  const suggestion = await db.promptSuggestion.create({ data: { promptId: prompt.id, teacherId: teacher.id, quotationId: quotation.id } });
  await syncLibraryEntries(db);
  const essayAssignment = await makeAssignment(db, teacher, ownClass.id, { timeLimitMinutes: null });
  const essay = await db.essay.create({ data: { assignmentId: essayAssignment.id, studentId: student.id, document: { type: "doc", content: [{ type: "paragraph" }] } } });
  return { teacher, otherTeacher, student, otherStudent, ownClass, otherClass, assignment, prompt, scheme, quotation, evidence, suggestion, essay };
}

type Caller = "anonymous" | "studentOfAnotherClass" | "anotherTeacher" | "studentOfThisClass" | "teacher";

type Case = {
  // Who must be refused, and with which status.
  refused: Partial<Record<Caller, 401 | 403 | 404>>;
  rightful: Caller;
  // Puts the world in the state the action needs, before anything is compared.
  arrange?: (world: World) => Promise<unknown>;
  call: (world: World) => Promise<ActionResult<unknown>>;
  // What the rightful call changed, read back from the database.
  effect: (world: World) => Promise<void>;
};

// A submitted essay; then one with a teacher's comment on it; then with its feedback released.
const SUBMITTED = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Stalin won because he ran the Party." }] }] };
const WORLD_COMMENT = "cworldcomment";
const submitted = ({ essay }: World) => db.essay.update({ where: { id: essay.id }, data: { submittedAt: new Date(), document: SUBMITTED } });
async function commented(world: World, feedback: { level?: number; mark?: number; releasedAt?: Date } = {}) {
  await submitted(world);
  const document = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Stalin won", marks: [{ type: "comment", attrs: { id: WORLD_COMMENT } }] }, { type: "text", text: " because he ran the Party." }] }] };
  await db.feedback.create({ data: { essayId: world.essay.id, markerId: world.teacher.id, document, ...feedback } });
  await db.comment.create({ data: { id: WORLD_COMMENT, essayId: world.essay.id, authorId: world.teacher.id, body: "Why?", quotedText: "Stalin won" } });
}
const released = (world: World) => commented(world, { level: 4, mark: 18, releasedAt: new Date() });
const readyToRelease = (world: World) => commented(world, { level: 4, mark: 18 });
const MARKERS_ONLY = { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 } as const;
const feedbackOf = ({ essay }: World) => db.feedback.findUniqueOrThrow({ where: { essayId: essay.id } });

// A deck the student made, and one the teacher made and set to the class.
const STUDENT_DECK = "cworldstudentdeck";
const TEACHER_DECK = "cworldteacherdeck";
const studentDeck = ({ student, evidence }: World) => db.deck.create({ data: { id: STUDENT_DECK, title: "Mine", source: "Theme: The purges", ownerId: student.id, cards: { create: [{ evidenceId: evidence.id, position: 0 }] } } });
const teacherDeck = ({ teacher, evidence }: World) => db.deck.create({ data: { id: TEACHER_DECK, title: "Set", source: "Theme: The purges", ownerId: teacher.id, cards: { create: [{ evidenceId: evidence.id, position: 0 }] } } });
async function teacherDeckSet(world: World) {
  await teacherDeck(world);
  await db.deckAssignment.create({ data: { deckId: TEACHER_DECK, classId: world.ownClass.id, setById: world.teacher.id } });
}

// An extract on the essay's question, and the student's highlight on it.
const EXTRACT = "cworldextract";
const HIGHLIGHT = "cworldhighlight";
async function withExtract({ essay, quotation }: World) {
  const { assignment } = await db.essay.findUniqueOrThrow({ where: { id: essay.id }, select: { assignment: { select: { promptId: true } } } });
  await db.promptSource.create({ data: { id: EXTRACT, promptId: assignment.promptId, position: 0, quotationId: quotation.id } });
}
async function withHighlight(world: World) {
  await withExtract(world);
  await db.sourceHighlight.create({ data: { id: HIGHLIGHT, essayId: world.essay.id, sourceId: EXTRACT, start: 0, end: 5, quotedText: "Words" } });
}
async function submittedWithHighlight(world: World) {
  await withHighlight(world);
  await submitted(world);
}
const STUDENT_ONLY = { anonymous: 401, teacher: 403, anotherTeacher: 403, studentOfAnotherClass: 404 } as const;

const in7Days = () => new Date(Date.now() + 7 * 24 * 60 * 60_000).toISOString();

const CASES: Record<string, Case> = {
  "classes.createClass": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403 },
    rightful: "teacher",
    call: () => classActions.createClass({ name: "Year 12" }),
    effect: async ({ teacher }) => expect(await db.class.count({ where: { teacherId: teacher.id, name: "Year 12" } })).toBe(1),
  },
  "classes.renameClass": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    call: ({ ownClass }) => classActions.renameClass({ classId: ownClass.id, name: "Renamed" }),
    effect: async ({ ownClass }) => expect((await db.class.findUniqueOrThrow({ where: { id: ownClass.id } })).name).toBe("Renamed"),
  },
  "classes.archiveClass": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    call: ({ ownClass }) => classActions.archiveClass({ classId: ownClass.id }),
    effect: async ({ ownClass }) => expect((await db.class.findUniqueOrThrow({ where: { id: ownClass.id } })).archivedAt).not.toBeNull(),
  },
  "classes.restoreClass": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    arrange: ({ ownClass }) => db.class.update({ where: { id: ownClass.id }, data: { archivedAt: new Date() } }),
    call: ({ ownClass }) => classActions.restoreClass({ classId: ownClass.id }),
    effect: async ({ ownClass }) => expect((await db.class.findUniqueOrThrow({ where: { id: ownClass.id } })).archivedAt).toBeNull(),
  },
  "classes.regenerateJoinCode": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    call: ({ ownClass }) => classActions.regenerateJoinCode({ classId: ownClass.id }),
    effect: async ({ ownClass }) => expect((await db.class.findUniqueOrThrow({ where: { id: ownClass.id } })).joinCode).not.toBe(ownClass.joinCode),
  },
  "classes.removeStudent": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    call: ({ ownClass, student }) => classActions.removeStudent({ classId: ownClass.id, studentId: student.id }),
    effect: async ({ ownClass }) => expect(await db.enrolment.count({ where: { classId: ownClass.id } })).toBe(0),
  },
  "classes.addStudents": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    call: ({ ownClass }) => classActions.addStudents({ classId: ownClass.id, roster: "Ada Lovelace, ada@example.com" }),
    effect: async ({ ownClass }) => expect(await db.enrolment.count({ where: { classId: ownClass.id, student: { email: "ada@example.com" } } })).toBe(1),
  },
  "classes.joinClass": {
    refused: { anonymous: 401, anotherTeacher: 403, teacher: 403 },
    rightful: "studentOfAnotherClass",
    call: ({ ownClass }) => classActions.joinClass({ joinCode: ownClass.joinCode }),
    effect: async ({ ownClass, otherStudent }) => expect(await db.enrolment.count({ where: { classId: ownClass.id, studentId: otherStudent.id } })).toBe(1),
  },
  "assignments.createAssignment": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    call: ({ ownClass, prompt, scheme }) =>
      assignmentActions.createAssignment({ classId: ownClass.id, promptId: prompt.id, markSchemeId: scheme.id, timeLimitMinutes: "45", opensAt: new Date().toISOString(), dueAt: in7Days() }),
    effect: async ({ ownClass, prompt }) => expect(await db.assignment.count({ where: { classId: ownClass.id, promptId: prompt.id, timeLimitMinutes: 45 } })).toBe(1),
  },
  "markSchemes.createMarkScheme": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403 },
    rightful: "teacher",
    call: () => markSchemeActions.createMarkScheme({ name: "Edexcel 20", levels: "2 | 11-20 | Good\n1 | 1-10 | Limited" }),
    effect: async ({ teacher }) => expect(await db.markScheme.findFirstOrThrow({ where: { ownerId: teacher.id } })).toMatchObject({ name: "Edexcel 20", totalMarks: 20 }),
  },
  // The library is shared by every teacher on an installation; students only read it.
  "library.createQuotation": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403 },
    rightful: "teacher",
    call: () => libraryActions.createQuotation({ text: "New words", speaker: "B. Historian", speakerKind: "historian", year: "1999" }),
    effect: async ({ teacher }) => expect(await db.quotation.findFirstOrThrow({ where: { text: "New words" } })).toMatchObject({ createdById: teacher.id, attributionAsGiven: "B. Historian, 1999" }),
  },
  "library.updateQuotation": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403 },
    rightful: "anotherTeacher",
    call: ({ quotation }) => libraryActions.updateQuotation({ id: quotation.id, text: "Changed words", speaker: "A. Historian", speakerKind: "historian" }),
    effect: async ({ quotation, otherTeacher }) => {
      expect((await db.quotation.findUniqueOrThrow({ where: { id: quotation.id } })).text).toBe("Changed words");
      expect(await db.quotationRevision.findFirstOrThrow({ where: { quotationId: quotation.id } })).toMatchObject({ previousText: "Words", editedById: otherTeacher.id });
    },
  },
  "library.createEvidence": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403 },
    rightful: "teacher",
    call: () => libraryActions.createEvidence({ title: "New card", text: "New fact", kind: "fact", yearFrom: "1934", themes: ["purges"] }),
    effect: async () => expect(await db.libraryEntry.count({ where: { title: "New card", kind: "EVIDENCE" } })).toBe(1),
  },
  "library.updateEvidence": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403 },
    rightful: "teacher",
    call: ({ evidence }) => libraryActions.updateEvidence({ id: evidence.id, title: "Renamed card", text: "A fact", kind: "fact", themes: ["purges"] }),
    effect: async ({ evidence }) => expect((await db.libraryEntry.findUniqueOrThrow({ where: { itemId: evidence.id } })).title).toBe("Renamed card"),
  },
  "library.createPrompt": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403 },
    rightful: "teacher",
    call: () => libraryActions.createPrompt({ text: "How far was the NEP a success?", kind: "essay", marks: "25" }),
    effect: async () => expect(await db.prompt.findFirstOrThrow({ where: { text: "How far was the NEP a success?" } })).toMatchObject({ origin: "TEACHER", marks: 25 }),
  },
  "library.updatePrompt": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403 },
    rightful: "teacher",
    call: ({ prompt }) => libraryActions.updatePrompt({ id: prompt.id, text: "Reworded?", kind: "essay" }),
    effect: async ({ prompt }) => expect((await db.prompt.findUniqueOrThrow({ where: { id: prompt.id } })).text).toBe("Reworded?"),
  },
  "library.setItemArchived": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403 },
    rightful: "teacher",
    call: ({ evidence }) => libraryActions.setItemArchived({ kind: "evidence", id: evidence.id, archived: true }),
    effect: async ({ evidence }) => expect((await db.libraryEntry.findUniqueOrThrow({ where: { itemId: evidence.id } })).archived).toBe(true),
  },
  "library.addSuggestion": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403 },
    rightful: "teacher",
    call: ({ prompt, evidence }) => libraryActions.addSuggestion({ promptId: prompt.id, itemKind: "evidence", itemId: evidence.id }),
    effect: async ({ prompt, evidence, teacher }) => expect(await db.promptSuggestion.count({ where: { promptId: prompt.id, evidenceId: evidence.id, teacherId: teacher.id } })).toBe(1),
  },
  "library.removeSuggestion": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    call: ({ suggestion }) => libraryActions.removeSuggestion({ suggestionId: suggestion.id }),
    effect: async ({ suggestion }) => expect(await db.promptSuggestion.count({ where: { id: suggestion.id } })).toBe(0),
  },
  "library.importLibraryFiles": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403 },
    rightful: "teacher",
    call: () => libraryActions.importLibraryFiles({ files: [{ name: "mine.yaml", text: "quotations:\n  - slug: uploaded-words\n    text: Uploaded words\n    speaker: C. Historian\n    speakerKind: historian\n    attributionAsGiven: C. Historian, 2001\n" }] }),
    effect: async ({ teacher }) => expect(await db.quotation.findUniqueOrThrow({ where: { slug: "uploaded-words" } })).toMatchObject({ createdById: teacher.id }),
  },
  "accounts.changePassword": {
    refused: { anonymous: 401 },
    rightful: "studentOfThisClass",
    call: () => accountActions.changePassword({ currentPassword: FACTORY_PASSWORD, newPassword: "a-brand-new-password" }),
    effect: async ({ student }) => expect((await db.user.findUniqueOrThrow({ where: { id: student.id } })).sessionVersion).toBe(1),
  },
  "essays.startEssay": {
    refused: { anonymous: 401, teacher: 403, anotherTeacher: 403, studentOfAnotherClass: 404 },
    rightful: "studentOfThisClass",
    call: ({ assignment }) => essayActions.startEssay({ assignmentId: assignment.id }),
    effect: async ({ assignment, student }) => expect(await db.essay.count({ where: { assignmentId: assignment.id, studentId: student.id } })).toBe(1),
  },
  "essays.submitEssay": {
    refused: { anonymous: 401, teacher: 403, anotherTeacher: 403, studentOfAnotherClass: 404 },
    rightful: "studentOfThisClass",
    call: ({ essay }) => essayActions.submitEssay({ essayId: essay.id, version: 0 }),
    effect: async ({ essay }) => expect((await db.essay.findUniqueOrThrow({ where: { id: essay.id } })).submittedAt).not.toBeNull(),
  },
  "marking.addComment": {
    refused: MARKERS_ONLY,
    rightful: "teacher",
    arrange: submitted,
    call: ({ essay }) => markingActions.addComment({ essayId: essay.id, from: 1, to: 11, body: "Why?", code: "E" }),
    effect: async ({ essay }) => expect(await db.comment.findFirstOrThrow({ where: { essayId: essay.id } })).toMatchObject({ quotedText: "Stalin won", code: "E" }),
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
    effect: async () => expect((await db.comment.findUniqueOrThrow({ where: { id: WORLD_COMMENT } })).resolvedAt).not.toBeNull(),
  },
  "marking.replyToComment": {
    refused: { anonymous: 401, studentOfAnotherClass: 404, anotherTeacher: 404 },
    rightful: "studentOfThisClass",
    arrange: released,
    call: () => markingActions.replyToComment({ commentId: WORLD_COMMENT, body: "Because of the Lenin Enrolment." }),
    effect: async ({ student }) => expect(await db.comment.count({ where: { parentId: WORLD_COMMENT, authorId: student.id } })).toBe(1),
  },
  "marking.markCommentActedOn": {
    refused: { anonymous: 401, teacher: 403, anotherTeacher: 403, studentOfAnotherClass: 404 },
    rightful: "studentOfThisClass",
    arrange: released,
    call: () => markingActions.markCommentActedOn({ commentId: WORLD_COMMENT, actedOn: true }),
    effect: async () => expect((await db.comment.findUniqueOrThrow({ where: { id: WORLD_COMMENT } })).actedOnAt).not.toBeNull(),
  },
  "marking.saveFeedback": {
    refused: MARKERS_ONLY,
    rightful: "teacher",
    arrange: submitted,
    call: ({ essay }) => markingActions.saveFeedback({ essayId: essay.id, level: 4, mark: 18, wentWell: "Clear", evenBetterIf: "Deeper" }),
    effect: async (world) => expect(await feedbackOf(world)).toMatchObject({ level: 4, mark: 18, wentWell: "Clear", releasedAt: null }),
  },
  "marking.releaseEssayFeedback": {
    refused: MARKERS_ONLY,
    rightful: "teacher",
    arrange: readyToRelease,
    call: ({ essay }) => markingActions.releaseEssayFeedback({ essayId: essay.id }),
    effect: async (world) => expect((await feedbackOf(world)).releasedAt).not.toBeNull(),
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
    arrange: ({ teacher }) => db.commentBankItem.create({ data: { id: "cworldbank", teacherId: teacher.id, body: "Develop the judgement" } }),
    call: () => markingActions.removeBankComment({ bankItemId: "cworldbank" }),
    effect: async () => expect(await db.commentBankItem.count()).toBe(0),
  },
  "marking.saveCommentToBank": {
    refused: MARKERS_ONLY,
    rightful: "teacher",
    arrange: commented,
    call: () => markingActions.saveCommentToBank({ commentId: WORLD_COMMENT, shortcut: "why" }),
    effect: async ({ teacher }) => expect(await db.commentBankItem.findFirstOrThrow({ where: { teacherId: teacher.id } })).toMatchObject({ body: "Why?", shortcut: "why" }),
  },
  // Public by design: signing up is how an account comes to exist.
  "accounts.signUpTeacher": {
    refused: {},
    rightful: "anonymous",
    call: () => accountActions.signUpTeacher({ name: "New Teacher", email: "new.teacher@example.com", password: "a-long-password" }),
    effect: async () => expect((await db.user.findUniqueOrThrow({ where: { email: "new.teacher@example.com" } })).role).toBe("TEACHER"),
  },
  "accounts.signUpStudent": {
    refused: {},
    rightful: "anonymous",
    call: ({ ownClass }) => accountActions.signUpStudent({ name: "New Student", email: "new.student@example.com", password: "a-long-password", joinCode: ownClass.joinCode }),
    effect: async ({ ownClass }) => expect(await db.enrolment.count({ where: { classId: ownClass.id, student: { email: "new.student@example.com", role: "STUDENT" } } })).toBe(1),
  },
  "revision.createDeck": {
    refused: { anonymous: 401 },
    rightful: "studentOfThisClass",
    call: () => revisionActions.createDeck({ source: { type: "theme", slug: "purges" } }),
    effect: async ({ student }) => expect(await db.deck.count({ where: { ownerId: student.id, cards: { some: {} } } })).toBe(1),
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
    effect: async ({ ownClass }) => expect(await db.deckAssignment.count({ where: { deckId: TEACHER_DECK, classId: ownClass.id } })).toBe(1),
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
    call: ({ evidence }) => revisionActions.recordAnswers({ deckId: TEACHER_DECK, mode: "flip", answers: [{ type: "rating", evidenceId: evidence.id, rating: "good" }] }),
    effect: async ({ student }) => expect(await db.cardSchedule.count({ where: { studentId: student.id } })).toBe(1),
  },
  "sources.addHighlight": {
    refused: STUDENT_ONLY,
    rightful: "studentOfThisClass",
    arrange: withExtract,
    call: ({ essay }) => sourceActions.addHighlight({ essayId: essay.id, sourceId: EXTRACT, start: 0, end: 5, noteKind: "argument", note: "Mine" }),
    effect: async ({ essay }) => expect(await db.sourceHighlight.findMany({ where: { essayId: essay.id }, select: { quotedText: true } })).toEqual([{ quotedText: "Words" }]),
  },
  "sources.updateHighlight": {
    refused: STUDENT_ONLY,
    rightful: "studentOfThisClass",
    arrange: withHighlight,
    call: () => sourceActions.updateHighlight({ highlightId: HIGHLIGHT, noteKind: "sub-argument", note: "Changed" }),
    effect: async () => expect(await db.sourceHighlight.findUniqueOrThrow({ where: { id: HIGHLIGHT } })).toMatchObject({ noteKind: "SUB_ARGUMENT", note: "Changed" }),
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
    call: ({ quotation }) => sourceActions.createSourceQuestion({ text: "How convincing?", kind: "extract", extracts: [{ quotationId: quotation.id }, { pasted: { text: "New words", speaker: "A. Writer", speakerKind: "historian" } }] }),
    effect: async () => expect(await db.promptSource.count()).toBe(2),
  },
};

// Route handlers, with who may call them. next-auth's is its own sign-in endpoint.
const ROUTE_HANDLERS: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "public: next-auth's sign-in, sign-out, session and CSRF endpoints (sign-in is rate limited; see accounts.test.ts)",
  "app/api/essays/[essayId]/route.ts": "the essay's own student: see the route cases below",
  "app/api/essays/[essayId]/feedback-docx/route.ts": "the class's teacher, and the essay's student once released: see the route cases below",
  "app/api/library/export/route.ts": "teachers: see the route cases below",
  "app/api/library/search/route.ts": "signed-in users; an assignment only its own teacher and students: see the route cases below",
};

type RouteCase = { refused: Partial<Record<Caller, 401 | 403 | 404>>; rightful: Caller; arrange?: (world: World) => Promise<unknown>; call: (world: World) => Promise<Response>; check: (response: Response, world: World) => Promise<void> };

const ROUTE_CASES: Record<string, RouteCase> = {
  "PUT /api/essays/:essayId": {
    refused: { anonymous: 401, teacher: 403, anotherTeacher: 403, studentOfAnotherClass: 404 },
    rightful: "studentOfThisClass",
    call: ({ essay }) =>
      saveEssayRoute(
        new Request(`http://localhost/api/essays/${essay.id}`, { method: "PUT", body: JSON.stringify({ baseVersion: 0, document: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Mine." }] }] } }) }),
        { params: Promise.resolve({ essayId: essay.id }) },
      ),
    check: async (_response, { essay }) => expect(await db.essay.findUniqueOrThrow({ where: { id: essay.id } })).toMatchObject({ version: 1, plainText: "Mine." }),
  },
  "GET /api/essays/:essayId/feedback-docx before release": {
    refused: { anonymous: 401, studentOfThisClass: 404, anotherTeacher: 404, studentOfAnotherClass: 404 },
    rightful: "teacher",
    arrange: readyToRelease,
    call: ({ essay }) => feedbackDocxRoute(new Request(`http://localhost/api/essays/${essay.id}/feedback-docx`), { params: Promise.resolve({ essayId: essay.id }) }),
    check: async (response) => expect(response.headers.get("content-type")).toContain("wordprocessingml"),
  },
  "GET /api/essays/:essayId/feedback-docx once released": {
    refused: { anonymous: 401, anotherTeacher: 404, studentOfAnotherClass: 404 },
    rightful: "studentOfThisClass",
    arrange: released,
    call: ({ essay }) => feedbackDocxRoute(new Request(`http://localhost/api/essays/${essay.id}/feedback-docx`), { params: Promise.resolve({ essayId: essay.id }) }),
    check: async (response) => expect(response.headers.get("content-disposition")).toContain(".docx"),
  },
  "GET /api/library/export": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403 },
    rightful: "teacher",
    call: () => exportRoute(new Request("http://localhost/api/library/export?kind=evidence&theme=purges")),
    check: async (response) => {
      expect(response.headers.get("content-disposition")).toContain("evidence.yaml");
      expect(await response.text()).toContain("slug: a-card");
    },
  },
  "GET /api/library/search with an assignment": {
    refused: { anonymous: 401, studentOfAnotherClass: 404, anotherTeacher: 404 },
    rightful: "studentOfThisClass",
    call: ({ assignment }) => searchRoute(new Request(`http://localhost/api/library/search?q=&assignmentId=${assignment.id}`)),
    check: async (response) => expect(response.status).toBe(200),
  },
};

function callerUser(world: World, caller: Caller): SessionUser | null {
  return { anonymous: null, studentOfAnotherClass: world.otherStudent, anotherTeacher: world.otherTeacher, studentOfThisClass: world.student, teacher: world.teacher }[caller];
}

async function snapshot() {
  const [users, classes, enrolments, assignments, essays, feedback, comments, bank, decks, deckCards, deckAssignments, schedules, reviews, prompts, quotations, promptSources, highlights] = await Promise.all([
    db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, email: true, name: true, passwordHash: true, role: true, sessionVersion: true } }),
    db.class.findMany({ orderBy: { id: "asc" } }),
    db.enrolment.findMany({ orderBy: [{ classId: "asc" }, { studentId: "asc" }] }),
    db.assignment.findMany({ orderBy: { id: "asc" } }),
    db.essay.findMany({ orderBy: { id: "asc" } }),
    db.feedback.findMany({ orderBy: { essayId: "asc" } }),
    db.comment.findMany({ orderBy: { id: "asc" } }),
    db.commentBankItem.findMany({ orderBy: { id: "asc" } }),
    db.deck.findMany({ orderBy: { id: "asc" } }),
    db.deckCard.findMany({ orderBy: [{ deckId: "asc" }, { evidenceId: "asc" }] }),
    db.deckAssignment.findMany({ orderBy: [{ deckId: "asc" }, { classId: "asc" }] }),
    db.cardSchedule.findMany({ orderBy: [{ studentId: "asc" }, { evidenceId: "asc" }] }),
    db.cardReview.findMany({ orderBy: { id: "asc" } }),
    db.prompt.findMany({ orderBy: { id: "asc" } }),
    db.quotation.findMany({ orderBy: { id: "asc" } }),
    db.promptSource.findMany({ orderBy: { id: "asc" } }),
    db.sourceHighlight.findMany({ orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ users, classes, enrolments, assignments, essays, feedback, comments, bank, decks, deckCards, deckAssignments, schedules, reviews, prompts, quotations, promptSources, highlights });
}

function findFiles(folder: string, name: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? findFiles(full, name) : entry.name === name ? [full] : [];
  });
}

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
  actAs(null);
});

describe("authorization", () => {
  it("covers every exported server action", () => {
    const exported = [
      ...Object.keys(accountActions).map((name) => `accounts.${name}`),
      ...Object.keys(assignmentActions).map((name) => `assignments.${name}`),
      ...Object.keys(classActions).map((name) => `classes.${name}`),
      ...Object.keys(markSchemeActions).map((name) => `markSchemes.${name}`),
      ...Object.keys(libraryActions).map((name) => `library.${name}`),
      ...Object.keys(essayActions).map((name) => `essays.${name}`),
      ...Object.keys(markingActions).map((name) => `marking.${name}`),
      ...Object.keys(revisionActions).map((name) => `revision.${name}`),
      ...Object.keys(sourceActions).map((name) => `sources.${name}`),
    ];
    const actionFiles = readdirSync("lib/actions").filter((file) => file !== "safe-action.ts");
    expect(actionFiles.sort()).toEqual(["accounts.ts", "assignments.ts", "classes.ts", "essays.ts", "library.ts", "mark-schemes.ts", "marking.ts", "revision.ts", "sources.ts"]);
    expect(exported.sort()).toEqual(Object.keys(CASES).sort());
  });

  it("covers every route handler", () => {
    expect(findFiles("app", "route.ts").sort()).toEqual(Object.keys(ROUTE_HANDLERS).sort());
  });

  for (const [name, testCase] of Object.entries(ROUTE_CASES)) {
    for (const [caller, status] of Object.entries(testCase.refused)) {
      it(`${name} refuses ${caller} (${status})`, async () => {
        await testCase.arrange?.(world);
        actAs(callerUser(world, caller as Caller));
        const response = await testCase.call(world);
        expect(response.status).toBe(status);
        expect(await response.json()).toMatchObject({ error: expect.any(String) });
      });
    }
    it(`${name} answers ${testCase.rightful}`, async () => {
      await testCase.arrange?.(world);
      actAs(callerUser(world, testCase.rightful));
      const response = await testCase.call(world);
      expect(response.status).toBe(200);
      await testCase.check(response, world);
    });
  }

  for (const [name, testCase] of Object.entries(CASES)) {
    for (const [caller, status] of Object.entries(testCase.refused)) {
      it(`${name} refuses ${caller} (${status}) and changes nothing`, async () => {
        await testCase.arrange?.(world);
        const before = await snapshot();
        actAs(callerUser(world, caller as Caller));
        const result = await testCase.call(world);
        expect(result).toMatchObject({ ok: false, status });
        expect(await snapshot()).toBe(before);
      });
    }

    it(`${name} succeeds for ${testCase.rightful}`, async () => {
      await testCase.arrange?.(world);
      actAs(callerUser(world, testCase.rightful));
      const result = await testCase.call(world);
      expect(result).toMatchObject({ ok: true });
      await testCase.effect(world);
    });
  }
});
