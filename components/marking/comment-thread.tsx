"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { Trash2 } from "lucide-react";
import { useUndoableRemoval } from "@/components/feedback/use-undoable-removal";
import type { ActionResult } from "@/lib/server-actions/action-result";
import {
  deleteComment,
  markCommentActedOn,
  replyToComment,
  resolveComment,
  saveCommentToBank,
} from "@/lib/marking/actions";
import { codeMeaning } from "@/lib/marking/rules/codes";
import type { CommentThread } from "@/lib/marking/views";

export type Viewer = { id: string; role: "TEACHER" | "STUDENT" };

// One comment with its replies, as the teacher or the student sees it in the margin. Bodies are
// rendered as text, never as HTML.
export function CommentThreadCard({
  thread,
  viewer,
  number,
  active,
  onActivate,
}: {
  thread: CommentThread;
  viewer: Viewer;
  number: number;
  active: boolean;
  onActivate: (id: string) => void;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const [reply, setReply] = useState("");
  // Ticked at once; put back if the server refuses.
  const [actedOn, setActedOn] = useState(thread.actedOn);
  useEffect(() => setActedOn(thread.actedOn), [thread.actedOn]);
  const run = (action: () => Promise<ActionResult<unknown>>, after?: () => void, undo?: () => void) =>
    startTransition(async () => {
      const result = await action();
      if (!result.ok) {
        undo?.();
        return setError(result.error);
      }
      setError(undefined);
      after?.();
      router.refresh();
    });
  const teacher = viewer.role === "TEACHER";
  const removal = useUndoableRemoval(() => deleteComment({ commentId: thread.id }), {
    message: `Comment ${number} deleted.`,
    onRemoved: () => router.refresh(),
  });
  const headingId = `thread-${thread.id}-heading`;

  return (
    <article
      className={`comment-thread${active ? " active" : ""}${thread.resolved ? " resolved" : ""}`}
      data-thread-id={thread.id}
      data-removable
      data-anchored={thread.anchored}
      aria-labelledby={headingId}
      onClick={() => onActivate(thread.id)}
      onFocus={() => onActivate(thread.id)}
    >
      <h3 id={headingId} className="comment-heading">
        <span className="comment-number">{number}</span>
        {thread.code && (
          <abbr className="code-badge" title={codeMeaning(thread.code) ?? undefined} data-code={thread.code}>
            {thread.code}
          </abbr>
        )}
        <span className="visually-hidden">Comment {number} by </span>
        {thread.author.name}
      </h3>
      {!thread.anchored && (
        <p className="comment-orphan">
          On words no longer in the essay: <q>{thread.quotedText}</q>
        </p>
      )}
      <p className="comment-body">{thread.body}</p>
      {thread.links && (
        <p className="comment-links">
          {thread.links.objective && <span className="badge">{thread.links.objective}</span>}{" "}
          {thread.links.level && <span className="badge">Level {thread.links.level}</span>}{" "}
          {thread.links.resource && (
            <Link href={thread.links.resource.href} onClick={(event) => event.stopPropagation()}>
              Re-teach: {thread.links.resource.label}
            </Link>
          )}
        </p>
      )}
      {(thread.actedOn || thread.resolved) && (
        <p className="comment-state">
          {thread.actedOn && <span className="badge">Acted on</span>}{" "}
          {thread.resolved && <span className="badge">Resolved</span>}
        </p>
      )}
      {thread.replies.length > 0 && (
        <ol className="comment-replies" aria-label={`Replies to comment ${number}`}>
          {thread.replies.map((item) => (
            <li key={item.id}>
              <strong>{item.author.name}</strong>
              <p className="comment-body">{item.body}</p>
              {teacher && item.author.id === viewer.id && (
                <button
                  type="button"
                  className="link-like"
                  disabled={pending}
                  onClick={() => run(() => deleteComment({ commentId: item.id }))}
                >
                  Delete reply
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <form
        className="comment-reply"
        onSubmit={(event) => {
          event.preventDefault();
          run(
            () => replyToComment({ commentId: thread.id, body: reply }),
            () => setReply(""),
          );
        }}
      >
        <label htmlFor={`reply-${thread.id}`} className="visually-hidden">
          Reply to comment {number}
        </label>
        <textarea
          id={`reply-${thread.id}`}
          rows={2}
          value={reply}
          placeholder="Reply…"
          onChange={(event) => setReply(event.target.value)}
          maxLength={2000}
        />
        <button type="submit" disabled={pending || !reply.trim()}>
          Reply<span className="visually-hidden"> to comment {number}</span>
        </button>
      </form>
      <div className="comment-actions">
        {teacher ? (
          <>
            <button
              type="button"
              disabled={pending}
              onClick={() => run(() => resolveComment({ commentId: thread.id, resolved: !thread.resolved }))}
            >
              {thread.resolved ? "Reopen" : "Resolve"}
              <span className="visually-hidden"> comment {number}</span>
            </button>
            {!thread.bankItemId && (
              <button
                type="button"
                disabled={pending}
                onClick={() => run(() => saveCommentToBank({ commentId: thread.id, shortcut: null }))}
              >
                Save to bank<span className="visually-hidden"> (comment {number})</span>
              </button>
            )}
            <button
              type="button"
              ref={removal.trigger}
              className="danger-quiet"
              disabled={pending || removal.waiting}
              onClick={removal.start}
            >
              <Trash2 aria-hidden="true" className="icon" size={14} /> Delete
              <span className="visually-hidden"> comment {number}</span>
            </button>
          </>
        ) : (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={actedOn}
              disabled={pending}
              onChange={(event) => {
                const checked = event.target.checked;
                setActedOn(checked);
                run(
                  () => markCommentActedOn({ commentId: thread.id, actedOn: checked }),
                  undefined,
                  () => setActedOn(!checked),
                );
              }}
            />
            I have acted on comment {number}
          </label>
        )}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </article>
  );
}
