import "server-only";
import { conflict } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session";
import { findOwnClassOrThrow } from "@/lib/access/classes";
import { db } from "@/lib/db/client";
import { findOwnDeckOrThrow } from "@/lib/access/revision";

// Deleting a deck keeps each student's card memory: the same evidence is the same card elsewhere.
export async function deleteDeck(user: SessionUser, deckId: string) {
  await findOwnDeckOrThrow(user, deckId);
  await db.deck.delete({ where: { id: deckId } });
  return { deckId };
}

export async function setDeckToClass(teacher: SessionUser, deckId: string, classId: string) {
  await findOwnDeckOrThrow(teacher, deckId);
  const found = await findOwnClassOrThrow(teacher, classId);
  if (found.archivedAt) throw conflict("That class is archived: restore it before setting it work.", "classId");
  await db.deckAssignment.upsert({
    where: { deckId_classId: { deckId, classId } },
    create: { deckId, classId, setById: teacher.id },
    update: {},
  });
  return { deckId, classId };
}

export async function unsetDeckFromClass(teacher: SessionUser, deckId: string, classId: string) {
  await findOwnDeckOrThrow(teacher, deckId);
  await findOwnClassOrThrow(teacher, classId);
  await db.deckAssignment.deleteMany({ where: { deckId, classId } });
  return { deckId, classId };
}
