"use client";

import { useRef, useState, type ReactNode } from "react";
import type { CommentThread } from "@/lib/marking/views";
import { CommentThreadCard, type Viewer } from "./comment-thread";
import { commentIdAt, showHighlight, useMarginLayout } from "./use-margin-layout";

// The essay with its comments in the margin beside their highlights. Clicking a highlight shows
// its comment and clicking a comment shows its highlight. Comments whose words are gone follow.
// marginTop: shown first in the margin, above the comments (the marker's comment box).
export function AnnotatedLayout({
  threads,
  viewer,
  children,
  marginTop,
}: {
  threads: CommentThread[];
  viewer: Viewer;
  children: ReactNode;
  marginTop?: ReactNode;
}) {
  const essay = useRef<HTMLDivElement>(null);
  const margin = useRef<HTMLElement>(null);
  const [active, setActive] = useState<string | null>(null);
  const anchored = threads.filter((thread) => thread.anchored);
  const orphaned = threads.filter((thread) => !thread.anchored);
  useMarginLayout(
    essay,
    margin,
    threads.map((thread) => `${thread.id}:${thread.replies.length}:${thread.actedOn}:${thread.resolved}`).join(),
  );

  const activate = (id: string | null, from: "essay" | "margin") => {
    setActive(id);
    showHighlight(essay.current, id);
    if (id && from === "essay")
      margin.current
        ?.querySelector<HTMLElement>(`[data-thread-id="${CSS.escape(id)}"]`)
        ?.scrollIntoView({ block: "nearest" });
    if (id && from === "margin")
      essay.current?.querySelector(`mark[data-comment-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: "nearest" });
  };
  const numbered = new Map(threads.map((thread, index) => [thread.id, index + 1]));
  const card = (thread: CommentThread) => (
    <CommentThreadCard
      key={thread.id}
      thread={thread}
      viewer={viewer}
      number={numbered.get(thread.id)!}
      active={active === thread.id}
      onActivate={(id) => activate(id, "margin")}
    />
  );

  return (
    <div className="annotated">
      <div ref={essay} className="annotated-essay" onClick={(event) => activate(commentIdAt(event.target), "essay")}>
        {children}
      </div>
      <aside ref={margin} className="comment-margin" aria-label="Comments">
        {marginTop}
        {threads.length === 0 && !marginTop && (
          <p className="muted margin-empty">
            {viewer.role === "TEACHER"
              ? "No comments yet. Select words in the essay and your comment appears here, level with them."
              : "Your teacher made no comments on the text of this essay."}
          </p>
        )}
        {anchored.map(card)}
      </aside>
      {orphaned.length > 0 && (
        <section className="orphaned-comments" aria-label="Comments on words no longer in the essay">
          {orphaned.map(card)}
        </section>
      )}
    </div>
  );
}
