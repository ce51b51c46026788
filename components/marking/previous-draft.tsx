import { DiffView } from "@/components/essays/diff-view";
import { diffEssays } from "@/lib/essays/diff";
import type { CarriedFeedback } from "@/lib/marking/views";
import { OverallFeedback } from "@/components/marking/overall-feedback";

// Marking a redraft: the last draft's mark, feedback and comments (with whether their words are
// still in this draft), and what changed between the two.
export function PreviousDraft({ feedback, plainText }: { feedback: CarriedFeedback; plainText: string }) {
  const diff = diffEssays(feedback.plainText, plainText);
  return (
    <details className="previous-draft" open>
      <summary>
        Draft {feedback.draft}: {feedback.level !== null ? `Level ${feedback.level}, ` : ""}
        {feedback.mark !== null ? `${feedback.mark}/${feedback.totalMarks}` : "no mark"}
      </summary>
      <OverallFeedback wentWell={feedback.wentWell} evenBetterIf={feedback.evenBetterIf} />
      {feedback.comments.length > 0 && (
        <>
          <h3>Comments on draft {feedback.draft}</h3>
          <ol className="carried-list">
            {feedback.comments.map((comment) => (
              <li key={comment.id}>
                <p className={comment.anchor ? undefined : "quoted-gone"}>“{comment.quotedText}”</p>
                <p>
                  {comment.code && <span className="code-badge">{comment.code}</span>} {comment.body}{" "}
                  <span className="meta">
                    {comment.anchor
                      ? "(those words are still in this draft)"
                      : "(those words are gone from this draft)"}
                  </span>
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
      <h3>What changed since draft {feedback.draft}</h3>
      <DiffView diff={diff} label={`Changes from draft ${feedback.draft} to this draft`} />
    </details>
  );
}
