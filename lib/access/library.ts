import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { teachersOf } from "@/lib/access/classes";
import { db } from "@/lib/db/client";
import { forbidden, notFound } from "@/lib/errors";

// Who sees which teacher's suggestions for a prompt: a teacher their own, a student their
// current teachers'. Nobody else sees any.
export function suggestionsVisibleTo(user: Pick<SessionUser, "id" | "role">): Prisma.PromptSuggestionWhereInput {
  if (user.role === "TEACHER") return { teacherId: user.id };
  return { teacher: teachersOf(user) };
}

// A teacher changes and removes only their own suggestions.
export function suggestionsMadeBy(teacher: Pick<SessionUser, "id">): Prisma.PromptSuggestionWhereInput {
  return { teacherId: teacher.id };
}

// The shared library: every teacher adds their own items and changes them freely; the shipped
// items (from the content import: no creator) and other teachers' items are changed, archived and
// reverted only by a library curator: the administrator, or a teacher they granted the right.
export function isLibraryCurator(user: Pick<SessionUser, "role" | "isAdministrator" | "canCurateLibrary">): boolean {
  return user.role === "TEACHER" && (user.isAdministrator || user.canCurateLibrary);
}

export type LibraryItemKind = "prompt" | "quotation" | "evidence";

export function mayChangeItem(
  user: Pick<SessionUser, "id" | "role" | "isAdministrator" | "canCurateLibrary"> | null,
  item: { createdById: string | null },
): boolean {
  if (!user || user.role !== "TEACHER") return false;
  return item.createdById === user.id || isLibraryCurator(user);
}

export async function findItemToChangeOrThrow(teacher: SessionUser, kind: LibraryItemKind, id: string) {
  const select = { id: true, createdById: true } as const;
  const item =
    kind === "prompt"
      ? await db.prompt.findUnique({ where: { id }, select })
      : kind === "quotation"
        ? await db.quotation.findUnique({ where: { id }, select })
        : await db.evidence.findUnique({ where: { id }, select });
  if (!item) throw notFound("That item was not found in the library.");
  if (mayChangeItem(teacher, item)) return item;
  throw forbidden(
    item.createdById === null
      ? "Only a library curator can change the shipped library, so that its quotations stay exactly as their sources give them. Ask your administrator, or add your own item."
      : "This item is another teacher's: only they, or a library curator, can change it.",
  );
}

// A revision can be reverted by whoever may change its item.
export async function findRevisionToRevertOrThrow(teacher: SessionUser, revisionId: string) {
  const revision = await db.libraryRevision.findUnique({
    where: { id: revisionId },
    select: { id: true, itemKind: true, itemId: true },
  });
  if (!revision) throw notFound("That version was not found in the item's history.");
  await findItemToChangeOrThrow(teacher, revision.itemKind.toLowerCase() as LibraryItemKind, revision.itemId);
  return revision;
}
