// Stated limits for a saved essay, shared by the editor (to warn early) and the server (to refuse).
// A 5,000-word essay is about 35 KB of text and 80 KB of JSON, so these leave ample room.
export const MAX_DOCUMENT_BYTES = 1_000_000;
export const MAX_DOCUMENT_CHARACTERS = 300_000;
// Lists inside lists inside quotes: real essays stay well under this.
export const MAX_DOCUMENT_DEPTH = 20;
export const MAX_DOCUMENT_NODES = 50_000;
// The argument planner: a judgement, and up to 12 claims, each with up to 8 library items and a
// counter-argument.
export const MAX_PLAN_CLAIMS = 12;
export const MAX_PLAN_CLAIM_CHARACTERS = 2_000;
export const MAX_PLAN_ITEMS_PER_CLAIM = 8;
export const MAX_PLAN_ARGUMENT_CHARACTERS = 2_000;

export const DOCUMENT_LIMIT_LABEL = "1 MB (about 100,000 words)";

// Said in the editor before the server has to refuse a save: from 90% of either limit.
export function documentSizeWarning(bytes: number, characters: number): string | null {
  const used = Math.max(bytes / MAX_DOCUMENT_BYTES, characters / MAX_DOCUMENT_CHARACTERS);
  if (used >= 1)
    return `Your essay is over the ${DOCUMENT_LIMIT_LABEL} an essay may be, so it cannot be saved. Shorten it and it will save again.`;
  if (used >= 0.9)
    return `Your essay has used ${Math.floor(used * 100)}% of the ${DOCUMENT_LIMIT_LABEL} an essay may be. Anything beyond the limit cannot be saved.`;
  return null;
}
