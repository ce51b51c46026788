import type { JSONContent } from "@tiptap/core";

// What goes into an essay from the library, the extracts pane or a demo: a quotation node with the
// exact wording and its attribution (and, for a passage of an extract, where it came from), or an
// evidence card's fact marked with a link to the card.
export type Insertable =
  | {
      type: "quotation";
      quotationId: string;
      text: string;
      attribution: string;
      sourceId?: string;
      passageStart?: number;
    }
  | { type: "evidence"; evidenceId: string; slug: string; text: string };

// The editor content for an item, built in one place for the sidebar, the extracts pane, the demo
// essays and the benchmarks, so that what the server checks on save is what all of them insert.
export function insertableContent(item: Insertable): JSONContent[] {
  if (item.type === "quotation") {
    return [
      {
        type: "quotation",
        attrs: {
          quotationId: item.quotationId,
          text: item.text,
          attribution: item.attribution,
          sourceId: item.sourceId ?? null,
          passageStart: item.passageStart ?? null,
        },
      },
    ];
  }
  return [
    {
      type: "text",
      text: item.text,
      marks: [{ type: "evidence", attrs: { evidenceId: item.evidenceId, slug: item.slug } }],
    },
  ];
}
