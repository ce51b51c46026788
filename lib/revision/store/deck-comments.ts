import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { forbidden, notFound } from "@/lib/errors";
import { deckDiscussionClassesFor, findVisibleDeckOrThrow } from "@/lib/access/revision";

// Comments and questions under a deck, kept within each class it is set to: a student joins the
// discussion of the classes they are in, the deck's owner those of every class they set it to.
// A deck set to no class (a student's own) has no discussion.

type Who = Pick<SessionUser, "id" | "role">;

async function discussionOf(user: Who, deckId: string) {
  const deck = await findVisibleDeckOrThrow(user, deckId);
  const owner = deck.ownerId === user.id;
  const classes = await db.class.findMany({
    where: deckDiscussionClassesFor(user, deck),
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  return { deck, owner, classes };
}

const AUTHOR = { select: { id: true, name: true, role: true } } as const;

// The threads the person may read, oldest first, each with its replies; null when the deck has no
// discussion they can join.
export async function getDeckDiscussion(user: SessionUser, deckId: string) {
  const { deck, owner, classes } = await discussionOf(user, deckId);
  if (!classes.length) return null;
  const names = new Map(classes.map((item) => [item.id, item.name]));
  const rows = await db.deckComment.findMany({
    where: { deckId: deck.id, classId: { in: classes.map((item) => item.id) }, parentId: null },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      classId: true,
      isQuestion: true,
      body: true,
      createdAt: true,
      author: AUTHOR,
      replies: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true, author: AUTHOR } },
    },
  });
  const mayDelete = (authorId: string) => owner || authorId === user.id;
  return {
    classes,
    owner,
    threads: rows.map((row) => ({
      ...row,
      className: names.get(row.classId)!,
      answered: row.isQuestion && row.replies.some((reply) => reply.author.id === deck.ownerId),
      mayDelete: mayDelete(row.author.id),
      replies: row.replies.map((reply) => ({ ...reply, mayDelete: mayDelete(reply.author.id) })),
    })),
  };
}

export async function postDeckComment(
  user: SessionUser,
  input: { deckId: string; classId: string; body: string; isQuestion: boolean; parentId: string | null },
) {
  const { deck, owner, classes } = await discussionOf(user, input.deckId);
  if (!classes.some((item) => item.id === input.classId))
    throw notFound("That class's discussion of this deck was not found among yours.", "classId");
  if (input.parentId) {
    const parent = await db.deckComment.findFirst({
      where: { id: input.parentId, deckId: deck.id, classId: input.classId, parentId: null },
      select: { id: true },
    });
    if (!parent) throw notFound("The comment you are replying to was not found. It may have been deleted.", "parentId");
  }
  // A question is a student's, at the top of a thread; the owner's posts and replies are comments.
  const isQuestion = input.isQuestion && !owner && !input.parentId;
  return db.deckComment.create({
    data: {
      deckId: deck.id,
      classId: input.classId,
      authorId: user.id,
      parentId: input.parentId,
      isQuestion,
      body: input.body,
    },
    select: { id: true, isQuestion: true },
  });
}

// Its author deletes a comment; the deck's owner deletes any in their deck's discussions. Replies go with it.
export async function deleteDeckComment(user: SessionUser, commentId: string) {
  const comment = await db.deckComment.findUnique({
    where: { id: commentId },
    select: { id: true, deckId: true, classId: true, authorId: true },
  });
  const discussion = comment ? await discussionOf(user, comment.deckId).catch(() => null) : null;
  if (!comment || !discussion || !discussion.classes.some((item) => item.id === comment.classId))
    throw notFound("That comment was not found under your decks.", "commentId");
  if (!discussion.owner && comment.authorId !== user.id) throw forbidden("You can delete only your own comments.");
  await db.deckComment.delete({ where: { id: comment.id } });
  return { commentId: comment.id };
}
