import "server-only";
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { forbidden, notFound } from "@/lib/errors";
import { counted, formatDateTime } from "@/lib/format";

// A student's data, as they (or the administrator, answering a request for it) download it: the
// account, classes, every essay and draft with its text, plan, versions and writing figures, the
// feedback released to them with its comments and replies, their extract highlights and notes,
// their revision (decks, memory of each card and quotation, answers and drills, their own cards),
// what they wrote under their class's decks, their invitations and the arrangements (extra time)
// their teachers made for them. Nothing of other people beyond the names of their teachers and
// the words of comments made on their own essays. Every table that holds a student's id is either
// here or named as not personal in tests/db/data-export-complete.test.ts.

// What the spaced-repetition schedule remembers of a card or a quotation, as the student sees it.
const MEMORY = {
  dueAt: true,
  scheduledDays: true,
  stability: true,
  difficulty: true,
  reviewCount: true,
  lapseCount: true,
  lastReviewedAt: true,
} as const;

export async function findExportableStudentOrThrow(asker: SessionUser, accountId: string) {
  if (asker.id !== accountId && !asker.isAdministrator)
    throw forbidden("Only the student themselves, or the administrator, can download a student's data.");
  const student = await db.user.findFirst({ where: { id: accountId, role: "STUDENT" }, select: { id: true } });
  if (!student)
    throw notFound(
      asker.id === accountId ? "Only student accounts have data to download here." : "That student was not found.",
    );
  return student;
}

