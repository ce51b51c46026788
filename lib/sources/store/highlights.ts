import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { invalid, notFound } from "@/lib/errors";
import { findOwnEssayOrThrow } from "@/lib/access/essays";
import { assertEssayOpenForHighlights, findOpenHighlightOrThrow } from "@/lib/access/sources";
import { storedNoteKind, type NoteKind } from "@/lib/sources/rules/note-kinds";
import type { TAddHighlight } from "@/lib/sources/schema";

// A student's highlights on the extracts of their own essay's question (who may change them:
// ../policy.ts).

export async function addHighlight(student: SessionUser, input: TAddHighlight) {
  const essay = await findOwnEssayOrThrow(student, input.essayId);
  assertEssayOpenForHighlights(essay, "essayId");
  const source = await db.promptSource.findFirst({
    where: { id: input.sourceId, promptId: essay.assignment.promptId },
    select: { quotation: { select: { text: true } } },
  });
  if (!source) throw notFound("That extract is not part of this essay's question.", "sourceId");
  const wording = source.quotation.text;
  // The server reads the highlighted words itself, from the extract's wording.
  if (input.end > wording.length)
    throw invalid(
      `The selection runs past the end of the extract (it has ${wording.length} characters). Select words inside the extract.`,
      "end",
    );
  const quotedText = wording.slice(input.start, input.end);
  if (!quotedText.trim()) throw invalid("Select some words of the extract, not just spaces.", "start");
  return db.sourceHighlight.create({
    data: {
      essayId: input.essayId,
      sourceId: input.sourceId,
      start: input.start,
      end: input.end,
      quotedText,
      noteKind: storedNoteKind(input.noteKind),
      note: input.note,
    },
    select: { id: true, sourceId: true, start: true, end: true, quotedText: true, noteKind: true, note: true },
  });
}

export async function updateHighlightNote(
  student: SessionUser,
  highlightId: string,
  noteKind: NoteKind | null,
  note: string,
) {
  await findOpenHighlightOrThrow(student, highlightId);
  return db.sourceHighlight.update({
    where: { id: highlightId },
    data: { noteKind: storedNoteKind(noteKind), note },
    select: { id: true, noteKind: true, note: true },
  });
}

export async function deleteHighlight(student: SessionUser, highlightId: string) {
  await findOpenHighlightOrThrow(student, highlightId);
  await db.sourceHighlight.delete({ where: { id: highlightId } });
  return { id: highlightId };
}
