"use client";

import { useEffect, useState } from "react";
import type EssayEditorSurface from "./essay-editor-surface";
import type { EditorHandle } from "./essay-editor-surface";

// The editor (TipTap and ProseMirror, most of the writing page's JavaScript) is imported after the
// page's first frame, so the essay the server drew paints first. `handle` arrives once the editor
// exists (the surface calls onReady).
export function useLazyEditor() {
  const [Surface, setSurface] = useState<typeof EssayEditorSurface | null>(null);
  const [failed, setFailed] = useState(false);
  const [handle, setHandle] = useState<EditorHandle | null>(null);
  // A state setter: the same function on every render, so the surface's effect runs once.
  const onReady = setHandle as (ready: EditorHandle) => void;
  useEffect(() => {
    let live = true;
    const frame = requestAnimationFrame(() =>
      import("./essay-editor-surface").then(
        (module) => live && setSurface(() => module.default),
        () => live && setFailed(true),
      ),
    );
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, []);
  return { Surface, failed, handle, onReady };
}
