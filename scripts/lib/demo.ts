// Demo mode: on an empty database, a teacher, a class of three students and one assignment,
// so the app can be tried straight away. Only for a local embedded database, or when asked for
// with WORKBENCH_DEMO=1; never otherwise.
import { hashPassword } from "@/lib/auth/password";
import { createDatabaseClient } from "@/lib/db/create-database";
import { generateJoinCode } from "@/lib/classes/rules";
import type { Prisma } from "@/generated/prisma/client";
import { quotationAttribution } from "@/lib/editor/attribution";
import { insertableContent } from "@/lib/editor/insertable";
import { checkEssayDocument } from "@/lib/editor/document";
import { EVIDENCE_BY_DATE } from "@/lib/revision/rules/evidence-order";

export const DEMO_TEACHER = { name: "Ms Demo", email: "teacher@example.com", password: "demo-teacher-password" };
export const DEMO_STUDENTS = [
  { name: "Alex Student", email: "alex@example.com" },
  { name: "Sam Student", email: "sam@example.com" },
  { name: "Jo Student", email: "jo@example.com" },
];
export const DEMO_STUDENT_PASSWORD = "demo-student-password";

export async function seedDemoIfEmpty(databaseUrl: string): Promise<string | undefined> {
  const db = createDatabaseClient(databaseUrl, 1);
  try {
    if ((await db.user.count()) > 0) return undefined;
    const [teacherHash, studentHash] = await Promise.all([
      hashPassword(DEMO_TEACHER.password),
      hashPassword(DEMO_STUDENT_PASSWORD),
    ]);
    const prompt = await db.prompt.findUniqueOrThrow({
      where: { slug: "rise-weaknesses-of-opponents" },
      select: { id: true },
    });
    const scheme = await db.markScheme.findUniqueOrThrow({ where: { slug: "essay-25-ao1" }, select: { id: true } });
    const powerBase = await db.prompt.findUniqueOrThrow({ where: { slug: POWER_BASE_PROMPT }, select: { id: true } });
    const extractQuestion = await db.prompt.findUniqueOrThrow({
      where: { slug: "extracts-why-stalin-rose" },
      select: { id: true },
    });
    const extractScheme = await db.markScheme.findUniqueOrThrow({
      where: { slug: "extracts-30-ao3" },
      select: { id: true },
    });
    const demoEssays = await composeDemoEssays(db);
    // What the teacher expects on the homework (their suggestions), so coverage and the planner
    // have something to show: the two quotations on its themes and two cards.
    const idOf = (found: Promise<{ id: string }>) => found.then(({ id }) => id);
    const [figes, christian, secretary, enrolment] = await Promise.all([
      idOf(
        db.quotation.findUniqueOrThrow({ where: { slug: "figes-control-of-party-apparatus" }, select: { id: true } }),
      ),
      idOf(db.quotation.findUniqueOrThrow({ where: { slug: "christian-political-skills" }, select: { id: true } })),
      idOf(
        db.evidence.findUniqueOrThrow({
          where: { slug: "general-secretary-agenda-and-appointments" },
          select: { id: true },
        }),
      ),
      idOf(db.evidence.findUniqueOrThrow({ where: { slug: "lenin-enrolment-1923-25" }, select: { id: true } })),
    ]);
    const expected = [
      { quotationId: figes },
      { quotationId: christian },
      { evidenceId: secretary },
      { evidenceId: enrolment },
    ];
    // A revision deck of the struggle for power, set to the class: the library's cards dated 1924–28.
    const struggle = await db.evidence.findMany({
      where: { archivedAt: null, yearFrom: { not: null, lte: 1928 }, yearTo: { gte: 1924 } },
      orderBy: EVIDENCE_BY_DATE,
      select: { id: true },
    });
    const joinCode = generateJoinCode();
    await db.$transaction(async (tx) => {
      // The installation's first account: its administrator, who curates the library.
      const teacher = await tx.user.create({
        data: {
          name: DEMO_TEACHER.name,
          email: DEMO_TEACHER.email,
          passwordHash: teacherHash,
          role: "TEACHER",
          isAdministrator: true,
        },
      });
      const students = await Promise.all(
        DEMO_STUDENTS.map((student) =>
          tx.user.create({ data: { ...student, passwordHash: studentHash, role: "STUDENT" } }),
        ),
      );
      const demoClass = await tx.class.create({
        data: {
          name: "Year 13 History (demo)",
          teacherId: teacher.id,
          joinCode,
          enrolments: { create: students.map((student) => ({ studentId: student.id })) },
        },
      });
      const now = Date.now();
      await tx.assignment.create({
        data: {
          classId: demoClass.id,
          promptId: prompt.id,
          markSchemeId: scheme.id,
          timeLimitMinutes: 45,
          opensAt: new Date(now),
          dueAt: new Date(now + 7 * 24 * 60 * 60_000),
          createdById: teacher.id,
        },
      });
      const deck = await tx.deck.create({
        data: {
          title: "The struggle for power, 1924–28",
          source: "Years 1924–1928",
          ownerId: teacher.id,
          cards: { create: struggle.map((card, position) => ({ evidenceId: card.id, position })) },
          classes: { create: { classId: demoClass.id, setById: teacher.id } },
        },
      });
      // A student's question under the deck, and the teacher's answer (pointing back to the cards).
      const question = await tx.deckComment.create({
        data: {
          deckId: deck.id,
          classId: demoClass.id,
          authorId: students[0]!.id,
          isQuestion: true,
          body: "Which cards should I learn first for the struggle against the Left and the Right?",
        },
      });
      await tx.deckComment.create({
        data: {
          deckId: deck.id,
          classId: demoClass.id,
          authorId: teacher.id,
          parentId: question.id,
          body: "Put the cards in order first (the Order mode): which rival was Stalin up against each year, and who was he allied with?",
        },
      });
      // An extract question, untimed, to try the extracts pane.
      await tx.assignment.create({
        data: {
          classId: demoClass.id,
          promptId: extractQuestion.id,
          markSchemeId: extractScheme.id,
          timeLimitMinutes: null,
          opensAt: new Date(now),
          dueAt: new Date(now + 14 * DAY),
          createdById: teacher.id,
        },
      });
      await tx.promptSuggestion.createMany({
        data: expected.map((item) => ({ promptId: powerBase.id, teacherId: teacher.id, ...item })),
      });
      // A bank comment linked to its objective, level and a card to re-teach with.
      await tx.commentBankItem.create({
        data: {
          teacherId: teacher.id,
          body: "Support this with a precise figure from your evidence.",
          code: "Ev",
          shortcut: "figure",
          objective: "AO1",
          level: 3,
          resourceEvidenceId: enrolment,
        },
      });
      // A homework already handed in by two students, waiting to be marked.
      const homework = await tx.assignment.create({
        data: {
          classId: demoClass.id,
          promptId: powerBase.id,
          markSchemeId: scheme.id,
          timeLimitMinutes: null,
          opensAt: new Date(now - 7 * DAY),
          dueAt: new Date(now - DAY),
          createdById: teacher.id,
        },
      });
      for (const [index, paragraphs] of demoEssays.entries()) {
        const checked = checkEssayDocument({ type: "doc", content: paragraphs });
        if (!checked.ok) throw new Error(`Demo essay ${index + 1}: ${checked.error}`);
        const { json, plainText, wordCount, ownWordCount, quotations, evidenceIds } = checked.document;
        await tx.essay.create({
          data: {
            assignmentId: homework.id,
            studentId: students[index]!.id,
            startedAt: new Date(now - 3 * DAY),
            submittedAt: new Date(now - 3 * DAY + (35 + index * 10) * 60_000),
            document: json as Prisma.InputJsonObject,
            plainText,
            wordCount,
            ownWordCount,
            quotationIds: quotations.map((quotation) => quotation.quotationId),
            evidenceIds,
            version: 1,
          },
        });
      }
    });
    return [
      "Demo accounts created (this database was empty):",
      `  teacher   ${DEMO_TEACHER.email}  /  ${DEMO_TEACHER.password}`,
      ...DEMO_STUDENTS.map((student) => `  student   ${student.email}  /  ${DEMO_STUDENT_PASSWORD}`),
      `  class "Year 13 History (demo)", join code ${joinCode}, with one 45-minute essay set, an extract question, a homework two students have handed in, ready to mark (with the evidence the teacher expects for it), a comment bank linked to AO1 and a card, and a revision deck on the struggle for power with a student's question answered under it`,
    ].join("\n");
  } finally {
    await db.$disconnect();
  }
}

