"use client";

import type { CarriedFeedback } from "@/lib/marking/views";
import { OverallFeedback } from "@/components/marking/overall-feedback";

// placed: the comments whose words are still in the essay, in reading order.
type Props = { feedback: CarriedFeedback; placed: string[]; onShow: (commentId: string) => void };

// Beside a redraft: the last draft's mark and feedback, its comments on words still in the essay
// (each one shows its words), and a tray for those whose words are gone.
export function DraftFeedbackPanel({ feedback, placed: placedIds, onShow }: Props) {
  const byId = new Map(feedback.comments.map((comment) => [comment.id, comment]));
  const placed = placedIds.flatMap((id) => byId.get(id) ?? []);
  const present = new Set(placedIds);
  const tray = feedback.comments.filter((comment) => !present.has(comment.id));
  return (
    <section className="draft-feedback" aria-labelledby="draft-feedback-heading">
      <h2 id="draft-feedback-heading">Draft {feedback.draft} feedback</h2>
      {feedback.mark !== null && (
        <p className="draft-mark">
          {feedback.level !== null && `Level ${feedback.level} · `}
          {feedback.mark}/{feedback.totalMarks}
        </p>
      )}
      <OverallFeedback wentWell={feedback.wentWell} evenBetterIf={feedback.evenBetterIf} />
      <h3>Comments on your words ({placed.length})</h3>
      {placed.length === 0 ? (
        <p className="meta">None left in the essay.</p>
      ) : (
        <ol className="carried-list" aria-label="Comments on words still in your essay">
          {placed.map((comment) => (
            <li key={comment.id} data-carried={comment.id}>
              <button
                type="button"
                className="small quoted"
                onClick={() => onShow(comment.id)}
                aria-label={`Show the words: ${comment.quotedText}`}
              >
                “{comment.quotedText}”
              </button>
              <p>
                {comment.code && <span className="code-badge">{comment.code}</span>} {comment.body}
              </p>
            </li>
          ))}
        </ol>
      )}
      {tray.length > 0 && (
        <div className="comment-tray" role="region" aria-label="Comments whose words are gone">
          <h3>Comments whose words are gone ({tray.length})</h3>
          <p className="meta">
            You rewrote or removed the words these were made on. They are kept here so nothing is lost.
          </p>
          <ol className="carried-list">
            {tray.map((comment) => (
              <li key={comment.id} data-tray={comment.id}>
                <p className="quoted-gone">“{comment.quotedText}”</p>
                <p>
                  {comment.code && <span className="code-badge">{comment.code}</span>} {comment.body}
                </p>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
