import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";

export const ANCHOR_META = "commentAnchor";

// The teacher's copy of an essay is editable only so that words can be selected by mouse and by
// keyboard: every change to the document is refused except a comment highlight added by us.
export const ReadOnlyText = Extension.create({
  name: "readOnlyText",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("readOnlyText"),
        filterTransaction: (transaction) => !transaction.docChanged || transaction.getMeta(ANCHOR_META) === true,
      }),
    ];
  },
});
