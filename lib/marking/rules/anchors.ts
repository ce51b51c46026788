import { getSchema } from "@tiptap/core";
import { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Transform } from "@tiptap/pm/transform";
import { markingExtensions } from "@/lib/editor/marking-extensions";

// Comments are anchored by the server: the browser sends a range of the essay, and the server
// adds the mark to its own copy and reads the quoted words from it. Marks never move text, so a
// range in the submitted essay is the same range in every annotated copy of it.
export const markingSchema = getSchema(markingExtensions);

export const MAX_QUOTED_CHARACTERS = 2_000;

// Prisma's JSON input type, without importing the generated client into editor code.
type JsonObject = { [key: string]: unknown } & object;
export type Anchored = { document: JsonObject; quotedText: string };

export function anchorComment(
  json: unknown,
  range: { from: number; to: number },
  commentId: string,
): Anchored | { error: string } {
  const doc = ProseMirrorNode.fromJSON(markingSchema, json);
  const { from, to } = range;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > doc.content.size || from >= to) {
    return { error: "Select some words of the essay, then add your comment." };
  }
  const quotedText = doc
    .textBetween(
      from,
      to,
      " ",
      (leaf) => leaf.textContent || (leaf.type.name === "quotation" ? `“${leaf.attrs.text}”` : ""),
    )
    .replace(/\s+/g, " ")
    .trim();
  if (!quotedText) return { error: "Select some words of the essay, then add your comment." };
  if (quotedText.length > MAX_QUOTED_CHARACTERS)
    return {
      error: `Comment on a passage of at most ${MAX_QUOTED_CHARACTERS.toLocaleString("en-GB")} characters; split a longer one into several comments.`,
    };
  const mark = markingSchema.mark("comment", { id: commentId });
  const annotated = new Transform(doc).addMark(from, to, mark).doc;
  return {
    document: annotated.toJSON() as Record<string, unknown>,
    quotedText: quotedText.length > 300 ? `${quotedText.slice(0, 299)}…` : quotedText,
  };
}

export function removeCommentAnchor(json: unknown, commentId: string): Record<string, unknown> {
  const doc = ProseMirrorNode.fromJSON(markingSchema, json);
  const transform = new Transform(doc);
  doc.descendants((node, pos) => {
    const mark = node.marks.find((candidate) => candidate.type.name === "comment" && candidate.attrs.id === commentId);
    if (mark) transform.removeMark(pos, pos + node.nodeSize, mark);
  });
  return transform.doc.toJSON() as Record<string, unknown>;
}

// The ids of the comments still anchored somewhere in the document, in reading order.
export function anchoredCommentIds(json: unknown): string[] {
  const ids: string[] = [];
  const seen = new Set<string>();
  const walk = (node: { marks?: Array<{ type?: string; attrs?: { id?: unknown } }>; content?: unknown[] }) => {
    for (const mark of node.marks ?? []) {
      const id = mark.attrs?.id;
      if (mark.type === "comment" && typeof id === "string" && !seen.has(id)) {
        seen.add(id);
        ids.push(id);
      }
    }
    for (const child of node.content ?? []) walk(child as typeof node);
  };
  if (json && typeof json === "object") walk(json as Parameters<typeof walk>[0]);
  return ids;
}
