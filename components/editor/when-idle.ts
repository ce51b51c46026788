// Work that can wait for a gap between key presses (the live word count, the browser backup), so
// it never delays the frame that shows the character just typed. `within` caps the wait.
export function whenIdle(work: () => void, within: number): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(work, { timeout: within });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, Math.min(within, 200));
  return () => clearTimeout(handle);
}
