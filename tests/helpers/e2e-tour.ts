// A class as a teacher and a student see it after a few weeks: an essay being written, an extract
// question, a homework handed in and marked with feedback released, and a deck set to the class.
// Made straight in the browser tier's database, with unique accounts, for tests that visit every
// page (accessibility, small screens).
import { makeClass, makeUser } from "../factories/accounts";
import { e2eDatabase } from "./e2e-database";
import { ensureDefaultMarkSchemes } from "@/lib/marking/store/default-mark-schemes";

const DAY = 86_400_000;
const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });

export async function classTour() {
  const db = e2eDatabase();
  await ensureDefaultMarkSchemes(db);
  const [teacher, student] = await Promise.all([
    makeUser(db, "TEACHER", "Ms Tour", { isAdministrator: true }),
    makeUser(db, "STUDENT", "Tess Tour"),
  ]);
  const klass = await makeClass(db, teacher, [student], "Year 13 tour");
  const [essayPrompt, extractPrompt, scheme, extractScheme, quotation, evidence] = await Promise.all([
    db.prompt.findFirstOrThrow({ where: { kind: "ESSAY", archivedAt: null }, orderBy: { slug: "asc" } }),
    db.prompt.findUniqueOrThrow({ where: { slug: "extracts-why-stalin-rose" } }),
    db.markScheme.findUniqueOrThrow({ where: { slug: "essay-25-ao1" } }),
    db.markScheme.findUniqueOrThrow({ where: { slug: "extracts-30-ao3" } }),
    db.quotation.findFirstOrThrow({ where: { archivedAt: null }, orderBy: { slug: "asc" } }),
    db.evidence.findMany({ where: { archivedAt: null, yearFrom: { not: null } }, orderBy: { slug: "asc" }, take: 8 }),
  ]);
  const now = Date.now();
  const set = (promptId: string, markSchemeId: string, dueIn: number, timeLimitMinutes: number | null = null) =>
    db.assignment.create({
      data: {
        classId: klass.id,
        promptId,
        markSchemeId,
        createdById: teacher.id,
        timeLimitMinutes,
        opensAt: new Date(now - 8 * DAY),
        dueAt: new Date(now + dueIn),
      },
    });
  const writing = await set(essayPrompt.id, scheme.id, 7 * DAY);
  const extracts = await set(extractPrompt.id, extractScheme.id, 14 * DAY);
  const homework = await set(essayPrompt.id, scheme.id, -DAY);
  const document = {
    type: "doc",
    content: [
      paragraph("Stalin rose because he controlled the Party's appointments."),
      paragraph("His rivals underestimated him, and that mattered too."),
    ],
  };
  const text =
    "Stalin rose because he controlled the Party's appointments. His rivals underestimated him, and that mattered too.";
  const inProgress = await db.essay.create({
    data: {
      assignmentId: writing.id,
      studentId: student.id,
      startedAt: new Date(now - 3_600_000),
      document,
      plainText: text,
      wordCount: 16,
      version: 1,
      savedAt: new Date(),
    },
  });
  const marked = await db.essay.create({
    data: {
      assignmentId: homework.id,
      studentId: student.id,
      startedAt: new Date(now - 3 * DAY),
      submittedAt: new Date(now - 2 * DAY),
      markedAt: new Date(now - DAY),
      document,
      plainText: text,
      wordCount: 16,
      version: 1,
    },
  });
  await db.feedback.create({
    data: {
      essayId: marked.id,
      markerId: teacher.id,
      level: 3,
      mark: 12,
      wentWell: "A clear line of argument.",
      evenBetterIf: "Weigh the factors against each other.",
      document,
      releasedAt: new Date(now - DAY),
    },
  });
  const deck = await db.deck.create({
    data: {
      title: "Tour deck",
      source: "Tour",
      ownerId: teacher.id,
      cards: { create: evidence.map((card, position) => ({ evidenceId: card.id, position })) },
      classes: { create: { classId: klass.id, setById: teacher.id } },
    },
  });
  // A student's question under the deck, answered by the teacher; and the student's own card.
  const question = await db.deckComment.create({
    data: {
      deckId: deck.id,
      classId: klass.id,
      authorId: student.id,
      isQuestion: true,
      body: "Which card explains the 1936 Constitution?",
    },
  });
  await db.deckComment.create({
    data: {
      deckId: deck.id,
      classId: klass.id,
      authorId: teacher.id,
      parentId: question.id,
      body: "None yet: look at the timeline for 1936.",
    },
  });
  await db.ownCard.create({
    data: { ownerId: student.id, front: "What was the Ryutin Platform?", back: "A 1932 call to remove Stalin." },
  });
  return {
    teacher,
    student,
    klass,
    writing,
    extracts,
    homework,
    inProgress,
    marked,
    deck,
    prompt: essayPrompt,
    quotation,
    evidence: evidence[0]!,
  };
}

