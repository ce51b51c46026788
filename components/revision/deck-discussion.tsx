"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { useUndoableRemoval } from "@/components/feedback/use-undoable-removal";
import { FormError, SelectField, TextAreaField } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { formatDateTime } from "@/lib/format";
import { deleteDeckComment, postDeckComment } from "@/lib/revision/actions";
import { MAX_DECK_COMMENT } from "@/lib/revision/schema";

type Author = { id: string; name: string; role: string };
type Post = { id: string; body: string; createdAt: Date; author: Author; mayDelete: boolean };
type Thread = Post & { classId: string; className: string; isQuestion: boolean; answered: boolean; replies: Post[] };
export type Discussion = { classes: { id: string; name: string }[]; owner: boolean; threads: Thread[] };

// Questions and comments under a deck, each class's kept to that class and the deck's owner.
export function DeckDiscussion({
  deckId,
  discussion,
  isStudent,
}: {
  deckId: string;
  discussion: Discussion;
  isStudent: boolean;
}) {
  const showClass = discussion.owner || discussion.classes.length > 1;
  return (
    <section aria-labelledby="discussion-heading" className="deck-discussion">
      <h2 id="discussion-heading">Questions and comments</h2>
      <p className="hint">
        {discussion.owner
          ? "Your classes' questions and comments on this deck. Each class sees only its own thread, and you see them all."
          : "Ask your teacher about these cards, or comment for your class. Only your class and your teacher see this."}
      </p>
      {discussion.threads.length === 0 ? (
        <p className="muted">No questions or comments yet.</p>
      ) : (
        <ol className="discussion-threads" aria-label="Questions and comments">
          {discussion.threads.map((thread) => (
            <li key={thread.id} data-removable>
              <article
                className="discussion-thread"
                aria-label={`${thread.isQuestion ? "Question" : "Comment"} from ${thread.author.name}`}
              >
                <PostBody
                  post={thread}
                  className={showClass ? thread.className : null}
                  badge={
                    thread.isQuestion
                      ? thread.answered
                        ? "Question · answered"
                        : "Question · waiting for an answer"
                      : null
                  }
                />
                {thread.replies.length > 0 && (
                  <ol className="discussion-replies" aria-label={`Replies to ${thread.author.name}`}>
                    {thread.replies.map((reply) => (
                      <li key={reply.id} data-removable>
                        <PostBody post={reply} className={null} badge={null} />
                      </li>
                    ))}
                  </ol>
                )}
                <ReplyForm deckId={deckId} classId={thread.classId} parentId={thread.id} to={thread.author.name} />
              </article>
            </li>
          ))}
        </ol>
      )}
      <NewPostForm deckId={deckId} classes={discussion.classes} isStudent={isStudent} />
    </section>
  );
}

function PostBody({ post, className, badge }: { post: Post; className: string | null; badge: string | null }) {
  const router = useRouter();
  const removal = useUndoableRemoval(() => deleteDeckComment({ commentId: post.id }), {
    message: `Deleted: ${post.body.slice(0, 60)}`,
    onRemoved: () => router.refresh(),
  });
  return (
    <div className="discussion-post">
      <div className="discussion-head">
        <p className="meta">
          <strong>{post.author.name}</strong>
          {post.author.role === "TEACHER" && <span className="badge">Teacher</span>}
          {className && ` · ${className}`} ·{" "}
          <time dateTime={new Date(post.createdAt).toISOString()}>{formatDateTime(new Date(post.createdAt))}</time>
          {badge && <span className="badge">{badge}</span>}
        </p>
        {post.mayDelete && (
          <button
            type="button"
            ref={removal.trigger}
            className="danger-quiet small"
            disabled={removal.waiting}
            aria-label={`Delete post by ${post.author.name}: ${post.body.slice(0, 40)}`}
            onClick={removal.start}
          >
            Delete
          </button>
        )}
      </div>
      <p className="discussion-body">{post.body}</p>
    </div>
  );
}

// A reply opens from its button, so a long discussion stays readable.
function ReplyForm({
  deckId,
  classId,
  parentId,
  to,
}: {
  deckId: string;
  classId: string;
  parentId: string;
  to: string;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const form = useActionForm(postDeckComment, () => {
    setOpen(false);
    router.refresh();
  });
  const id = useId();
  if (!open) {
    return (
      <p>
        <button type="button" className="small" aria-label={`Reply to ${to}`} onClick={() => setOpen(true)}>
          Reply
        </button>
      </p>
    );
  }
  return (
    <form
      className="discussion-reply"
      aria-label={`Reply to ${to}`}
      onSubmit={form.onSubmit((data) => ({ deckId, classId, parentId, body: formText(data, "body") }))}
    >
      <TextAreaField
        id={`${id}-body`}
        label="Your reply"
        name="body"
        rows={2}
        maxLength={MAX_DECK_COMMENT}
        required
        autoFocus
        error={form.fieldErrors.body}
      />
      <FormError message={form.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={form.pending}>
          {form.pending ? "Posting…" : "Post reply"}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function NewPostForm({
  deckId,
  classes,
  isStudent,
}: {
  deckId: string;
  classes: { id: string; name: string }[];
  isStudent: boolean;
}) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useActionForm(postDeckComment, () => {
    formRef.current?.reset();
    router.refresh();
  });
  const id = useId();
  return (
    <form
      ref={formRef}
      className="discussion-new"
      aria-label={isStudent ? "Ask or comment" : "Comment to a class"}
      onSubmit={form.onSubmit((data) => ({
        deckId,
        classId: formText(data, "classId") || classes[0]!.id,
        body: formText(data, "body"),
        isQuestion: data.get("isQuestion") === "on",
      }))}
    >
      {classes.length > 1 && (
        <SelectField
          id={`${id}-class`}
          label="Class"
          name="classId"
          options={classes.map((item) => ({ value: item.id, label: item.name }))}
          error={form.fieldErrors.classId}
        />
      )}
      <TextAreaField
        id={`${id}-body`}
        label={isStudent ? "Your question or comment" : "Your comment"}
        name="body"
        rows={3}
        maxLength={MAX_DECK_COMMENT}
        required
        error={form.fieldErrors.body}
      />
      {isStudent && (
        <label className="checkbox">
          <input type="checkbox" name="isQuestion" defaultChecked /> This is a question for my teacher
        </label>
      )}
      <FormError message={form.error} />
      <button type="submit" className="primary" disabled={form.pending}>
        {form.pending ? "Posting…" : "Post"}
      </button>
    </form>
  );
}
