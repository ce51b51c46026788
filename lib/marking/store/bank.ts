import "server-only";
import type { BankItem } from "@/lib/marking/views";
import { conflict, invalid, notFound } from "@/lib/errors";
import { decksOwnedBy } from "@/lib/access/revision";
import type { TBankItemLinks } from "@/lib/marking/schema";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { bankOf, findCommentForTeacherOrThrow } from "@/lib/access/marking";
import { isUniqueViolation } from "@/lib/db/unique-violation";

const SELECT = { id: true, body: true, code: true, shortcut: true, uses: true } as const;

// Most used first, so the comments a teacher reaches for are at the top.
export function listCommentBank(teacher: SessionUser): Promise<BankItem[]> {
  return db.commentBankItem.findMany({
    where: bankOf(teacher),
    select: SELECT,
    orderBy: [{ uses: "desc" }, { createdAt: "asc" }],
    take: 500,
  });
}

export async function addToCommentBank(
  teacher: SessionUser,
  input: { body: string; code: string | null; shortcut: string | null },
) {
  const existing = await db.commentBankItem.findFirst({
    where: { ...bankOf(teacher), body: input.body, code: input.code },
    select: SELECT,
  });
  if (existing) return existing;
  try {
    return await db.commentBankItem.create({ data: { teacherId: teacher.id, ...input }, select: SELECT });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict(
        `You already have a bank comment with the shortcut /${input.shortcut}. Choose another.`,
        "shortcut",
      );
    }
    throw error;
  }
}

// Any comment can become a bank comment; the one it came from counts as its first use.
export async function saveCommentToBank(teacher: SessionUser, commentId: string, shortcut: string | null) {
  const comment = await findCommentForTeacherOrThrow(teacher, commentId);
  const item = await addToCommentBank(teacher, { body: comment.body, code: comment.code, shortcut });
  await db.$transaction([
    db.comment.update({ where: { id: comment.id }, data: { bankItemId: item.id } }),
    db.commentBankItem.update({ where: { id: item.id }, data: { uses: { increment: 1 } } }),
  ]);
  return item;
}

export async function removeFromCommentBank(teacher: SessionUser, bankItemId: string) {
  const removed = await db.commentBankItem.deleteMany({ where: { id: bankItemId, ...bankOf(teacher) } });
  if (removed.count === 0) throw notFound("That comment is not in your comment bank.", "bankItemId");
  return { id: bankItemId };
}

// What each bank comment is about and what to re-teach with: for the teacher's bank page.
export async function listBankWithLinks(teacher: SessionUser) {
  const [items, decks] = await Promise.all([
    db.commentBankItem.findMany({
      where: bankOf(teacher),
      orderBy: [{ uses: "desc" }, { createdAt: "asc" }],
      take: 500,
      select: {
        ...SELECT,
        objective: true,
        level: true,
        resourceDeckId: true,
        resourceQuotation: { select: { slug: true } },
        resourceEvidence: { select: { slug: true } },
      },
    }),
    db.deck.findMany({ where: decksOwnedBy(teacher), orderBy: { title: "asc" }, select: { id: true, title: true } }),
  ]);
  return {
    decks,
    items: items.map(({ resourceQuotation, resourceEvidence, ...item }) => ({
      ...item,
      resource: resourceQuotation
        ? `/library/quotations/${resourceQuotation.slug}`
        : resourceEvidence
          ? `/library/evidence/${resourceEvidence.slug}`
          : "",
    })),
  };
}

// Links a bank comment to an assessment objective, a level and a resource: the teacher's own
// comment, a library item that exists and is not archived, and a deck of their own.
export async function setBankItemLinks(teacher: SessionUser, input: TBankItemLinks) {
  const item = await db.commentBankItem.findFirst({
    where: { id: input.bankItemId, ...bankOf(teacher) },
    select: { id: true },
  });
  if (!item) throw notFound("That comment is not in your comment bank.", "bankItemId");
  const match = /\/library\/(quotations|evidence)\/([a-z0-9-]+)\/?$/.exec(input.resource);
  let resourceQuotationId: string | null = null;
  let resourceEvidenceId: string | null = null;
  if (match) {
    const [, kind, slug] = match as unknown as [string, "quotations" | "evidence", string];
    const found =
      kind === "quotations"
        ? await db.quotation.findFirst({ where: { slug, archivedAt: null }, select: { id: true } })
        : await db.evidence.findFirst({ where: { slug, archivedAt: null }, select: { id: true } });
    if (!found)
      throw invalid(
        `There is no ${kind === "quotations" ? "quotation" : "evidence card"} at ${input.resource} in the library. Open it in the library and copy its address.`,
        "resource",
      );
    if (kind === "quotations") resourceQuotationId = found.id;
    else resourceEvidenceId = found.id;
  }
  if (
    input.deckId &&
    !(await db.deck.findFirst({ where: { id: input.deckId, ...decksOwnedBy(teacher) }, select: { id: true } }))
  ) {
    throw notFound("That deck is not one of yours.", "deckId");
  }
  return db.commentBankItem.update({
    where: { id: item.id },
    data: {
      objective: input.objective,
      level: input.level,
      resourceQuotationId,
      resourceEvidenceId,
      resourceDeckId: input.deckId,
    },
    select: {
      id: true,
      objective: true,
      level: true,
      resourceQuotationId: true,
      resourceEvidenceId: true,
      resourceDeckId: true,
    },
  });
}