export type ClassTour = Awaited<ReturnType<typeof classTour>>;

// Every page a teacher can open in the tour, and every page its student can, each named (for the
// test that visits it) and found from the tour.
export type TourPages = Record<string, (tour: ClassTour) => string>;

export const TEACHER_PAGES: TourPages = {
  "home page": () => "/",
  classes: () => "/classes",
  "class page": ({ klass }) => `/classes/${klass.id}`,
  "join code for the projector": ({ klass }) => `/classes/${klass.id}/join-code`,
  "assignment page": ({ klass, writing }) => `/classes/${klass.id}/assignments/${writing.id}`,
  "comparative judging": ({ klass, writing }) => `/classes/${klass.id}/assignments/${writing.id}/judging`,
  "class revision": ({ klass }) => `/classes/${klass.id}/revision`,
  markbook: ({ klass }) => `/classes/${klass.id}/markbook`,
  "comment bank": () => "/marking/bank",
  "second marking for colleagues": () => "/second-marking",
  "judging for colleagues": () => "/judging",
  "a student's revision": ({ klass, student }) => `/classes/${klass.id}/revision/${student.id}`,
  "marking page": ({ marked }) => `/marking/${marked.id}`,
  "marking print view": ({ marked }) => `/marking/${marked.id}/print`,
  "essay being written": ({ inProgress }) => `/essays/${inProgress.id}`,
  replay: ({ marked }) => `/essays/${marked.id}/replay`,
  library: () => "/library",
  "library prompt": ({ prompt }) => `/library/prompts/${prompt.slug}`,
  "library quotation": ({ quotation }) => `/library/quotations/${quotation.slug}`,
  "library evidence card": ({ evidence }) => `/library/evidence/${evidence.slug}`,
  "evidence card's edit form": ({ evidence }) => `/library/edit/evidence/${evidence.slug}`,
  "new library item": () => "/library/new",
  "new source question": () => "/library/source-questions/new",
  "library import and export": () => "/library/transfer",
  "mark schemes": () => "/mark-schemes",
  account: () => "/account",
  "administration: teachers": () => "/admin/teachers",
  "administration: students": () => "/admin/students",
  revision: () => "/revision",
  deck: ({ deck }) => `/revision/decks/${deck.id}`,
  timeline: () => "/revision/timeline",
  "mind map": () => "/revision/mind-map",
};

export const STUDENT_PAGES: TourPages = {
  assignments: () => "/assignments",
  "essay assignment": ({ writing }) => `/assignments/${writing.id}`,
  "writing page": ({ writing }) => `/assignments/${writing.id}/write`,
  "extract question": ({ extracts }) => `/assignments/${extracts.id}`,
  feedback: ({ homework }) => `/assignments/${homework.id}/feedback`,
  "feedback print view": ({ homework }) => `/assignments/${homework.id}/feedback/print`,
  revision: () => "/revision",
  deck: ({ deck }) => `/revision/decks/${deck.id}`,
  ...Object.fromEntries(
    ["flip", "learn", "test", "match", "order"].map((mode) => [
      `deck in ${mode} mode`,
      ({ deck }: ClassTour) => `/revision/decks/${deck.id}/${mode}`,
    ]),
  ),
  timeline: () => "/revision/timeline",
  "mind map": () => "/revision/mind-map",
  "revision progress": () => "/revision/progress",
  "quotation drill": () => "/revision/quotations",
  "own cards": () => "/revision/own-cards",
  "own cards study": () => "/revision/own-cards/study",
  library: () => "/library",
  account: () => "/account",
};

export const SIGNED_OUT_PAGES: TourPages = {
  "sign in": () => "/sign-in",
  "sign up": () => "/sign-up",
  "join a class": () => "/join",
  "reset password": () => "/reset-password",
};
