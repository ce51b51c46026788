"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { CommentThreadCard, type Viewer } from "@/components/marking/comment-thread";
import { commentOnHighlight } from "@/lib/sources/actions";
import type { CommentThread } from "@/lib/marking/views";
import { MARGIN_CODES, marginCodeOf } from "@/lib/marking/rules/codes";

// The teacher's comments on one of the student's highlights, as threads like those on the essay's
// words (the student replies and ticks "acted on"; the teacher replies, resolves, deletes), and
// for the teacher a form to add one. `firstNumber` continues the page's comment numbering.
export function HighlightComments({
  highlightId,
  threads,
  viewer,
  firstNumber,
}: {
  highlightId: string;
  threads: CommentThread[];
  viewer: Viewer;
  firstNumber: number;
}) {
  const router = useRouter();
  const [body, setBody] = useState("");
  const [code, setCode] = useState("");
  const form = useActionForm(commentOnHighlight, () => {
    setBody("");
    setCode("");
    router.refresh();
  });
  return (
    <div className="highlight-comments">
      {threads.map((thread, index) => (
        <CommentThreadCard
          key={thread.id}
          thread={thread}
          viewer={viewer}
          number={firstNumber + index}
          active={false}
          onActivate={() => {}}
        />
      ))}
      {viewer.role === "TEACHER" && (
        <form
          className="inline-form"
          aria-label="Comment on this highlight"
          onSubmit={form.onSubmit(() => ({ highlightId, body, code: marginCodeOf(code) }))}
        >
          <select aria-label="Margin code" value={code} onChange={(event) => setCode(event.target.value)}>
            <option value="">No code</option>
            {MARGIN_CODES.map((item) => (
              <option key={item.code} value={item.code}>
                {item.code}: {item.meaning}
              </option>
            ))}
          </select>
          <input
            aria-label="Comment on this highlight"
            value={body}
            onChange={(event) => setBody(event.target.value)}
            maxLength={2000}
            placeholder="Comment on this highlight"
          />
          <button type="submit" className="small" disabled={form.pending}>
            Comment
          </button>
          <FormError message={form.error} />
        </form>
      )}
    </div>
  );
}
