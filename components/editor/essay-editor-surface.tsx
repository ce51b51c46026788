"use client";

import { Placeholder } from "@tiptap/extensions";
import { EditorContent, useEditor, type Editor, type UseEditorOptions } from "@tiptap/react";
import { useEffect, useState, type ReactNode } from "react";
import { essayExtensions } from "@/lib/editor/extensions";
import { carriedComments, carriedPositions, type CarriedAnchor } from "./carried-comments";
import { Toolbar } from "./toolbar";

// The editor itself (TipTap and ProseMirror, the toolbar), loaded by the writing page after its
// first paint: until then the page shows the essay as the server drew it (`fallback`).
export type EditorHandle = { editor: Editor; carriedPositions: () => CarriedAnchor[] };

export type SurfaceOptions = Omit<UseEditorOptions, "extensions" | "immediatelyRender">;

type Props = {
  options: SurfaceOptions;
  placeholder: string;
  // A redraft's carried comments, placed on this draft's words; null when there are none.
  carried: CarriedAnchor[] | null;
  disabled: boolean;
  fallback: ReactNode;
  onReady: (handle: EditorHandle) => void;
  // The carried comments still on the page, in reading order, after each change.
  onPlaced: (ids: string[]) => void;
};

export default function EssayEditorSurface({
  options,
  placeholder,
  carried,
  disabled,
  fallback,
  onReady,
  onPlaced,
}: Props) {
  const [extensions] = useState(() => [
    ...essayExtensions,
    Placeholder.configure({ placeholder }),
    ...(carried ? [carriedComments(carried)] : []),
  ]);
  const editor = useEditor({
    ...options,
    extensions,
    immediatelyRender: false,
    onTransaction: (event) => {
      if (carried && (event.transaction.docChanged || event.appendedTransactions.length))
        onPlaced(carriedPositions(event.editor.state).map((anchor) => anchor.id));
      options.onTransaction?.(event);
    },
  });
  useEffect(() => {
    if (editor) onReady({ editor, carriedPositions: () => carriedPositions(editor.state) });
  }, [editor, onReady]);
  if (!editor) return fallback;
  return (
    <>
      <Toolbar editor={editor} disabled={disabled} />
      <EditorContent editor={editor} className="essay-editor-frame" />
    </>
  );
}
