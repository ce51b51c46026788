import { getSchema } from "@tiptap/core";
import { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { essayExtensions } from "./extensions";
import { isAllowedLink } from "./links";
import { MAX_DOCUMENT_CHARACTERS, MAX_DOCUMENT_DEPTH, MAX_DOCUMENT_NODES } from "./limits";
import { ownTextOf, plainTextOf } from "./plain-text";
import type { QuotationAttributes } from "./quotation-label";
import { countWords } from "./word-count";

// The editor's schema, built from the same extensions the browser uses.
export const essaySchema = getSchema(essayExtensions);

export type CheckedDocument = {
  node: ProseMirrorNode;
  json: Record<string, unknown>;
  plainText: string;
  wordCount: number;
  // The student's own words (no quotations, no inserted evidence).
  ownWordCount: number;
  quotations: QuotationAttributes[];
  evidenceIds: string[];
};

export type DocumentCheck = { ok: true; document: CheckedDocument } | { ok: false; error: string };

const MAX_ID_LENGTH = 64;
const MAX_QUOTATION_CHARACTERS = 5_000;

export function emptyEssayDocument() {
  return { type: "doc", content: [{ type: "paragraph" }] };
}

// Everything a saved essay must satisfy, checked without trusting anything the browser sent.
// Wording of quotations against the library is checked by the caller, which has the database.
export function checkEssayDocument(json: unknown): DocumentCheck {
  const shape = checkShape(json);
  if (shape) return { ok: false, error: shape };

  let node: ProseMirrorNode;
  try {
    node = ProseMirrorNode.fromJSON(essaySchema, json);
    node.check();
  } catch (error) {
    return {
      ok: false,
      error: `The essay could not be saved because its structure is not one the editor makes (${describeSchemaError(error)}). Reload the page to continue from your last save.`,
    };
  }
  if (node.type.name !== "doc") return { ok: false, error: "The essay must be a whole document." };

  const quotations: QuotationAttributes[] = [];
  const evidenceIds = new Set<string>();
  let problem: string | null = null;
  node.descendants((child) => {
    if (problem) return false;
    problem = attributeProblem(child);
    if (problem) return false;
    if (child.type.name === "quotation") {
      const { quotationId, text, attribution, sourceId, passageStart } = child.attrs as Record<string, unknown>;
      if (
        !isId(quotationId) ||
        typeof text !== "string" ||
        !text.trim() ||
        text.length > MAX_QUOTATION_CHARACTERS ||
        typeof attribution !== "string" ||
        !attribution ||
        attribution.length > 500
      ) {
        problem =
          "A quotation in the essay is missing its library reference, wording or attribution. Insert it again from the sidebar.";
        return false;
      }
      const wholeQuotation = sourceId === null && passageStart === null;
      if (
        !wholeQuotation &&
        (!isId(sourceId) || typeof passageStart !== "number" || !Number.isInteger(passageStart) || passageStart < 0)
      ) {
        problem = "A passage in the essay has lost its link to its extract. Insert it again from the extracts pane.";
        return false;
      }
      quotations.push(
        wholeQuotation
          ? { quotationId, text, attribution }
          : { quotationId, text, attribution, sourceId: sourceId as string, passageStart: passageStart as number },
      );
    }
    for (const mark of child.marks) {
      if (mark.type.name === "link" && !isAllowedLink(mark.attrs.href)) {
        problem = "Links in an essay must start with http:// or https://. Remove the other link and save again.";
        return false;
      }
      if (mark.type.name === "evidence") {
        if (!isId(mark.attrs.evidenceId) || typeof mark.attrs.slug !== "string" || mark.attrs.slug.length > 200) {
          problem = "A piece of evidence in the essay has lost its link to its card. Insert it again from the sidebar.";
          return false;
        }
        evidenceIds.add(mark.attrs.evidenceId);
      }
    }
    return true;
  });
  if (problem) return { ok: false, error: problem };

  const plainText = plainTextOf(node);
  if (plainText.length > MAX_DOCUMENT_CHARACTERS) {
    return {
      ok: false,
      error: `The essay is longer than the ${MAX_DOCUMENT_CHARACTERS.toLocaleString("en-GB")} characters an essay may hold. Shorten it and save again.`,
    };
  }
  return {
    ok: true,
    document: {
      node,
      json: node.toJSON(),
      plainText,
      wordCount: countWords(plainText),
      ownWordCount: countWords(ownTextOf(node)),
      quotations,
      evidenceIds: [...evidenceIds],
    },
  };
}

// ProseMirror keeps whatever values an attribute is given; the editor only ever makes these.
const HEADING_LEVELS = new Set([2, 3]);
const LIST_TYPES = new Set([null, "1", "a", "A", "i", "I"]);

function attributeProblem(node: ProseMirrorNode): string | null {
  const attrs = node.attrs as Record<string, unknown>;
  if (node.type.name === "heading" && !HEADING_LEVELS.has(attrs.level as number))
    return "A heading in the essay has a level the editor does not make (only 2 and 3). Reload the page to continue from your last save.";
  if (
    node.type.name === "orderedList" &&
    (!Number.isInteger(attrs.start) ||
      (attrs.start as number) < 0 ||
      (attrs.start as number) > 10_000 ||
      !LIST_TYPES.has(attrs.type as string | null))
  ) {
    return "A numbered list in the essay has a numbering the editor does not make. Reload the page to continue from your last save.";
  }
  for (const mark of node.marks) {
    if (mark.type.name !== "link") continue;
    const { target, rel, title, class: className } = mark.attrs as Record<string, unknown>;
    const text = (value: unknown, max: number) =>
      value === null || (typeof value === "string" && value.length <= max && !/[<>"]/.test(value));
    if (!text(target, 20) || !text(rel, 100) || !text(title, 300) || className !== null)
      return "A link in the essay has settings the editor does not make. Remove it and add it again.";
  }
  return null;
}

// Depth and size are measured before ProseMirror sees the document, without recursion, so a
// document nested thousands deep cannot exhaust the stack.
function checkShape(json: unknown): string | null {
  if (!isObject(json) || json.type !== "doc") return 'The essay must be an editor document (type "doc").';
  const stack: { value: unknown; depth: number }[] = [{ value: json, depth: 1 }];
  let nodes = 0;
  while (stack.length) {
    const { value, depth } = stack.pop()!;
    if (!isObject(value)) return "The essay contains something that is not an editor node.";
    if (depth > MAX_DOCUMENT_DEPTH)
      return `The essay is nested more than ${MAX_DOCUMENT_DEPTH} levels deep (lists inside lists, or quotes inside quotes). Flatten it and save again.`;
    if (++nodes > MAX_DOCUMENT_NODES)
      return `The essay has more than ${MAX_DOCUMENT_NODES.toLocaleString("en-GB")} parts. Shorten it and save again.`;
    if (value.content === undefined) continue;
    if (!Array.isArray(value.content)) return "The essay contains a node whose content is not a list.";
    for (const child of value.content) stack.push({ value: child, depth: depth + 1 });
  }
  return null;
}

function describeSchemaError(error: unknown): string {
  const message = error instanceof Error ? error.message : "";
  const unknownType =
    /Unknown (node|mark) type: ?(\S+)/i.exec(message) ?? /There is no (node|mark) type (\S+)/i.exec(message);
  if (unknownType) return `it contains an unknown ${(unknownType[1] ?? "").toLowerCase()} "${unknownType[2] ?? ""}"`;
  if (/Invalid content/i.test(message)) return "something is placed where it cannot go";
  if (/Invalid text node/i.test(message)) return "it contains an empty text";
  return "it is malformed";
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isId(value: unknown): value is string {
  return (
    typeof value === "string" && value.length > 0 && value.length <= MAX_ID_LENGTH && /^[A-Za-z0-9_-]+$/.test(value)
  );
}
