import Link from "next/link";
import { EssayDocumentView } from "@/components/editor/essay-document-view";
import type { MarkedEssay } from "@/lib/marking/store/read";
import type { CommentThread } from "@/lib/marking/views";
import { codeMeaning } from "@/lib/marking/rules/codes";
import { formatDateTime } from "@/lib/format";
import { FeedbackSummary } from "./feedback-summary";
import { PrintButton } from "./print-button";
import { ExtractsReadOnly } from "@/components/sources/extracts-read-only";
import { counted } from "@/lib/format";

// The marked essay on paper: the text with numbered highlights, the numbered comments beside it
// with their codes and replies, then the level, mark and overall feedback.
export function PrintableFeedback({ essay, backHref }: { essay: MarkedEssay; backHref: string }) {
  const numbers = new Map(essay.comments.map((thread, index) => [thread.id, index + 1]));
  return (
    <div className="print-page">
      <p className="no-print page-actions">
        <Link href={backHref}>Back</Link> <PrintButton />{" "}
        <a href={`/api/essays/${essay.id}/feedback-docx`}>Download as Word (.docx)</a>
      </p>
      <header>
        <h1>{essay.assignment.prompt.text}</h1>
        <p>
          {essay.student.name} · {essay.assignment.class.name} · Draft {essay.draft}
          {essay.submittedAt && <> · submitted {formatDateTime(essay.submittedAt)}</>} ·{" "}
          {counted(essay.wordCount, "word")}
        </p>
      </header>
      {essay.feedback && <FeedbackSummary feedback={essay.feedback} scheme={essay.assignment.markScheme} />}
      <div className="print-columns">
        <EssayDocumentView document={essay.markingDocument} label="Essay" commentNumbers={numbers} />
        <ol className="print-comments" aria-label="Comments">
          {essay.comments.map((thread) => (
            <li key={thread.id} value={numbers.get(thread.id)}>
              {thread.code && (
                <strong className="code-badge" title={codeMeaning(thread.code) ?? undefined}>
                  {thread.code}
                </strong>
              )}{" "}
              {thread.body}
              {!thread.anchored && (
                <span className="comment-orphan">
                  {" "}
                  (on words no longer in the essay: <q>{thread.quotedText}</q>)
                </span>
              )}
              <PrintReplies replies={thread.replies} />
            </li>
          ))}
        </ol>
      </div>
      {essay.sources.extracts.length > 0 && (
        <ExtractsReadOnly
          extracts={essay.sources.extracts}
          highlights={essay.sources.highlights}
          heading="The extracts, with the student's highlights and notes"
        >
          {(highlight) =>
            (essay.sources.commentsByHighlight[highlight.id] ?? []).map((comment) => (
              <div key={comment.id}>
                <p className="print-reply">
                  {comment.code && <strong className="code-badge">{comment.code}</strong>} {comment.body}{" "}
                  <span className="meta">— {comment.author.name}</span>
                </p>
                <PrintReplies replies={comment.replies} />
              </div>
            ))
          }
        </ExtractsReadOnly>
      )}
    </div>
  );
}

function PrintReplies({ replies }: { replies: CommentThread["replies"] }) {
  return replies.map((reply) => (
    <p key={reply.id} className="print-reply">
      <strong>{reply.author.name}:</strong> {reply.body}
    </p>
  ));
}
