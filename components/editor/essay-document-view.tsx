import { Fragment, type ReactNode } from "react";
import { isAllowedLink } from "@/lib/editor/links";
import { quotationLabel } from "@/lib/editor/quotation-node";

// Renders a saved essay from its JSON, node by node, as React elements: no stored HTML is ever
// trusted or injected. Unknown nodes (which validation keeps out) render as nothing.
type JsonNode = { type?: unknown; attrs?: Record<string, unknown>; content?: unknown; text?: unknown; marks?: unknown };

export function EssayDocumentView({ document, label = "Essay" }: { document: unknown; label?: string }) {
  return (
    <article className="essay-document" aria-label={label}>
      {renderChildren(document as JsonNode)}
    </article>
  );
}

function renderChildren(node: JsonNode): ReactNode {
  if (!Array.isArray(node.content)) return null;
  return node.content.map((child: JsonNode, index: number) => <Fragment key={index}>{renderNode(child)}</Fragment>);
}

function renderNode(node: JsonNode): ReactNode {
  switch (node.type) {
    case "paragraph":
      return <p>{renderChildren(node)}</p>;
    case "heading":
      return node.attrs?.level === 3 ? <h4>{renderChildren(node)}</h4> : <h3>{renderChildren(node)}</h3>;
    case "bulletList":
      return <ul>{renderChildren(node)}</ul>;
    case "orderedList":
      return <ol start={typeof node.attrs?.start === "number" ? node.attrs.start : undefined}>{renderChildren(node)}</ol>;
    case "listItem":
      return <li>{renderChildren(node)}</li>;
    case "blockquote":
      return <blockquote>{renderChildren(node)}</blockquote>;
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
    case "text":
      return renderMarks(String(node.text ?? ""), Array.isArray(node.marks) ? (node.marks as JsonNode[]) : []);
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
      case "evidence":
        return (
          <a className="essay-evidence" href={`/library/evidence/${encodeURIComponent(String(mark.attrs?.slug ?? ""))}`} title="From an evidence card">
            {inner}
          </a>
        );
      default:
        return inner;
    }
  }, text);
}
