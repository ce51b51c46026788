import type { SourceNoteKind } from "@/generated/prisma/client";

// What a student's note on a highlight says about the words: the argument, a sub-argument, context
// that supports or challenges it, or a plain note.
export const NOTE_KINDS = ["argument", "sub-argument", "context-supports", "context-challenges", "other"] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export const NOTE_KIND_LABEL: Record<NoteKind, string> = {
  argument: "Argument",
  "sub-argument": "Sub-argument",
  "context-supports": "Context supports",
  "context-challenges": "Context challenges",
  other: "Note",
};

// Stored as the database enum (CONTEXT_SUPPORTS), shown and sent as the form's value (context-supports).
export function storedNoteKind(kind: NoteKind | null): SourceNoteKind | null {
  return kind ? (kind.toUpperCase().replace("-", "_") as SourceNoteKind) : null;
}

// The form's value for a stored kind, or for a select's value; null for none or anything else.
export function noteKindOf(value: string | null): NoteKind | null {
  const kind = value?.toLowerCase().replace("_", "-");
  return NOTE_KINDS.find((known) => known === kind) ?? null;
}
