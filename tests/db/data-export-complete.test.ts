// L6: a student's data export holds everything the account owns. Every table that keeps a user's
// id (each relation of User in prisma/schema.prisma) is listed below as exported, or as not a
// student's data with the reason; a new relation fails the first test until it is placed. The
// second makes one of each exported row for a student and finds it in the download.
import { readFileSync } from "node:fs";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { studentDataExport } from "@/lib/accounts/store/data-export";
import { makeAssignment, makeClass, makeUser } from "../factories/accounts";
import { resetDatabase, resetToShippedContent, testDatabaseClient } from "../helpers/test-database";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());
beforeEach(() => resetDatabase());

const EXPORTED = "exported";
const USER_RELATIONS: Record<string, string> = {
  enrolments: EXPORTED,
  essays: EXPORTED,
  comments: `${EXPORTED}: the student's replies, with their essay's released feedback`,
  decks: EXPORTED,
  cardSchedules: EXPORTED,
  cardReviews: EXPORTED,
  quotationSchedules: EXPORTED,
  quotationReviews: EXPORTED,
  ownCards: EXPORTED,
  deckComments: EXPORTED,
  invitations: EXPORTED,
  accommodations: EXPORTED,
  passwordResets: "not personal: one-hour sign-in tokens, kept hashed, removed a day after they expire",
  classesTaught: "a teacher's",
  assignmentsSet: "a teacher's",
  markSchemes: "a teacher's",
  promptsCreated: "a teacher's library items",
  quotationsCreated: "a teacher's library items",
  evidenceCreated: "a teacher's library items",
  quotationRevisions: "a teacher's library edits",
  libraryRevisions: "a teacher's library edits",
  suggestions: "a teacher's suggestions for a prompt",
  feedbackGiven: "a teacher's marking",
  commentBank: "a teacher's comment bank",
  decksSet: "a teacher's setting of decks",
  invitationsSent: "a teacher's",
  teacherInvitationsSent: "the administrator's",
  teacherInvitationUsed: "a teacher's",
  judgingRoundsStarted: "a teacher's",
  judgementsMade: "a teacher's",
  roundsJudged: "a teacher's",
  secondMarkedAssignments: "a teacher's",
  secondMarksGiven: "a teacher's",
  marksAgreed: "a teacher's",
};

function userRelations(): string[] {
  const schema = readFileSync("prisma/schema.prisma", "utf8");
  const models = new Set([...schema.matchAll(/^model (\w+) \{/gm)].map((match) => match[1]!));
  const user = /^model User \{\n([\s\S]*?)\n\}/m.exec(schema)![1]!;
  return user
    .split("\n")
    .map((line) => /^\s*(\w+)\s+(\w+)/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null && models.has(match[2]!))
    .map((match) => match[1]!);
}

describe("L6: the student's data export", () => {
  it("places every table that keeps a user's id: exported, or not a student's data and why", () => {
    expect(userRelations().sort()).toEqual(Object.keys(USER_RELATIONS).sort());
  });

  it("holds the student's own cards, deck posts, quotation drills, invitations and arrangements", async () => {
    await resetToShippedContent();
    const teacher = await makeUser(db, "TEACHER", "Ms Owner");
    const student = await makeUser(db, "STUDENT", "Sol Student");
    const klass = await makeClass(db, teacher, [student], "12S");
    const otherClass = await makeClass(db, teacher, [], "13T");
    const assignment = await makeAssignment(db, teacher, klass.id);
    const quotation = await db.quotation.findFirstOrThrow({ orderBy: { slug: "asc" } });
    const evidence = await db.evidence.findFirstOrThrow({ orderBy: { slug: "asc" } });
    const deck = await db.deck.create({
      data: {
        title: "The purges",
        source: "Theme",
        ownerId: teacher.id,
        cards: { create: { evidenceId: evidence.id, position: 0 } },
      },
    });
    const card = await db.ownCard.create({
      data: { ownerId: student.id, front: "When was the Great Terror?", back: "1936–38" },
    });
    await db.ownCardReview.create({ data: { cardId: card.id, rating: 3 } });
    await db.deckComment.create({
      data: { deckId: deck.id, classId: klass.id, authorId: student.id, isQuestion: true, body: "Why 1937?" },
    });
    await db.quotationSchedule.create({
      data: { studentId: student.id, quotationId: quotation.id, dueAt: new Date() },
    });
    await db.quotationReview.create({
      data: { studentId: student.id, quotationId: quotation.id, kind: "WHO", rating: 3, correct: true },
    });
    await db.classInvitation.create({
      data: {
        classId: otherClass.id,
        accountId: student.id,
        nameAsTyped: "Sol",
        email: student.email,
        invitedById: teacher.id,
      },
    });
    await db.accommodation.create({
      data: { assignmentId: assignment.id, studentId: student.id, extraTimePercent: 25 },
    });

    const data = await studentDataExport(student, student.id);
    expect(data.revision.ownCards).toMatchObject([
      { front: "When was the Great Terror?", back: "1936–38", reviews: [{ rating: 3 }] },
    ]);
    expect(data.deckDiscussion).toMatchObject([
      { deck: "The purges", class: "12S", kind: "question", body: "Why 1937?" },
    ]);
    expect(data.revision.quotations).toMatchObject([{ quotation: quotation.text, speaker: quotation.speaker }]);
    expect(data.revision.quotationDrills).toMatchObject([{ quotation: quotation.text, kind: "WHO", correct: true }]);
    expect(data.invitations).toMatchObject([{ class: "13T", teacher: "Ms Owner" }]);
    expect(data.arrangements).toMatchObject([{ extraTimePercent: 25 }]);
  });
});
