"use client";

import { useRef, useState } from "react";
import type { ActionResult } from "@/lib/server-actions/action-result";
import { useToast } from "./toasts";

// A removal the person can take back: the item (the closest [data-removable] around the button)
// disappears at once and a toast offers Undo for six seconds; only then is the server asked. If
// the server refuses, the item comes back with the reason. Nothing is removed until then, so Undo
// needs no way back on the server (re-enrolling a student, say, would need their consent).
export function useUndoableRemoval<T>(
  remove: () => Promise<ActionResult<T>>,
  { message, onRemoved }: { message: string; onRemoved?: (data: T) => void },
) {
  const toast = useToast();
  const trigger = useRef<HTMLButtonElement>(null);
  const [waiting, setWaiting] = useState(false);

  function start() {
    const item = trigger.current?.closest<HTMLElement>("[data-removable]") ?? null;
    const putBack = () => {
      if (item) item.hidden = false;
      setWaiting(false);
    };
    if (item) item.hidden = true;
    setWaiting(true);
    toast({
      message,
      undo: putBack,
      onExpire: () => {
        void remove()
          .catch((): ActionResult<T> => ({
            ok: false,
            status: 500,
            error: "The request did not reach the server, so nothing was removed. Check your connection and try again.",
          }))
          .then((result) => {
            if (result.ok) return onRemoved?.(result.data);
            putBack();
            toast({ message: result.error, tone: "problem" });
          });
      },
    });
  }

  return { trigger, start, waiting };
}
