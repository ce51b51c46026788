import { Mark, mergeAttributes } from "@tiptap/core";

// A fact from an evidence card, inserted as ordinary text that stays linked to its card. Not
// inclusive, so typing on after the fact does not extend the link.
export type EvidenceAttributes = { evidenceId: string; slug: string };

export const EvidenceMark = Mark.create({
  name: "evidence",
  inclusive: false,

  addAttributes() {
    return {
      evidenceId: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-evidence-id"),
        renderHTML: (attributes) => ({ "data-evidence-id": attributes.evidenceId }),
      },
      slug: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-evidence-slug"),
        renderHTML: (attributes) => ({ "data-evidence-slug": attributes.slug }),
      },
    };
  },

  parseHTML() {
    return [{ tag: "span[data-evidence-id]" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["span", mergeAttributes({ class: "essay-evidence", title: "From an evidence card" }, HTMLAttributes), 0];
  },
});
