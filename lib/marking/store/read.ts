import "server-only";
import type { BankLinks, CommentThread } from "@/lib/marking/views";
import type { SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { essaysMarkableBy, essaysWithFeedbackReleasedTo } from "@/lib/access/marking";
import { anchoredCommentIds } from "@/lib/marking/rules/anchors";
import { ZMarkSchemeLevels } from "@/lib/marking/schema";
import { parsePlan } from "@/lib/essays/store/writing";
import { getEssayHighlights, getPromptExtracts } from "@/lib/sources/store/read";

// What the marking and feedback pages read: the essay with its marking copy, and its comment
// threads in reading order. A comment whose highlight is gone is kept, flagged as unanchored,
// so it still shows with the words it was made on.
const COMMENT_SELECT = {
  id: true,
  body: true,
  code: true,
  quotedText: true,
  bankItemId: true,
  resolvedAt: true,
  actedOnAt: true,
  createdAt: true,
  author: { select: { id: true, name: true, role: true } },
  bankItem: {
    select: {
      objective: true,
      level: true,
      resourceQuotation: { select: { slug: true, speaker: true, archivedAt: true } },
      resourceEvidence: { select: { slug: true, title: true, archivedAt: true } },
      resourceDeck: { select: { id: true, title: true, classes: { select: { classId: true } } } },
    },
  },
} as const;

const THREAD_SELECT = {
  ...COMMENT_SELECT,
  replies: {
    select: { id: true, body: true, createdAt: true, author: COMMENT_SELECT.author },
    orderBy: { createdAt: "asc" },
  },
} as const;

// A bank comment's objective, level and re-teach resource, as the essay's reader may open it: a
// library item while it is in the library, a deck only where it is set to the essay's class.
function linksOf(
  bankItem: Prisma.CommentGetPayload<{ select: typeof THREAD_SELECT }>["bankItem"],
  classId: string,
): BankLinks | null {
  if (!bankItem) return null;
  const { resourceQuotation: quotation, resourceEvidence: evidence, resourceDeck: deck } = bankItem;
  const resource =
    quotation && !quotation.archivedAt
      ? { href: `/library/quotations/${quotation.slug}`, label: `A quotation from ${quotation.speaker}` }
      : evidence && !evidence.archivedAt
        ? { href: `/library/evidence/${evidence.slug}`, label: evidence.title }
        : deck && deck.classes.some((set) => set.classId === classId)
          ? { href: `/revision/decks/${deck.id}`, label: `Deck: ${deck.title}` }
          : null;
  if (!bankItem.objective && !bankItem.level && !resource) return null;
  return { objective: bankItem.objective, level: bankItem.level, resource };
}

function toThread(
  row: Prisma.CommentGetPayload<{ select: typeof THREAD_SELECT }>,
  anchored: boolean,
  classId: string,
): CommentThread {
  return {
    id: row.id,
    body: row.body,
    code: row.code,
    quotedText: row.quotedText,
    bankItemId: row.bankItemId,
    resolved: row.resolvedAt !== null,
    actedOn: row.actedOnAt !== null,
    createdAt: row.createdAt.toISOString(),
    author: row.author,
    anchored,
    links: linksOf(row.bankItem, classId),
    replies: row.replies.map((reply) => ({ ...reply, createdAt: reply.createdAt.toISOString() })),
  };
}

async function threadsOf(essayId: string, document: unknown, classId: string): Promise<CommentThread[]> {
  const rows = await db.comment.findMany({
    where: { essayId, parentId: null, highlightId: null },
    select: THREAD_SELECT,
    orderBy: { createdAt: "asc" },
  });
  const order = anchoredCommentIds(document);
  const rank = new Map(order.map((id, index) => [id, index]));
  return rows
    .map((row) => toThread(row, rank.has(row.id), classId))
    .sort((a, b) => (rank.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.id) ?? Number.MAX_SAFE_INTEGER));
}

