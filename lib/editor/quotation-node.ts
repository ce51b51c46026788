import { mergeAttributes, Node } from "@tiptap/core";

// A historian's or contemporary's exact words, carried whole: the library id, the wording and a
// short attribution. An atom, so its words cannot be edited inside the essay; the server checks
// the wording against the library on every save.
export type QuotationAttributes = { quotationId: string; text: string; attribution: string };

export function quotationLabel({ text, attribution }: Pick<QuotationAttributes, "text" | "attribution">) {
  return `“${text}” — ${attribution}`;
}

export const QuotationNode = Node.create({
  name: "quotation",
  group: "inline",
  inline: true,
  atom: true,
  selectable: true,
  draggable: true,

  addAttributes() {
    return {
      quotationId: { default: null, parseHTML: (element) => element.getAttribute("data-quotation-id"), renderHTML: (attributes) => ({ "data-quotation-id": attributes.quotationId }) },
      text: { default: null, parseHTML: (element) => element.getAttribute("data-text"), renderHTML: (attributes) => ({ "data-text": attributes.text }) },
      attribution: { default: null, parseHTML: (element) => element.getAttribute("data-attribution"), renderHTML: (attributes) => ({ "data-attribution": attributes.attribution }) },
    };
  },

  parseHTML() {
    return [{ tag: "span[data-quotation-id]" }];
  },

  renderHTML({ node, HTMLAttributes }) {
    return ["span", mergeAttributes({ class: "essay-quotation", "data-type": "quotation" }, HTMLAttributes), quotationLabel(node.attrs as QuotationAttributes)];
  },

  renderText({ node }) {
    return quotationLabel(node.attrs as QuotationAttributes);
  },
});
