import { createHash } from "node:crypto";
import { setEnv } from "@/lib/env";
// The world every authorization case runs in: two teachers and two students, each teacher with
// a class, an assignment, an essay and library items; the states cases arrange on top of it; and
// a snapshot of every table a refused call must leave untouched.
import type { ActionResult } from "@/lib/server-actions/action-result";
import type { SessionUser } from "@/lib/auth/session";
import { syncLibraryEntries } from "@/lib/library/store/search-index";
import { testDatabaseClient } from "../../helpers/test-database";
import { defaultMarkScheme, makeAssignment, makeClass, makePrompt, makeUser } from "../../factories/accounts";

export const db = testDatabaseClient();

export type World = Awaited<ReturnType<typeof buildWorld>>;

export async function buildWorld() {
  const teacher = await makeUser(db, "TEACHER", "Rightful Teacher");
  const otherTeacher = await makeUser(db, "TEACHER", "Other Teacher");
  const student = await makeUser(db, "STUDENT", "Rightful Student");
  const otherStudent = await makeUser(db, "STUDENT", "Other Student");
  // A teacher granted the library curation right, and the installation's administrator.
  const curator = await makeUser(db, "TEACHER", "Library Curator", { canCurateLibrary: true });
  const administrator = await makeUser(db, "TEACHER", "The Administrator", { isAdministrator: true });
  const ownClass = await makeClass(db, teacher, [student], "Own class");
  const otherClass = await makeClass(db, otherTeacher, [otherStudent], "Other class");
  const assignment = await makeAssignment(db, teacher, ownClass.id);
  const prompt = await makePrompt(db);
  const scheme = await defaultMarkScheme(db);
  const theme = await db.tag.create({ data: { slug: "purges", label: "The purges", kind: "THEME" } });
  const quotation = await db.quotation.create({
    data: {
      slug: "a-quotation",
      text: "Words",
      speaker: "A. Historian",
      speakerKind: "HISTORIAN",
      attributionAsGiven: "A. Historian",
    },
  });
  const evidence = await db.evidence.create({
    data: { slug: "a-card", title: "A card", text: "A fact", kind: "FACT", tags: { connect: [{ id: theme.id }] } },
  });
  const suggestion = await db.promptSuggestion.create({
    data: { promptId: prompt.id, teacherId: teacher.id, quotationId: quotation.id },
  });
  await syncLibraryEntries(db);
  const essayAssignment = await makeAssignment(db, teacher, ownClass.id, { timeLimitMinutes: null });
  const essay = await db.essay.create({
    data: {
      assignmentId: essayAssignment.id,
      studentId: student.id,
      document: { type: "doc", content: [{ type: "paragraph" }] },
    },
  });
  return {
    teacher,
    otherTeacher,
    student,
    otherStudent,
    curator,
    administrator,
    ownClass,
    otherClass,
    assignment,
    prompt,
    scheme,
    quotation,
    evidence,
    suggestion,
    essay,
  };
}

export type Caller =
  | "anonymous"
  | "studentOfAnotherClass"
  | "anotherTeacher"
  | "studentOfThisClass"
  | "teacher"
  | "curator"
  | "administrator";

export type Case = {
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
export const SUBMITTED = {
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text: "Stalin won because he ran the Party." }] }],
};
export const WORLD_COMMENT = "cworldcomment";
export const submitted = ({ essay }: World) =>
  db.essay.update({ where: { id: essay.id }, data: { submittedAt: new Date(), document: SUBMITTED } });
export async function commented(world: World, feedback: { level?: number; mark?: number; releasedAt?: Date } = {}) {
  await submitted(world);
  const document = {
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [
          { type: "text", text: "Stalin won", marks: [{ type: "comment", attrs: { id: WORLD_COMMENT } }] },
          { type: "text", text: " because he ran the Party." },
        ],
      },
    ],
  };
  await db.feedback.create({ data: { essayId: world.essay.id, markerId: world.teacher.id, document, ...feedback } });
  await db.comment.create({
    data: {
      id: WORLD_COMMENT,
      essayId: world.essay.id,
      authorId: world.teacher.id,
      body: "Why?",
      quotedText: "Stalin won",
    },
  });
}
export const released = (world: World) => commented(world, { level: 4, mark: 18, releasedAt: new Date() });
export const readyToRelease = (world: World) => commented(world, { level: 4, mark: 18 });
export const MARKERS_ONLY = {
  anonymous: 401,
  studentOfAnotherClass: 403,
  studentOfThisClass: 403,
  anotherTeacher: 404,
} as const;
export const feedbackOf = ({ essay }: World) => db.feedback.findUniqueOrThrow({ where: { essayId: essay.id } });

