import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

// The last draft's comments, highlighted on the words they were made on in the new draft. The
// highlights move with the words as the student writes; a comment whose words are deleted loses
// its highlight and moves to the tray beside the editor.
export const carriedCommentsKey = new PluginKey<DecorationSet>("carriedComments");

export type CarriedAnchor = { id: string; from: number; to: number };

export function carriedComments(anchors: CarriedAnchor[]) {
  return Extension.create({
    name: "carriedComments",
    addProseMirrorPlugins() {
      return [
        new Plugin<DecorationSet>({
          key: carriedCommentsKey,
          state: {
            init: (_config, state) =>
              DecorationSet.create(
                state.doc,
                anchors
                  .filter(
                    (anchor) => anchor.from >= 0 && anchor.to <= state.doc.content.size && anchor.from < anchor.to,
                  )
                  .map((anchor) =>
                    Decoration.inline(
                      anchor.from,
                      anchor.to,
                      { class: "carried-comment", "data-carried-comment": anchor.id },
                      { commentId: anchor.id },
                    ),
                  ),
              ),
            apply: (transaction, decorations) => decorations.map(transaction.mapping, transaction.doc),
          },
          props: { decorations: (state) => carriedCommentsKey.getState(state) },
        }),
      ];
    },
  });
}

// Where each carried comment sits now, in reading order.
export function carriedPositions(state: EditorState): CarriedAnchor[] {
  const found = new Map<string, CarriedAnchor>();
  for (const decoration of carriedCommentsKey.getState(state)?.find() ?? []) {
    const id = (decoration.spec as { commentId: string }).commentId;
    const seen = found.get(id);
    found.set(id, {
      id,
      from: Math.min(seen?.from ?? decoration.from, decoration.from),
      to: Math.max(seen?.to ?? decoration.to, decoration.to),
    });
  }
  return [...found.values()].sort((a, b) => a.from - b.from);
}
