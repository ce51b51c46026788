// Work that can wait for a gap between key presses (the live word count, the browser backup), so
// it never delays the frame that shows the character just typed. It runs no sooner than `after`
// ms from now — so continuous typing runs it at most that often, not in every gap between keys —
// and then in the browser's next idle period, or by `within` ms more at the latest.
export function whenIdle(work: () => void, { after, within }: { after: number; within: number }): () => void {
  let idleHandle: number | undefined;
  const timer = setTimeout(() => {
    if (typeof window.requestIdleCallback === "function")
      idleHandle = window.requestIdleCallback(work, { timeout: within });
    else work();
  }, after);
  return () => {
    clearTimeout(timer);
    if (idleHandle !== undefined) window.cancelIdleCallback(idleHandle);
  };
}