// A deck the student made, and one the teacher made and set to the class.
export const STUDENT_DECK = "cworldstudentdeck";
export const TEACHER_DECK = "cworldteacherdeck";
export const studentDeck = ({ student, evidence }: World) =>
  db.deck.create({
    data: {
      id: STUDENT_DECK,
      title: "Mine",
      source: "Theme: The purges",
      ownerId: student.id,
      cards: { create: [{ evidenceId: evidence.id, position: 0 }] },
    },
  });
export const teacherDeck = ({ teacher, evidence }: World) =>
  db.deck.create({
    data: {
      id: TEACHER_DECK,
      title: "Set",
      source: "Theme: The purges",
      ownerId: teacher.id,
      cards: { create: [{ evidenceId: evidence.id, position: 0 }] },
    },
  });
export async function teacherDeckSet(world: World) {
  await teacherDeck(world);
  await db.deckAssignment.create({
    data: { deckId: TEACHER_DECK, classId: world.ownClass.id, setById: world.teacher.id },
  });
}

// An extract on the essay's question, and the student's highlight on it.
export const EXTRACT = "cworldextract";
export const HIGHLIGHT = "cworldhighlight";
export async function withExtract({ essay, quotation }: World) {
  const { assignment } = await db.essay.findUniqueOrThrow({
    where: { id: essay.id },
    select: { assignment: { select: { promptId: true } } },
  });
  await db.promptSource.create({
    data: { id: EXTRACT, promptId: assignment.promptId, position: 0, quotationId: quotation.id },
  });
}
export async function withHighlight(world: World) {
  await withExtract(world);
  await db.sourceHighlight.create({
    data: { id: HIGHLIGHT, essayId: world.essay.id, sourceId: EXTRACT, start: 0, end: 5, quotedText: "Words" },
  });
}
export async function submittedWithHighlight(world: World) {
  await withHighlight(world);
  await submitted(world);
}
export const STUDENT_ONLY = { anonymous: 401, teacher: 403, anotherTeacher: 403, studentOfAnotherClass: 404 } as const;

export const in7Days = () => new Date(Date.now() + 7 * 24 * 60 * 60_000).toISOString();

export function callerUser(world: World, caller: Caller): SessionUser | null {
  return {
    anonymous: null,
    studentOfAnotherClass: world.otherStudent,
    anotherTeacher: world.otherTeacher,
    studentOfThisClass: world.student,
    teacher: world.teacher,
    curator: world.curator,
    administrator: world.administrator,
  }[caller];
}

export async function snapshot() {
  const tables = {
    users: db.user.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        email: true,
        name: true,
        passwordHash: true,
        role: true,
        sessionVersion: true,
        isAdministrator: true,
        canCurateLibrary: true,
        mustChangePassword: true,
        claimedAt: true,
        deactivatedAt: true,
      },
    }),
    classes: db.class.findMany({ orderBy: { id: "asc" } }),
    enrolments: db.enrolment.findMany({ orderBy: [{ classId: "asc" }, { studentId: "asc" }] }),
    assignments: db.assignment.findMany({ orderBy: { id: "asc" } }),
    essays: db.essay.findMany({ orderBy: { id: "asc" } }),
    feedback: db.feedback.findMany({ orderBy: { essayId: "asc" } }),
    comments: db.comment.findMany({ orderBy: { id: "asc" } }),
    bank: db.commentBankItem.findMany({ orderBy: { id: "asc" } }),
    decks: db.deck.findMany({ orderBy: { id: "asc" } }),
    deckCards: db.deckCard.findMany({ orderBy: [{ deckId: "asc" }, { evidenceId: "asc" }] }),
    deckAssignments: db.deckAssignment.findMany({ orderBy: [{ deckId: "asc" }, { classId: "asc" }] }),
    schedules: db.cardSchedule.findMany({ orderBy: [{ studentId: "asc" }, { evidenceId: "asc" }] }),
    reviews: db.cardReview.findMany({ orderBy: { id: "asc" } }),
    prompts: db.prompt.findMany({ orderBy: { id: "asc" } }),
    quotations: db.quotation.findMany({ orderBy: { id: "asc" } }),
    promptSources: db.promptSource.findMany({ orderBy: { id: "asc" } }),
    highlights: db.sourceHighlight.findMany({ orderBy: { id: "asc" } }),
    evidence: db.evidence.findMany({ orderBy: { id: "asc" } }),
    libraryRevisions: db.libraryRevision.findMany({ orderBy: { id: "asc" } }),
    invitations: db.classInvitation.findMany({ orderBy: { id: "asc" } }),
    accommodations: db.accommodation.findMany({ orderBy: [{ assignmentId: "asc" }, { studentId: "asc" }] }),
    teacherInvitations: db.teacherInvitation.findMany({ orderBy: { id: "asc" } }),
    settings: db.installationSettings.findMany(),
    passwordResets: db.passwordReset.findMany({ orderBy: { id: "asc" } }),
    judgingRounds: db.judgingRound.findMany({ orderBy: { id: "asc" } }),
    judgements: db.judgement.findMany({ orderBy: { id: "asc" } }),
    secondMarks: db.secondMark.findMany({ orderBy: { essayId: "asc" } }),
    judgingRoundJudges: db.judgingRoundJudge.findMany({ orderBy: [{ roundId: "asc" }, { judgeId: "asc" }] }),
    quotationSchedules: db.quotationSchedule.findMany({ orderBy: [{ studentId: "asc" }, { quotationId: "asc" }] }),
    quotationReviews: db.quotationReview.findMany({ orderBy: { id: "asc" } }),
    ownCards: db.ownCard.findMany({ orderBy: { id: "asc" } }),
    ownCardReviews: db.ownCardReview.findMany({ orderBy: { id: "asc" } }),
    deckComments: db.deckComment.findMany({ orderBy: { id: "asc" } }),
  };
  const rows = await Promise.all(Object.values(tables));
  return JSON.stringify(Object.fromEntries(Object.keys(tables).map((name, at) => [name, rows[at]])));
}

