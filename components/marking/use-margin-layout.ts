"use client";

import { useLayoutEffect, type RefObject } from "react";

const GAP = 8;
const WIDE = "(min-width: 60rem)";

// Puts each comment card beside its highlight, pushed down just enough not to overlap the card
// above. On narrow screens the cards simply follow the essay in reading order.
export function useMarginLayout(
  essay: RefObject<HTMLElement | null>,
  margin: RefObject<HTMLElement | null>,
  layoutKey: string,
) {
  useLayoutEffect(() => {
    const essayElement = essay.current;
    const marginElement = margin.current;
    if (!essayElement || !marginElement) return;
    const place = () => {
      const cards = Array.from(marginElement.querySelectorAll<HTMLElement>("[data-thread-id][data-anchored='true']"));
      if (!window.matchMedia(WIDE).matches) {
        for (const card of cards) card.style.removeProperty("top");
        marginElement.style.removeProperty("min-height");
        return;
      }
      const origin = marginElement.getBoundingClientRect().top;
      let bottom = 0;
      for (const card of cards) {
        const highlight = essayElement.querySelector(
          `mark[data-comment-id="${CSS.escape(card.dataset.threadId ?? "")}"]`,
        );
        const wanted = highlight ? highlight.getBoundingClientRect().top - origin : bottom;
        const top = Math.max(wanted, bottom);
        card.style.top = `${top}px`;
        bottom = top + card.offsetHeight + GAP;
      }
      marginElement.style.minHeight = `${bottom}px`;
    };
    place();
    const observer = new ResizeObserver(place);
    observer.observe(essayElement);
    for (const card of marginElement.querySelectorAll("[data-thread-id]")) observer.observe(card);
    return () => observer.disconnect();
  }, [essay, margin, layoutKey]);
}

// Clicking a highlight shows its comment; the comment's card then shows its highlight.
export function commentIdAt(target: EventTarget | null): string | null {
  const element = target instanceof Element ? target.closest("mark[data-comment-id]") : null;
  return element?.getAttribute("data-comment-id") ?? null;
}

export function showHighlight(essay: HTMLElement | null, commentId: string | null) {
  if (!essay) return;
  for (const element of essay.querySelectorAll("mark.comment-highlight.active")) element.classList.remove("active");
  if (!commentId) return;
  for (const element of essay.querySelectorAll(`mark[data-comment-id="${CSS.escape(commentId)}"]`))
    element.classList.add("active");
}
