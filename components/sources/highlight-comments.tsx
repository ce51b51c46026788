"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { commentOnHighlight } from "@/lib/actions/sources";
import type { HighlightComment } from "@/lib/data/marking/read";
import { MARGIN_CODES } from "@/lib/marking/codes";

// The teacher's comments on one of the student's highlights, and (for the teacher) a form to add one.
export function HighlightComments({ highlightId, comments, canComment }: { highlightId: string; comments: HighlightComment[]; canComment: boolean }) {
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
      {comments.length > 0 && (
        <ul aria-label="Comments on this highlight">
          {comments.map((comment) => (
            <li key={comment.id}>
              {comment.code && <span className="badge">{comment.code}</span>} {comment.body} <span className="meta">— {comment.author}</span>
            </li>
          ))}
        </ul>
      )}
      {canComment && (
        <form className="inline-form" aria-label="Comment on this highlight" onSubmit={form.onSubmit(() => ({ highlightId, body, code: code || null }))}>
          <select aria-label="Margin code" value={code} onChange={(event) => setCode(event.target.value)}>
            <option value="">No code</option>
            {MARGIN_CODES.map((item) => (
              <option key={item.code} value={item.code}>
                {item.code}: {item.meaning}
              </option>
            ))}
          </select>
          <input aria-label="Comment on this highlight" value={body} onChange={(event) => setBody(event.target.value)} maxLength={2000} placeholder="Comment on this highlight" />
          <button type="submit" className="small" disabled={form.pending}>
            Comment
          </button>
          <FormError message={form.error} />
        </form>
      )}
    </div>
  );
}