const DAY = 24 * 60 * 60_000;
const POWER_BASE_PROMPT = "stalin-power-base-1922-1926";

// The demo essays are made of library items, word for word (a quotation node and evidence cards
// exactly as the sidebar inserts them), joined by sentences that state no fact or figure.
async function composeDemoEssays(db: ReturnType<typeof createDatabaseClient>) {
  const quotation = await db.quotation.findUniqueOrThrow({ where: { slug: "figes-control-of-party-apparatus" } });
  const card = async (slug: string) => {
    const evidence = await db.evidence.findUniqueOrThrow({ where: { slug } });
    return insertableContent({
      type: "evidence",
      evidenceId: evidence.id,
      slug: evidence.slug,
      text: evidence.text,
    })[0];
  };
  const text = (words: string) => ({ type: "text", text: words });
  const paragraph = (...content: unknown[]) => ({ type: "paragraph", content });
  const [figes] = insertableContent({
    type: "quotation",
    quotationId: quotation.id,
    text: quotation.text,
    attribution: quotationAttribution(quotation),
  });
  return [
    [
      paragraph(
        text(
          "Stalin built his power base above all through the offices he held in the Party, which let him shape who sat in its meetings and who ran its branches.",
        ),
      ),
      paragraph(
        text("As General Secretary he had a unique position: "),
        await card("general-secretary-agenda-and-appointments"),
        text(" This mattered more than any speech, because the people he appointed owed their careers to him."),
      ),
      paragraph(
        text("Figes makes the same point: "),
        figes,
        text(
          ". Therefore his control of the apparatus was the decisive factor, although his rivals' mistakes made it easier to use.",
        ),
      ),
    ],
    [
      paragraph(text("Stalin's rise was helped by the way the Party grew after Lenin's death.")),
      paragraph(
        await card("lenin-enrolment-1923-25"),
        text(" These new members were loyal to the leadership that admitted them."),
      ),
      paragraph(
        await card("testament-vote-44-to-10"),
        text(" So Lenin's warning about Stalin never reached the wider Party, and his opponents failed to use it."),
      ),
    ],
  ];
}
