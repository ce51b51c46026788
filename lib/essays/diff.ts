// What changed between two versions of an essay, word by word: for the history panel (a version
// against now) and for marking a redraft (draft 1 against draft 2). Client-safe.
import { diffWordsWithSpace } from "diff";
import { countWords } from "@/lib/editor/word-count";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };
export type EssayDiff = { parts: DiffPart[]; wordsAdded: number; wordsRemoved: number };

export function diffEssays(before: string, after: string): EssayDiff {
  const parts: DiffPart[] = diffWordsWithSpace(before, after).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
  const wordsIn = (kind: DiffPart["kind"]) =>
    parts.filter((part) => part.kind === kind).reduce((total, part) => total + countWords(part.text), 0);
  return { parts, wordsAdded: wordsIn("added"), wordsRemoved: wordsIn("removed") };
}
