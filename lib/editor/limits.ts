// Stated limits for a saved essay, shared by the editor (to warn early) and the server (to refuse).
// A 5,000-word essay is about 35 KB of text and 80 KB of JSON, so these leave ample room.
export const MAX_DOCUMENT_BYTES = 1_000_000;
export const MAX_DOCUMENT_CHARACTERS = 300_000;
// Lists inside lists inside quotes: real essays stay well under this.
export const MAX_DOCUMENT_DEPTH = 20;
export const MAX_DOCUMENT_NODES = 50_000;
export const MAX_PLAN_POINTS = 12;
export const MAX_PLAN_POINT_CHARACTERS = 1_000;
export const MAX_PLAN_ARGUMENT_CHARACTERS = 2_000;

export const DOCUMENT_LIMIT_LABEL = "1 MB (about 100,000 words)";
