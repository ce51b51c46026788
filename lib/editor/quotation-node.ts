import { mergeAttributes, Node } from "@tiptap/core";
import { NodeSelection, Plugin, TextSelection } from "@tiptap/pm/state";

import { quotationLabel, type QuotationAttributes } from "./quotation-label";

export const QuotationNode = Node.create({
  name: "quotation",
  group: "inline",
  inline: true,
  atom: true,
  selectable: true,
  draggable: true,

  addAttributes() {
    return {
      quotationId: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-quotation-id"),
        renderHTML: (attributes) => ({ "data-quotation-id": attributes.quotationId }),
      },
      text: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-text"),
        renderHTML: (attributes) => ({ "data-text": attributes.text }),
      },
      attribution: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-attribution"),
        renderHTML: (attributes) => ({ "data-attribution": attributes.attribution }),
      },
      sourceId: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-source-id"),
        renderHTML: (attributes) => (attributes.sourceId ? { "data-source-id": attributes.sourceId } : {}),
      },
      passageStart: {
        default: null,
        parseHTML: (element) => {
          const value = element.getAttribute("data-passage-start");
          return value === null ? null : Number(value);
        },
        renderHTML: (attributes) =>
          attributes.passageStart === null || attributes.passageStart === undefined
            ? {}
            : { "data-passage-start": String(attributes.passageStart) },
      },
    };
  },

  parseHTML() {
    return [{ tag: "span[data-quotation-id]" }];
  },

  renderHTML({ node, HTMLAttributes }) {
    return [
      "span",
      mergeAttributes({ class: "essay-quotation", "data-type": "quotation" }, HTMLAttributes),
      quotationLabel(node.attrs as QuotationAttributes),
    ];
  },

  renderText({ node }) {
    return quotationLabel(node.attrs as QuotationAttributes);
  },

  // Backspace with the caret just after a quotation (or Delete just before one) first selects it,
  // outlined with a cue to press again; the second press removes it whole, in one step that undo
  // brings back. A long quotation is never lost to one stray key.
  addKeyboardShortcuts() {
    const selectNeighbour = (side: "before" | "after") => () => {
      const { state, view } = this.editor;
      if (!(state.selection instanceof TextSelection) || !state.selection.empty) return false;
      // Where the caret is as the browser has it: ProseMirror reads a caret just moved by the
      // arrow keys a moment later, and a quick Backspace must not act on the old place.
      const dom = view.dom.ownerDocument.getSelection();
      let at = state.selection.from;
      if (dom?.isCollapsed && dom.focusNode && view.dom.contains(dom.focusNode)) {
        try {
          at = view.posAtDOM(dom.focusNode, dom.focusOffset);
        } catch {
          return false;
        }
      }
      const $at = state.doc.resolve(at);
      const neighbour = side === "before" ? $at.nodeBefore : $at.nodeAfter;
      if (neighbour?.type.name !== this.name) return false;
      view.dispatch(
        state.tr
          .setSelection(NodeSelection.create(state.doc, side === "before" ? at - neighbour.nodeSize : at))
          .scrollIntoView(),
      );
      return true;
    };
    return { Backspace: selectNeighbour("before"), Delete: selectNeighbour("after") };
  },

  // Typing while a quotation is selected (clicked) goes on after it rather than replacing it;
  // Backspace or Delete still removes it, in one step that undo brings back.
  addProseMirrorPlugins() {
    return [
      new Plugin({
        props: {
          handleTextInput: (view, _from, _to, text) => {
            const { selection } = view.state;
            if (!(selection instanceof NodeSelection) || selection.node.type.name !== this.name) return false;
            const tr = view.state.tr.setSelection(TextSelection.create(view.state.doc, selection.to)).insertText(text);
            view.dispatch(tr.scrollIntoView());
            return true;
          },
        },
      }),
    ];
  },
});
