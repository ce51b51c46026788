import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { quotationLabel, type QuotationAttributes } from "./quotation-label";

// An essay as plain text: blocks separated by blank lines, quotations with their attribution.
// The server stores it (search, word count, marking); the editor counts words from it live.
export function plainTextOf(node: ProseMirrorNode): string {
  return node.textBetween(0, node.content.size, "\n\n", (leaf) => {
    if (leaf.type.name === "quotation") return quotationLabel(leaf.attrs as QuotationAttributes);
    if (leaf.type.name === "hardBreak") return "\n";
    return "";
  });
}

// The student's own words: the essay without its quotations and without the facts inserted from
// evidence cards (text carrying the evidence mark). What "mentioned" and "your own words" count.
export function ownTextOf(node: ProseMirrorNode): string {
  const blocks: string[] = [];
  const read = (block: ProseMirrorNode) => {
    let text = "";
    block.forEach((inline) => {
      if (inline.type.name === "hardBreak") text += "\n";
      else if (inline.isText && !inline.marks.some((mark) => mark.type.name === "evidence")) text += inline.text;
      else if (inline.type.name === "quotation") text += " ";
    });
    blocks.push(text);
  };
  if (node.isTextblock) read(node);
  else
    node.descendants((child) => {
      if (!child.isTextblock) return true;
      read(child);
      return false;
    });
  return blocks.join("\n\n");
}

// Which library items an essay already uses, for the sidebar's "used" marks, and which passages
// of the question's extracts it quotes ("sourceId:start:text"), for the extracts pane.
export function libraryItemsUsed(node: ProseMirrorNode) {
  const quotationIds = new Set<string>();
  const evidenceIds = new Set<string>();
  const passages = new Set<string>();
  node.descendants((child) => {
    if (child.type.name === "quotation" && typeof child.attrs.quotationId === "string")
      quotationIds.add(child.attrs.quotationId);
    if (child.type.name === "quotation" && typeof child.attrs.sourceId === "string")
      passages.add(passageKey(child.attrs.sourceId, child.attrs.passageStart, child.attrs.text));
    for (const mark of child.marks)
      if (mark.type.name === "evidence" && typeof mark.attrs.evidenceId === "string")
        evidenceIds.add(mark.attrs.evidenceId);
    return true;
  });
  return { quotationIds, evidenceIds, passages };
}

export function passageKey(sourceId: string, start: unknown, text: unknown) {
  return `${sourceId}:${String(start)}:${String(text)}`;
}
