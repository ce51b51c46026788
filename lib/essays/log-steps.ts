// How the editor's transactions become writing-log steps: where each came from, and the one step
// that stands for a whole document arriving from elsewhere (a version restored, this browser's
// copy kept over the server's). Used by the workbench and the server's restore.
import type { Node as ProseMirrorNode, Slice } from "@tiptap/pm/model";
import type { Transaction } from "@tiptap/pm/state";
import { ReplaceStep, Transform } from "@tiptap/pm/transform";
import type { LogOrigin, MergeableStep } from "./writing-log";

// A transaction's own account of where it came from, set by the code that made it: the sidebar's
// insert says "inserted"; loading a document the log should not see says "ignore".
export const ORIGIN_META = "workbench-origin";
export type OriginMeta = LogOrigin | "ignore";

// prosemirror-history marks its undo and redo transactions with its plugin key.
const HISTORY_META = "history$";

// More characters than this arriving in one keyboard step were not typed: dictation, an
// extension or a script put them there, and the log says they came from outside.
export const MAX_TYPED_AT_ONCE = 30;

// Where a transaction's steps came from. `paste` is what the editor found out about the paste
// or drop this transaction carries: from outside, or text moved within the essay.
export function originOf(transaction: Transaction, paste: "pasted" | "other" = "pasted"): LogOrigin | null {
  const explicit = transaction.getMeta(ORIGIN_META) as OriginMeta | undefined;
  if (explicit === "ignore") return null;
  if (explicit) return explicit;
  if (transaction.getMeta(HISTORY_META)) return "undo";
  const uiEvent = transaction.getMeta("uiEvent") as string | undefined;
  if (uiEvent === "paste" || uiEvent === "drop") return paste;
  if (uiEvent === "cut") return "other";
  if (!transaction.steps.every((step) => step instanceof ReplaceStep)) return "other";
  const arrived = transaction.steps.reduce((chars, step) => chars + sliceText((step as ReplaceStep).slice).length, 0);
  return arrived > MAX_TYPED_AT_ONCE ? "pasted" : "typed";
}

// The words of a slice, as a paste is compared with what was copied from the essay.
export function sliceText(slice: Slice): string {
  return slice.content.textBetween(0, slice.content.size, "\n", (leaf) => String(leaf.attrs.text ?? ""));
}

// One step that turns `from` (the document the log last saw) into `to` (the one now in the
// editor): how a restored version or a kept copy enters the log. Both are documents of the
// editor's schema (the writing page has no other until the editor loads).
export function replaceDocumentSteps(start: ProseMirrorNode, to: ProseMirrorNode): MergeableStep[] {
  const transform = new Transform(start).replaceWith(0, start.content.size, to.content);
  return transform.steps as unknown as MergeableStep[];
}