export async function studentDataExport(asker: SessionUser, accountId: string) {
  await findExportableStudentOrThrow(asker, accountId);
  const [
    account,
    enrolments,
    essays,
    decks,
    schedules,
    reviews,
    quotationSchedules,
    quotationReviews,
    ownCards,
    deckPosts,
    invitations,
    accommodations,
  ] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: accountId },
      select: {
        name: true,
        email: true,
        role: true,
        createdAt: true,
        desiredRetention: true,
        emailVerifiedAt: true,
        emailVerifiedBy: true,
      },
    }),
    db.enrolment.findMany({
      where: { studentId: accountId },
      orderBy: { joinedAt: "asc" },
      select: { joinedAt: true, class: { select: { name: true, teacher: { select: { name: true } } } } },
    }),
    db.essay.findMany({
      where: { studentId: accountId },
      orderBy: [{ startedAt: "asc" }, { draft: "asc" }],
      select: {
        id: true,
        draft: true,
        startedAt: true,
        deadlineAt: true,
        submittedAt: true,
        autoSubmitted: true,
        savedAt: true,
        wordCount: true,
        plainText: true,
        document: true,
        plan: true,
        typedChars: true,
        insertedChars: true,
        pastedChars: true,
        activeMs: true,
        assignment: { select: { title: true, prompt: { select: { text: true } }, class: { select: { name: true } } } },
        revisions: { orderBy: { version: "asc" }, select: { version: true, createdAt: true, wordCount: true } },
        highlights: {
          orderBy: { createdAt: "asc" },
          select: { quotedText: true, noteKind: true, note: true, createdAt: true },
        },
        feedback: {
          select: {
            releasedAt: true,
            level: true,
            mark: true,
            wentWell: true,
            evenBetterIf: true,
            withdrawnReason: true,
          },
        },
        comments: {
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            parentId: true,
            quotedText: true,
            body: true,
            code: true,
            createdAt: true,
            author: { select: { name: true, role: true } },
          },
        },
      },
    }),
    db.deck.findMany({
      where: { ownerId: accountId },
      orderBy: { createdAt: "asc" },
      select: {
        title: true,
        source: true,
        createdAt: true,
        cards: { orderBy: { position: "asc" }, select: { evidence: { select: { title: true } } } },
      },
    }),
    db.cardSchedule.findMany({
      where: { studentId: accountId },
      orderBy: { dueAt: "asc" },
      select: {
        ...MEMORY,
        evidence: { select: { title: true } },
      },
    }),
    db.cardReview.findMany({
      where: { studentId: accountId },
      orderBy: { reviewedAt: "asc" },
      select: { reviewedAt: true, mode: true, correct: true, evidence: { select: { title: true } } },
    }),
    db.quotationSchedule.findMany({
      where: { studentId: accountId },
      orderBy: { dueAt: "asc" },
      select: {
        ...MEMORY,
        quotation: { select: { text: true, speaker: true } },
      },
    }),
    db.quotationReview.findMany({
      where: { studentId: accountId },
      orderBy: { reviewedAt: "asc" },
      select: { reviewedAt: true, kind: true, rating: true, correct: true, quotation: { select: { text: true } } },
    }),
    db.ownCard.findMany({
      where: { ownerId: accountId },
      orderBy: { createdAt: "asc" },
      select: {
        front: true,
        back: true,
        createdAt: true,
        dueAt: true,
        reviewCount: true,
        lapseCount: true,
        lastReviewedAt: true,
        reviews: { orderBy: { reviewedAt: "asc" }, select: { rating: true, reviewedAt: true } },
      },
    }),
    db.deckComment.findMany({
      where: { authorId: accountId },
      orderBy: { createdAt: "asc" },
      select: {
        body: true,
        isQuestion: true,
        createdAt: true,
        parentId: true,
        deck: { select: { title: true } },
        class: { select: { name: true } },
      },
    }),
    db.classInvitation.findMany({
      where: { accountId },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true, class: { select: { name: true, teacher: { select: { name: true } } } } },
    }),
    db.accommodation.findMany({
      where: { studentId: accountId },
      orderBy: { updatedAt: "asc" },
      select: {
        extraTimePercent: true,
        extraMinutes: true,
        dueAt: true,
        updatedAt: true,
        assignment: { select: { title: true, prompt: { select: { text: true } } } },
      },
    }),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    account,
    classes: enrolments.map((enrolment) => ({
      name: enrolment.class.name,
      teacher: enrolment.class.teacher.name,
      joinedAt: enrolment.joinedAt,
    })),
    essays: essays.map(({ feedback, comments, ...essay }) => {
      // Only what has been released to the student is theirs to read.
      const released = feedback?.releasedAt ? feedback : null;
      return {
        ...essay,
        assignment: {
          title: essay.assignment.title ?? essay.assignment.prompt.text,
          prompt: essay.assignment.prompt.text,
          class: essay.assignment.class.name,
        },
        feedback: released && {
          releasedAt: released.releasedAt,
          level: released.level,
          mark: released.mark,
          wentWell: released.wentWell,
          evenBetterIf: released.evenBetterIf,
        },
        feedbackWithdrawn: feedback?.withdrawnReason ?? null,
        comments: released
          ? comments
              .filter((comment) => comment.parentId === null)
              .map((comment) => ({
                onWords: comment.quotedText,
                code: comment.code,
                body: comment.body,
                by: comment.author.name,
                at: comment.createdAt,
                replies: comments
                  .filter((reply) => reply.parentId === comment.id)
                  .map((reply) => ({ by: reply.author.name, body: reply.body, at: reply.createdAt })),
              }))
          : [],
      };
    }),
    revision: {
      decks: decks.map((deck) => ({
        title: deck.title,
        source: deck.source,
        createdAt: deck.createdAt,
        cards: deck.cards.map((card) => card.evidence.title),
      })),
      cards: schedules.map((schedule) => ({
        card: schedule.evidence.title,
        dueAt: schedule.dueAt,
        scheduledDays: schedule.scheduledDays,
        stability: schedule.stability,
        difficulty: schedule.difficulty,
        reviews: schedule.reviewCount,
        lapses: schedule.lapseCount,
        lastReviewedAt: schedule.lastReviewedAt,
      })),
      answers: reviews.map((review) => ({
        card: review.evidence.title,
        mode: review.mode,
        correct: review.correct,
        at: review.reviewedAt,
      })),
      quotations: quotationSchedules.map(({ quotation, ...schedule }) => ({
        quotation: quotation.text,
        speaker: quotation.speaker,
        ...schedule,
      })),
      quotationDrills: quotationReviews.map((review) => ({
        quotation: review.quotation.text,
        kind: review.kind,
        rating: review.rating,
        correct: review.correct,
        at: review.reviewedAt,
      })),
      ownCards,
    },
    deckDiscussion: deckPosts.map((post) => ({
      deck: post.deck.title,
      class: post.class.name,
      kind: post.parentId ? "reply" : post.isQuestion ? "question" : "comment",
      body: post.body,
      at: post.createdAt,
    })),
    invitations: invitations.map((invitation) => ({
      class: invitation.class.name,
      teacher: invitation.class.teacher.name,
      at: invitation.createdAt,
    })),
    arrangements: accommodations.map((arrangement) => ({
      assignment: arrangement.assignment.title ?? arrangement.assignment.prompt.text,
      extraTimePercent: arrangement.extraTimePercent,
      extraMinutes: arrangement.extraMinutes,
      dueAt: arrangement.dueAt,
      updatedAt: arrangement.updatedAt,
    })),
  };
}