// The other class's student, invited by email to the rightful teacher's class (an existing account
// is invited, never enrolled outright).
// An earlier version of the world's essay, kept while it was written.
export const VERSION = "cworldversion";
export const withVersion = async ({ essay }: World) => {
  await db.essay.update({ where: { id: essay.id }, data: { version: 3 } });
  return db.essayRevision.create({
    data: {
      id: VERSION,
      essayId: essay.id,
      version: 1,
      wordCount: 2,
      document: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Earlier words." }] }] },
    },
  });
};

export const INVITATION = "cworldinvitation";
export const invited = ({ ownClass, otherStudent, teacher }: World) =>
  db.classInvitation.create({
    data: {
      id: INVITATION,
      classId: ownClass.id,
      accountId: otherStudent.id,
      nameAsTyped: "Other Student",
      email: otherStudent.email,
      invitedById: teacher.id,
    },
  });

// A change to the shipped quotation, kept in its history, to revert.
export const REVISION = "cworldrevision";
export const quotationRevised = ({ quotation }: World) =>
  db.libraryRevision.create({
    data: {
      id: REVISION,
      itemKind: "QUOTATION",
      itemId: quotation.id,
      change: "EDITED",
      after: {
        text: "Vandalised words",
        speaker: "A. Historian",
        speakerKind: "historian",
        work: null,
        year: null,
        context: null,
        interpretation: null,
        attributionAsGiven: "A. Historian",
        archived: false,
        people: [],
        themes: [],
      },
      before: {
        text: "Original words",
        speaker: "A. Historian",
        speakerKind: "historian",
        work: null,
        year: null,
        context: null,
        interpretation: null,
        attributionAsGiven: "A. Historian",
        archived: false,
        people: [],
        themes: [],
      },
    },
  });

// Shipped items and other teachers' items are changed only by a library curator.
export const CURATORS_ONLY = {
  anonymous: 401,
  studentOfAnotherClass: 403,
  studentOfThisClass: 403,
  teacher: 403,
  anotherTeacher: 403,
} as const;

// An administrator's open invitation for a new teacher; the link's token is TEACHER_INVITATION_TOKEN.
export const TEACHER_INVITATION = "cworldteacherinvitation";
export const TEACHER_INVITATION_TOKEN = "world-invitation-token-0123456789abcdef";
export const teacherInvited = ({ administrator }: World) =>
  db.teacherInvitation.create({
    data: {
      id: TEACHER_INVITATION,
      tokenHash: createHash("sha256").update(TEACHER_INVITATION_TOKEN).digest("hex"),
      createdById: administrator.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });

// A password reset link for the rightful student (token RESET_TOKEN), and a local SMTP server for
// the reset requests, started once.
export const RESET_TOKEN = "world-reset-token-0123456789abcdef";
export const resetLinkSent = ({ student }: World) =>
  db.passwordReset.create({
    data: {
      tokenHash: createHash("sha256").update(RESET_TOKEN).digest("hex"),
      userId: student.id,
      expiresAt: new Date(Date.now() + 3_600_000),
    },
  });
let smtp: Promise<unknown> | undefined;
export async function mailSetUp() {
  const { startSmtp } = await import("../../helpers/smtp");
  smtp ??= startSmtp().then((server) => {
    setEnv("SMTP_URL", server.url);
    return server;
  });
  await smtp;
}
