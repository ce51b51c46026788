// A class as a teacher and a student see it after a few weeks: an essay being written, an extract
// question, a homework handed in and marked with feedback released, and a deck set to the class.
// Made straight in the browser tier's database, with unique accounts, for tests that visit every
// page (accessibility, small screens).
import { makeClass, makeUser } from "../factories/accounts";
import { e2eDatabase } from "./e2e-database";
import { ensureDefaultMarkSchemes } from "@/lib/marking/default-mark-schemes";

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

// Every page a teacher can open in the tour, and every page its student can.
export function teacherPages(tour: ClassTour): string[] {
  const { klass, writing, marked, deck, prompt, quotation, evidence, student } = tour;
  return [
    "/",
    "/classes",
    `/classes/${klass.id}`,
    `/classes/${klass.id}/join-code`,
    `/classes/${klass.id}/assignments/${writing.id}`,
    `/classes/${klass.id}/assignments/${writing.id}/judging`,
    `/classes/${klass.id}/revision`,
    `/classes/${klass.id}/markbook`,
    "/marking/bank",
    "/second-marking",
    "/judging",
    `/classes/${klass.id}/revision/${student.id}`,
    `/marking/${marked.id}`,
    `/marking/${marked.id}/print`,
    `/essays/${tour.inProgress.id}`,
    `/essays/${marked.id}/replay`,
    "/library",
    `/library/prompts/${prompt.slug}`,
    `/library/quotations/${quotation.slug}`,
    `/library/evidence/${evidence.slug}`,
    `/library/edit/evidence/${evidence.slug}`,
    "/library/new",
    "/library/source-questions/new",
    "/library/transfer",
    "/mark-schemes",
    "/account",
    "/admin/teachers",
    "/admin/students",
    "/revision",
    `/revision/decks/${deck.id}`,
    "/revision/timeline",
    "/revision/mind-map",
  ];
}

export function studentPages(tour: ClassTour): string[] {
  const { writing, extracts, homework, deck } = tour;
  return [
    "/assignments",
    `/assignments/${writing.id}`,
    `/assignments/${writing.id}/write`,
    `/assignments/${extracts.id}`,
    `/assignments/${homework.id}/feedback`,
    `/assignments/${homework.id}/feedback/print`,
    "/revision",
    `/revision/decks/${deck.id}`,
    ...["flip", "learn", "test", "match", "order"].map((mode) => `/revision/decks/${deck.id}/${mode}`),
    "/revision/timeline",
    "/revision/mind-map",
    "/revision/progress",
    "/revision/quotations",
    "/revision/own-cards",
    "/revision/own-cards/study",
    "/library",
    "/account",
  ];
}

export const signedOutPages = ["/sign-in", "/sign-up", "/join", "/reset-password"];