export type StudentDataExport = Awaited<ReturnType<typeof studentDataExport>>;

// The same, as a Word file to read: each essay's text with its feedback and comments.
export async function studentDataDocx(data: StudentDataExport): Promise<Buffer> {
  const paragraphs: Paragraph[] = [
    new Paragraph({ text: `${data.account.name}: essays and feedback`, heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [
        new TextRun({
          text: `${data.account.email}. Downloaded ${formatDateTime(new Date(data.exportedAt))}. Classes: ${data.classes.map((klass) => `${klass.name} (${klass.teacher})`).join(", ") || "none"}.`,
          italics: true,
        }),
      ],
    }),
  ];
  for (const essay of data.essays) {
    paragraphs.push(
      new Paragraph({
        text: `${essay.assignment.title}${essay.draft > 1 ? ` (draft ${essay.draft})` : ""}`,
        heading: HeadingLevel.HEADING_1,
      }),
    );
    paragraphs.push(
      new Paragraph({
        children: [
          new TextRun({
            text: `${essay.assignment.class}. ${essay.submittedAt ? `Submitted ${formatDateTime(essay.submittedAt)}` : "Not submitted"}. ${counted(essay.wordCount, "word")}.`,
            italics: true,
          }),
        ],
      }),
    );
    if (essay.assignment.title !== essay.assignment.prompt)
      paragraphs.push(new Paragraph({ children: [new TextRun({ text: essay.assignment.prompt, bold: true })] }));
    for (const line of essay.plainText.split("\n").filter(Boolean))
      paragraphs.push(new Paragraph({ text: line, alignment: AlignmentType.LEFT }));
    if (essay.feedback) {
      paragraphs.push(new Paragraph({ text: "Feedback", heading: HeadingLevel.HEADING_2 }));
      paragraphs.push(
        new Paragraph({
          children: [
            new TextRun({
              text: `Level ${essay.feedback.level ?? "—"}, ${essay.feedback.mark ?? "—"} marks`,
              bold: true,
            }),
          ],
        }),
      );
      if (essay.feedback.wentWell)
        paragraphs.push(
          new Paragraph({
            children: [new TextRun({ text: "What went well: ", bold: true }), new TextRun(essay.feedback.wentWell)],
          }),
        );
      if (essay.feedback.evenBetterIf)
        paragraphs.push(
          new Paragraph({
            children: [new TextRun({ text: "Even better if: ", bold: true }), new TextRun(essay.feedback.evenBetterIf)],
          }),
        );
      for (const comment of essay.comments) {
        paragraphs.push(
          new Paragraph({
            children: [
              new TextRun({ text: `“${comment.onWords}” `, italics: true }),
              new TextRun(`${comment.code ? `[${comment.code}] ` : ""}${comment.body} (${comment.by})`),
            ],
          }),
        );
        for (const reply of comment.replies)
          paragraphs.push(
            new Paragraph({ indent: { left: 720 }, children: [new TextRun(`${reply.by}: ${reply.body}`)] }),
          );
      }
    }
  }
  return Packer.toBuffer(
    new Document({
      creator: "Stalin workbench",
      title: `${data.account.name}: essays and feedback`,
      sections: [{ children: paragraphs }],
    }),
  );
}
