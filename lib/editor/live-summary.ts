import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { libraryItemsUsed, ownTextOf, plainTextOf } from "./plain-text";
import { countWords } from "./word-count";

// The editor's live word count, plain text and "used" marks, recomputed a moment after typing.
// ProseMirror keeps every unchanged block as the same object from one version of the document
// to the next, so each top-level block's summary is remembered against it: after a key press only
// the block being typed in is read again, not all 5,000 words. Same rules as the server's count.
type BlockSummary = {
  text: string;
  words: number;
  ownText: string;
  ownWords: number;
  bytes: number;
  used: ReturnType<typeof libraryItemsUsed>;
};
const encoder = new TextEncoder();
const blocks = new WeakMap<ProseMirrorNode, BlockSummary>();

export function liveSummary(doc: ProseMirrorNode) {
  const texts: string[] = [];
  const ownTexts: string[] = [];
  let words = 0;
  let ownWords = 0;
  // The saved document's size, block by block (the few bytes of the document's own wrapper aside).
  let bytes = 0;
  const used = { quotationIds: new Set<string>(), evidenceIds: new Set<string>(), passages: new Set<string>() };
  doc.forEach((block) => {
    let summary = blocks.get(block);
    if (!summary) {
      const text = plainTextOf(block);
      const ownText = ownTextOf(block);
      summary = {
        text,
        words: countWords(text),
        ownText,
        ownWords: countWords(ownText),
        bytes: encoder.encode(JSON.stringify(block.toJSON())).length + 1,
        used: libraryItemsUsed(block),
      };
      blocks.set(block, summary);
    }
    texts.push(summary.text);
    ownTexts.push(summary.ownText);
    words += summary.words;
    ownWords += summary.ownWords;
    bytes += summary.bytes;
    for (const id of summary.used.quotationIds) used.quotationIds.add(id);
    for (const id of summary.used.evidenceIds) used.evidenceIds.add(id);
    for (const key of summary.used.passages) used.passages.add(key);
  });
  // ownWords: the student's own (without quotations and inserted evidence); words: everything.
  return { words, ownWords, bytes, plainText: texts.join("\n\n"), ownText: ownTexts.join("\n\n"), used };
}
