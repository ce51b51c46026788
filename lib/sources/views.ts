import type { NoteKind } from "./rules/note-kinds";

// The extracts of a prompt as the pane shows them: exact wording, the short attribution a
// passage carries into the essay, the seed's full attribution line, and provenance if any.
export type ExtractView = {
  id: string;
  label: string;
  quotationId: string;
  text: string;
  speaker: string;
  attribution: string;
  attributionAsGiven: string;
  work: string | null;
  provenance: { label: string; value: string }[];
};

export type HighlightView = {
  id: string;
  sourceId: string;
  start: number;
  end: number;
  quotedText: string;
  noteKind: NoteKind | null;
  note: string;
};
