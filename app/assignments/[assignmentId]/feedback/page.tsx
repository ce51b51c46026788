import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EssayDocumentView } from "@/components/editor/essay-document-view";
import { AnnotatedLayout } from "@/components/marking/annotated-layout";
import { FeedbackSummary } from "@/components/marking/feedback-summary";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getReleasedFeedback } from "@/lib/marking/store/read";
import { ZId } from "@/lib/fields";
import { ExtractsReadOnly } from "@/components/sources/extracts-read-only";
import { HighlightComments } from "@/components/sources/highlight-comments";
import { firstCommentNumbers } from "@/lib/sources/rules/comment-numbers";
import { missedInReleasedEssay } from "@/lib/assignments/store/coverage";
import { FeedbackDeckButton, FeedbackQuotationsButton } from "@/components/revision/feedback-deck-button";

export const metadata: Metadata = { title: "Feedback" };

export default async function FeedbackPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const student = await requirePageUser("STUDENT");
  const id = ZId.safeParse((await params).assignmentId);
  const essay = id.success ? await getReleasedFeedback(student, { assignmentId: id.data }) : null;
  if (!essay || !essay.feedback) notFound();
  const numbers = firstCommentNumbers(essay.sources, essay.comments.length);
  const coverage = await missedInReleasedEssay(student, essay.id);

  return (
    <div className="marking-page">
      <p className="breadcrumb">
        <Link href="/assignments">My assignments</Link> ›{" "}
        <Link href={`/assignments/${essay.assignment.id}`}>{essay.assignment.class.name}</Link>
      </p>
      <header className="prompt-header">
        <h1>{essay.assignment.prompt.text}</h1>
        {(essay.draft > 1 || essay.nextDraft) && <p className="meta">Feedback on draft {essay.draft}</p>}
      </header>
      {essay.nextDraft && !essay.nextDraft.submittedAt && (
        <p className="notice" role="status">
          Your teacher asked for draft {essay.draft + 1}.{" "}
          <Link href={`/assignments/${essay.assignment.id}/write`}>Write draft {essay.draft + 1}</Link>, with these
          comments beside it.
        </p>
      )}
      <FeedbackSummary feedback={essay.feedback} scheme={essay.assignment.markScheme} />
      <nav className="page-actions" aria-label="This feedback">
        <Link href={`/assignments/${essay.assignment.id}/feedback/print`}>Print view</Link>
        <a href={`/api/essays/${essay.id}/feedback-docx`}>Download as Word (.docx)</a>
      </nav>
      {coverage && (coverage.expected > 0 || coverage.named.length > 0) && (
        <section aria-labelledby="missed-heading" className="missed-evidence">
          <h2 id="missed-heading">What your teacher expected</h2>
          {coverage.expected > 0 && coverage.missed.length === 0 && (
            <p>Your essay used all {coverage.expected} of the quotations and evidence your teacher expected.</p>
          )}
          {coverage.missed.length > 0 && (
            <>
              <p>
                Your essay used {coverage.expected - coverage.missed.length} of the {coverage.expected} quotations and
                evidence your teacher expected. Not used:
              </p>
              <ul aria-label="Expected but not used">
                {coverage.missed.map((item) => (
                  <li key={`${item.kind}-${item.id}`}>{item.label}</li>
                ))}
              </ul>
            </>
          )}
          {coverage.named.length > 0 && (
            <>
              <p>Your teacher&apos;s comments point you to:</p>
              <ul aria-label="Cards the comments point to">
                {coverage.named.map((card) => (
                  <li key={card.id}>{card.title}</li>
                ))}
              </ul>
            </>
          )}
          {(coverage.cardIds.length > 0 || coverage.quotationIds.length > 0) && (
            <div className="page-actions">
              {coverage.cardIds.length > 0 && <FeedbackDeckButton essayId={essay.id} cards={coverage.cardIds.length} />}
              {coverage.quotationIds.length > 0 && (
                <FeedbackQuotationsButton essayId={essay.id} quotations={coverage.quotationIds.length} />
              )}
            </div>
          )}
        </section>
      )}
      <p className="muted">
        Click a highlight to see its comment. Reply to a comment, and tick it when you have acted on it.
      </p>
      <AnnotatedLayout threads={essay.comments} viewer={{ id: student.id, role: "STUDENT" }}>
        <EssayDocumentView document={essay.markingDocument} label="Your essay, with your teacher's comments" />
      </AnnotatedLayout>
      {essay.sources.extracts.length > 0 && (
        <ExtractsReadOnly
          extracts={essay.sources.extracts}
          highlights={essay.sources.highlights}
          heading="The extracts, with your highlights and your teacher's comments on them"
        >
          {(highlight) => (
            <HighlightComments
              highlightId={highlight.id}
              threads={essay.sources.commentsByHighlight[highlight.id] ?? []}
              viewer={{ id: student.id, role: "STUDENT" }}
              firstNumber={numbers.get(highlight.id) ?? 0}
            />
          )}
        </ExtractsReadOnly>
      )}
    </div>
  );
}
