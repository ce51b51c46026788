import { Mark } from "@tiptap/core";

// A teacher's comment anchored in the essay, modelled on Outline's: the mark carries only the
// comment's id (the Comment row shares it). `excludes: ""` lets comments overlap, and it is not
// inclusive, so text typed at its edge is never pulled into the highlight.
export const CommentMark = Mark.create({
  name: "comment",
  excludes: "",
  inclusive: false,

  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-comment-id"),
        renderHTML: (attributes) => ({ "data-comment-id": attributes.id }),
      },
    };
  },

  parseHTML() {
    return [{ tag: "mark[data-comment-id]" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["mark", { ...HTMLAttributes, class: "comment-highlight" }, 0];
  },
});