const ESSAY_SELECT = {
  id: true,
  document: true,
  plan: true,
  wordCount: true,
  ownWordCount: true,
  quotationIds: true,
  evidenceIds: true,
  plainText: true,
  draft: true,
  previousDraftId: true,
  nextDraft: { select: { id: true, submittedAt: true } },
  logFlag: true,
  pastedChars: true,
  largestPaste: true,
  startedAt: true,
  submittedAt: true,
  deadlineAt: true,
  autoSubmitted: true,
  student: { select: { id: true, name: true } },
  assignment: {
    select: {
      id: true,
      dueAt: true,
      timeLimitMinutes: true,
      class: { select: { id: true, name: true } },
      prompt: { select: { id: true, text: true, marks: true, kind: true } },
      markScheme: { select: { name: true, totalMarks: true, levels: true } },
    },
  },
  feedback: {
    select: {
      level: true,
      mark: true,
      wentWell: true,
      evenBetterIf: true,
      document: true,
      releasedAt: true,
      updatedAt: true,
      withdrawnAt: true,
      withdrawnReason: true,
    },
  },
} as const;

async function withThreads<
  E extends {
    id: string;
    document: unknown;
    plan: unknown;
    feedback: { document: unknown } | null;
    assignment: { class: { id: string }; prompt: { id: string; kind: string }; markScheme: { levels: unknown } };
  },
>(essay: E) {
  const document = essay.feedback?.document ?? essay.document;
  const { levels, ...scheme } = essay.assignment.markScheme;
  return {
    ...essay,
    plan: parsePlan(essay.plan),
    markingDocument: document,
    assignment: { ...essay.assignment, markScheme: { ...scheme, levels: ZMarkSchemeLevels.parse(levels) } },
    comments: await threadsOf(essay.id, document, essay.assignment.class.id),
    sources: await sourcesOf(essay.id, essay.assignment.prompt, essay.assignment.class.id),
  };
}

// For extract and source questions: the extracts, the student's highlights and notes, and the
// teacher's comments on each highlight, threads like those on the essay's words (replies, acted
// on, resolved), released with the rest of the feedback.
async function sourcesOf(essayId: string, prompt: { id: string; kind: string }, classId: string) {
  const extracts = await getPromptExtracts(prompt.id, prompt.kind);
  const commentsByHighlight: Record<string, CommentThread[]> = {};
  if (!extracts.length) return { extracts, highlights: [], commentsByHighlight };
  const [highlights, rows] = await Promise.all([
    getEssayHighlights(essayId),
    db.comment.findMany({
      where: { essayId, parentId: null, highlightId: { not: null } },
      select: { ...THREAD_SELECT, highlightId: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  for (const row of rows) (commentsByHighlight[row.highlightId as string] ??= []).push(toThread(row, true, classId));
  return { extracts, highlights, commentsByHighlight };
}

export async function getEssayForMarking(teacher: SessionUser, essayId: string) {
  const essay = await db.essay.findFirst({
    where: { id: essayId, ...essaysMarkableBy(teacher) },
    select: ESSAY_SELECT,
  });
  if (!essay) return null;
  const [marked, next] = await Promise.all([
    withThreads(essay),
    // The next submitted essay in the class list that has no mark yet.
    db.essay.findFirst({
      where: {
        assignmentId: essay.assignment.id,
        submittedAt: { not: null },
        id: { not: essay.id },
        OR: [{ feedback: null }, { feedback: { mark: null } }],
      },
      select: { id: true },
      orderBy: { student: { name: "asc" } },
    }),
  ]);
  return { ...marked, nextUnmarkedId: next?.id ?? null };
}

// Students see feedback on their own essay, and only once it is released.
export async function getReleasedFeedback(student: SessionUser, which: { assignmentId: string } | { essayId: string }) {
  const where = "essayId" in which ? { id: which.essayId } : { assignmentId: which.assignmentId };
  // The latest draft whose feedback is out: a redraft being written leaves the last one's in view.
  const essay = await db.essay.findFirst({
    where: { ...where, ...essaysWithFeedbackReleasedTo(student) },
    orderBy: { draft: "desc" },
    select: ESSAY_SELECT,
  });
  return essay ? withThreads(essay) : null;
}

export type MarkedEssay = NonNullable<Awaited<ReturnType<typeof getReleasedFeedback>>>;
