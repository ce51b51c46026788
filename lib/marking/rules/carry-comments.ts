// Carrying a draft's comments to the next draft. Each comment was made on words of the last draft
// (a `comment` mark in its marking copy); the new draft starts from those words and the student
// rewrites them. A comment goes to the same words in the new draft:
//   1. through the writing log: the steps recorded since the new draft began map its range, when
//      the log is whole (every save's steps, from the draft's first words to its last save);
//   2. otherwise by a W3C Web Annotation text-quote selector (the exact words, with up to 32
//      characters before and after), found exactly or, failing that, approximately;
// and when its words are gone, to a tray: never lost.
import search from "approx-string-match";
import { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { ReplayBatch } from "@/lib/essays/writing-replay";
import { documentFrom, replayEvents } from "@/lib/essays/writing-replay";
import { markingSchema } from "./anchors";

export type TextQuoteSelector = { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string };
export type CarriedAnchor = { from: number; to: number; by: "steps" | "quote" };
export type CarriedComment = { id: string; selector: TextQuoteSelector; anchor: CarriedAnchor | null };

const CONTEXT = 32;
// An approximate match may differ from the words commented on by at most this share of them.
const MAX_ERROR_SHARE = 0.25;

type Flat = { text: string; positions: number[] };

// The document as one string, each character with the document position it stands at. Blocks
// are separated by a newline (position -1: no words there); a quotation reads as its words.
export function flatten(doc: ProseMirrorNode): Flat {
  let text = "";
  const positions: number[] = [];
  let first = true;
  doc.descendants((node, pos) => {
    if (node.isBlock && node.isTextblock) {
      if (!first) {
        text += "\n";
        positions.push(-1);
      }
      first = false;
      return true;
    }
    if (node.isText) {
      for (let index = 0; index < node.text!.length; index++) positions.push(pos + index);
      text += node.text;
    } else if (node.type.name === "quotation") {
      const words = String(node.attrs.text ?? "");
      for (let index = 0; index < words.length; index++) positions.push(pos);
      text += words;
    }
    return true;
  });
  return { text, positions };
}

// Each comment's range in the marked copy of the last draft, and its text-quote selector.
export function commentSelectors(
  markedJson: unknown,
): Map<string, { from: number; to: number; selector: TextQuoteSelector }> {
  const doc = ProseMirrorNode.fromJSON(markingSchema, markedJson as Record<string, unknown>);
  const ranges = new Map<string, { from: number; to: number }>();
  doc.descendants((node, pos) => {
    for (const mark of node.marks) {
      if (mark.type.name !== "comment" || typeof mark.attrs.id !== "string") continue;
      const range = ranges.get(mark.attrs.id);
      ranges.set(mark.attrs.id, {
        from: Math.min(range?.from ?? pos, pos),
        to: Math.max(range?.to ?? 0, pos + node.nodeSize),
      });
    }
    return true;
  });
  const flat = flatten(doc);
  const result = new Map<string, { from: number; to: number; selector: TextQuoteSelector }>();
  for (const [id, range] of ranges) {
    const start = flat.positions.findIndex((position) => position >= range.from);
    let end = start;
    while (end < flat.positions.length && (flat.positions[end] === -1 || flat.positions[end]! < range.to)) end++;
    while (end > start && flat.positions[end - 1] === -1) end--;
    const exact = start < 0 ? "" : flat.text.slice(start, end);
    result.set(id, {
      ...range,
      selector: {
        type: "TextQuoteSelector",
        exact,
        prefix: start < 0 ? "" : flat.text.slice(Math.max(0, start - CONTEXT), start),
        suffix: start < 0 ? "" : flat.text.slice(end, end + CONTEXT),
      },
    });
  }
  return result;
}

export type NewDraft = { initialDocument: unknown; batches: ReplayBatch[]; version: number; document: unknown };

export function carryComments(markedJson: unknown, commentIds: string[], draft: NewDraft): CarriedComment[] {
  const selectors = commentSelectors(markedJson);
  const current = documentFrom(draft.document);
  const mapped = mapThroughLog(markedJson, draft, current);
  const flat = flatten(current);
  return commentIds.map((id) => {
    const found = selectors.get(id);
    if (!found) return { id, selector: { type: "TextQuoteSelector", exact: "", prefix: "", suffix: "" }, anchor: null };
    if (mapped) {
      const from = mapped.mapping(found.from, 1);
      const to = mapped.mapping(found.to, -1);
      return {
        id,
        selector: found.selector,
        anchor:
          to > from && current.textBetween(from, to, " ", (leaf) => String(leaf.attrs.text ?? "")).trim()
            ? { from, to, by: "steps" }
            : null,
      };
    }
    return { id, selector: found.selector, anchor: findQuote(flat, found.selector) };
  });
}

// The recorded steps as one position mapping from the last draft's words to the new draft's, or
// null when the log cannot vouch for them: a save without its steps, a step that does not apply,
// or a replay that does not end on the saved draft.
function mapThroughLog(
  markedJson: unknown,
  draft: NewDraft,
  current: ProseMirrorNode,
): { mapping: (pos: number, assoc: number) => number } | null {
  const start = documentFrom(draft.initialDocument);
  if (start.textContent !== ProseMirrorNode.fromJSON(markingSchema, markedJson as Record<string, unknown>).textContent)
    return null;
  let version = 0;
  for (const batch of draft.batches) {
    if (batch.fromVersion !== version) return null;
    version = batch.toVersion;
  }
  if (version !== draft.version) return null;
  let doc = start;
  const maps: { map: (pos: number, assoc?: number) => number }[] = [];
  for (const event of replayEvents(draft.batches)) {
    // Reopening on the document already replayed changes nothing; any other breaks the chain.
    if (event.base) {
      if (!event.base.eq(doc)) return null;
      continue;
    }
    const result = event.step!.apply(doc);
    if (!result.doc) return null;
    maps.push(event.step!.getMap());
    doc = result.doc;
  }
  if (!doc.eq(current)) return null;
  return { mapping: (pos, assoc) => maps.reduce((at, map) => map.map(at, assoc), pos) };
}

// The selector's words in the new draft: exactly, the occurrence whose surroundings match best;
// or approximately, within a quarter of their length in errors. Null when they are gone.
export function findQuote(flat: Flat, selector: TextQuoteSelector): CarriedAnchor | null {
  const exact = selector.exact;
  if (!exact.trim()) return null;
  const candidates: { start: number; end: number; errors: number }[] = [];
  for (let at = flat.text.indexOf(exact); at !== -1; at = flat.text.indexOf(exact, at + 1))
    candidates.push({ start: at, end: at + exact.length, errors: 0 });
  if (candidates.length === 0) {
    const allowed = Math.floor(exact.length * MAX_ERROR_SHARE);
    if (allowed > 0) {
      const matches = search(flat.text, exact, allowed);
      const fewest = Math.min(...matches.map((match) => match.errors));
      candidates.push(
        ...matches
          .filter((match) => match.errors === fewest)
          .map((match) => ({ start: match.start, end: match.end, errors: match.errors })),
      );
    }
  }
  if (candidates.length === 0) return null;
  const score = (candidate: { start: number; end: number }) =>
    commonSuffix(flat.text.slice(Math.max(0, candidate.start - CONTEXT), candidate.start), selector.prefix) +
    commonPrefix(flat.text.slice(candidate.end, candidate.end + CONTEXT), selector.suffix);
  const best = candidates.reduce((chosen, candidate) => (score(candidate) > score(chosen) ? candidate : chosen));
  const positions = flat.positions.slice(best.start, best.end).filter((position) => position >= 0);
  if (positions.length === 0) return null;
  return { from: positions[0]!, to: positions.at(-1)! + 1, by: "quote" };
}

function commonPrefix(a: string, b: string) {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

function commonSuffix(a: string, b: string) {
  let length = 0;
  while (length < a.length && length < b.length && a[a.length - 1 - length] === b[b.length - 1 - length]) length++;
  return length;
}
