import { Fragment, type ReactNode } from "react";
import { isAllowedLink } from "@/lib/editor/links";
import { quotationLabel } from "@/lib/editor/quotation-label";

// Renders a saved essay from its JSON, node by node, as React elements: no stored HTML is ever
// trusted or injected. Unknown nodes (which validation keeps out) render as nothing.
type JsonNode = { type?: unknown; attrs?: Record<string, unknown>; content?: unknown; text?: unknown; marks?: unknown };

// commentNumbers, for print: each comment's number follows the end of its highlight.
type Render = { commentNumbers?: Map<string, number>; lastNodeOf: Map<string, JsonNode> };

export function EssayDocumentView({
  document,
  label = "Essay",
  commentNumbers,
}: {
  document: unknown;
  label?: string;
  commentNumbers?: Map<string, number>;
}) {
  const render: Render = {
    commentNumbers,
    lastNodeOf: commentNumbers ? lastNodeOfEachComment(document as JsonNode) : new Map(),
  };
  return (
    <article className="essay-document" aria-label={label}>
      {renderChildren(document as JsonNode, render)}
    </article>
  );
}

// The essay's paragraphs alone, for a frame that is not an <article> (the writing page shows them
// where the editor will be, so the essay paints before the editor has loaded).
export function EssayDocumentContent({ document }: { document: unknown }) {
  return <>{renderChildren(document as JsonNode, { lastNodeOf: new Map() })}</>;
}

function lastNodeOfEachComment(node: JsonNode, found = new Map<string, JsonNode>()) {
  if (Array.isArray(node.marks))
    for (const mark of node.marks as JsonNode[]) if (mark.type === "comment") found.set(String(mark.attrs?.id), node);
  if (Array.isArray(node.content)) for (const child of node.content as JsonNode[]) lastNodeOfEachComment(child, found);
  return found;
}

function renderChildren(node: JsonNode, render: Render): ReactNode {
  if (!Array.isArray(node.content)) return null;
  return node.content.map((child: JsonNode, index: number) => (
    <Fragment key={index}>{renderNode(child, render)}</Fragment>
  ));
}

function renderNode(node: JsonNode, render: Render): ReactNode {
  switch (node.type) {
    case "paragraph":
      return <p>{renderChildren(node, render)}</p>;
    case "heading":
      return node.attrs?.level === 3 ? (
        <h4>{renderChildren(node, render)}</h4>
      ) : (
        <h3>{renderChildren(node, render)}</h3>
      );
    case "bulletList":
      return <ul>{renderChildren(node, render)}</ul>;
    case "orderedList":
      return (
        <ol start={typeof node.attrs?.start === "number" ? node.attrs.start : undefined}>
          {renderChildren(node, render)}
        </ol>
      );
    case "listItem":
      return <li>{renderChildren(node, render)}</li>;
    case "blockquote":
      return <blockquote>{renderChildren(node, render)}</blockquote>;
    case "hardBreak":
      return <br />;
    case "quotation": {
      const text = String(node.attrs?.text ?? "");
      const attribution = String(node.attrs?.attribution ?? "");
      return (
        <span className="essay-quotation" data-quotation-id={String(node.attrs?.quotationId ?? "")}>
          {quotationLabel({ text, attribution })}
        </span>
      );
    }
    case "text": {
      const marks = Array.isArray(node.marks) ? (node.marks as JsonNode[]) : [];
      const numbers = marks
        .flatMap((mark) =>
          mark.type === "comment" && render.lastNodeOf.get(String(mark.attrs?.id)) === node
            ? [render.commentNumbers?.get(String(mark.attrs?.id))]
            : [],
        )
        .filter((n) => n !== undefined);
      return (
        <>
          {renderMarks(String(node.text ?? ""), marks)}
          {numbers.map((number) => (
            <sup key={number} className="comment-ref">
              [{number}]
            </sup>
          ))}
        </>
      );
    }
    default:
      return null;
  }
}

function renderMarks(text: string, marks: JsonNode[]): ReactNode {
  return marks.reduce<ReactNode>((inner, mark) => {
    switch (mark.type) {
      case "bold":
        return <strong>{inner}</strong>;
      case "italic":
        return <em>{inner}</em>;
      case "link":
        return isAllowedLink(mark.attrs?.href) ? (
          <a href={mark.attrs.href} rel="noopener noreferrer nofollow" target="_blank">
            {inner}
          </a>
        ) : (
          inner
        );
      case "comment":
        // A teacher's comment highlight; the margin beside the essay lists the comment itself.
        return (
          <mark className="comment-highlight" data-comment-id={String(mark.attrs?.id ?? "")}>
            {inner}
          </mark>
        );
      case "evidence":
        return (
          <a
            className="essay-evidence"
            href={`/library/evidence/${encodeURIComponent(String(mark.attrs?.slug ?? ""))}`}
            title="From an evidence card"
          >
            {inner}
          </a>
        );
      default:
        return inner;
    }
  }, text);
}
