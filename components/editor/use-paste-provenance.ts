"use client";

import type { EditorProps } from "@tiptap/pm/view";
import { useRef, type RefObject } from "react";
import type { Insertable } from "@/lib/editor/insertable";
import { sliceText } from "@/lib/essays/log-steps";
import { storableText } from "@/lib/text/storable";
import { INSERTABLE_MIME } from "./evidence-sidebar";

// Where pasted and dropped words came from, for the writing log: the student's own words copied
// or cut in the essay and put back count as moving them ("other"), anything else as pasted from
// outside; a library item dragged from the sidebar is inserted with its attribution. `refuse`
// says whether an outside paste is turned away (a closed-book essay), having told the student.
export function usePasteProvenance({
  refuse,
  insertRef,
}: {
  refuse: () => boolean;
  insertRef: RefObject<(item: Insertable, at?: number) => void>;
}) {
  const copied = useRef<string | null>(null);
  const kind = useRef<"pasted" | "other">("pasted");

  const editorProps: Pick<
    EditorProps,
    "transformPastedText" | "transformPastedHTML" | "handleDOMEvents" | "handlePaste" | "handleDrop"
  > = {
    // Text pasted or dropped from elsewhere can carry characters no essay can be saved with
    // (NUL, half an emoji): they are cleaned as they come in, as the server would clean them.
    transformPastedText: (text) => storableText(text),
    transformPastedHTML: (html) => storableText(html),
    handleDOMEvents: {
      copy: (view) => {
        copied.current = sliceText(view.state.selection.content());
        return false;
      },
      cut: (view) => {
        copied.current = sliceText(view.state.selection.content());
        return false;
      },
    },
    handlePaste: (_view, _event, slice) => {
      const text = sliceText(slice).trim();
      const ownWords = text.length > 0 && copied.current !== null && text === copied.current.trim();
      kind.current = ownWords ? "other" : "pasted";
      return !ownWords && refuse();
    },
    handleDrop: (view, event) => {
      const data = event.dataTransfer?.getData(INSERTABLE_MIME);
      if (!data) {
        // Dragging the essay's own words moves them; anything else dropped came from outside.
        kind.current = view.dragging ? "other" : "pasted";
        if (view.dragging || !refuse()) return false;
        event.preventDefault();
        return true;
      }
      event.preventDefault();
      const position = view.posAtCoords({ left: event.clientX, top: event.clientY });
      insertRef.current(JSON.parse(data) as Insertable, position?.pos);
      return true;
    },
  };

  // What the change being logged was, if it was a paste or drop; read once, then back to "pasted".
  function takeKind() {
    const taken = kind.current;
    kind.current = "pasted";
    return taken;
  }

  return { editorProps, takeKind };
}
