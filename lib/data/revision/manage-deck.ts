import "server-only";
import { ActionError } from "@/lib/actions/safe-action";
import type { SessionUser } from "@/lib/auth/session";
import { assertTeacherOwnsClass } from "@/lib/authz";
import { db } from "@/lib/db";
import { findOwnDeck } from "./access";

// Deleting a deck keeps each student's card memory: the same evidence is the same card elsewhere.
export async function deleteDeck(user: SessionUser, deckId: string) {
  await findOwnDeck(user, deckId);
  await db.deck.delete({ where: { id: deckId } });
  return { deckId };
}

export async function setDeckToClass(teacher: SessionUser, deckId: string, classId: string) {
  await findOwnDeck(teacher, deckId);
  const found = await assertTeacherOwnsClass(teacher, classId);
  if (found.archivedAt) throw new ActionError("That class is archived: restore it before setting it work.", "classId", 409);
  await db.deckAssignment.upsert({ where: { deckId_classId: { deckId, classId } }, create: { deckId, classId, setById: teacher.id }, update: {} });
  return { deckId, classId };
}

export async function unsetDeckFromClass(teacher: SessionUser, deckId: string, classId: string) {
  await findOwnDeck(teacher, deckId);
  await assertTeacherOwnsClass(teacher, classId);
  await db.deckAssignment.deleteMany({ where: { deckId, classId } });
  return { deckId, classId };
}
