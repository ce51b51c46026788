import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { hasPlan, PlanContents } from "@/components/editor/plan-contents";
import { EssayFacts } from "@/components/marking/essay-facts";
import { FeedbackActions } from "@/components/marking/feedback-actions";
import { PreviousDraft } from "@/components/marking/previous-draft";
import { ReplayPanel } from "@/components/essays/replay-panel";
import { pasteFlag } from "@/lib/essays/rules";
import { carriedFeedbackFor } from "@/lib/marking/store/redrafts";
import { MarkPanel } from "@/components/marking/mark-panel";
import { MarkingWorkbench } from "@/components/marking/marking-workbench";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { listCommentBank } from "@/lib/marking/store/bank";
import { getEssayForMarking } from "@/lib/marking/store/read";
import { ZId } from "@/lib/fields";
import { ExtractsReadOnly } from "@/components/sources/extracts-read-only";
import { HighlightComments } from "@/components/sources/highlight-comments";
import { firstCommentNumbers } from "@/lib/sources/rules/comment-numbers";

export const metadata: Metadata = { title: "Mark an essay" };

export default async function MarkEssayPage({ params }: { params: Promise<{ essayId: string }> }) {
  const teacher = await requirePageUser("TEACHER");
  const id = ZId.safeParse((await params).essayId);
  const [essay, bank] = await Promise.all([
    id.success ? getEssayForMarking(teacher, id.data) : null,
    listCommentBank(teacher),
  ]);
  if (!essay) notFound();
  const previous = essay.previousDraftId ? await carriedFeedbackFor(teacher, essay.id) : null;
  const flag = pasteFlag(essay);
  const { assignment, feedback } = essay;
  const numbers = firstCommentNumbers(essay.sources, essay.comments.length);

  return (
    <div className="marking-page">
      <p className="breadcrumb">
        <Link href={`/classes/${assignment.class.id}`}>{assignment.class.name}</Link> ›{" "}
        <Link href={`/classes/${assignment.class.id}/assignments/${assignment.id}`}>Submissions</Link>
      </p>
      <header className="prompt-header marking-header">
        <h1>
          {essay.student.name}
          {essay.draft > 1 && <span className="badge">Draft {essay.draft}</span>}
        </h1>
        <p className="meta">
          {assignment.prompt.text} · {assignment.prompt.marks ?? assignment.markScheme.totalMarks} marks
        </p>
      </header>
      <div className="marking-columns">
        <MarkingWorkbench
          key={essay.id}
          essayId={essay.id}
          document={essay.markingDocument}
          threads={essay.comments}
          bank={bank}
          viewer={{ id: teacher.id, role: "TEACHER" }}
        />
        <div className="marking-side">
          {(flag || essay.logFlag) && (
            <p className="notice" role="status">
              {[flag, essay.logFlag].filter(Boolean).join(". ")}. The writing replay below shows where the words came
              from.
            </p>
          )}
          {feedback?.withdrawnAt && (
            <p className="notice" role="status">
              You withdrew this feedback: “{feedback.withdrawnReason}”. Release it again when it is ready.
            </p>
          )}
          {essay.nextDraft && (
            <p className="notice" role="status">
              Draft {essay.draft + 1} was asked for.{" "}
              <Link
                href={essay.nextDraft.submittedAt ? `/marking/${essay.nextDraft.id}` : `/essays/${essay.nextDraft.id}`}
              >
                {essay.nextDraft.submittedAt
                  ? `Mark draft ${essay.draft + 1}`
                  : `See draft ${essay.draft + 1} as it is written`}
              </Link>
            </p>
          )}
          <MarkPanel
            key={`mark-${essay.id}`}
            essayId={essay.id}
            scheme={assignment.markScheme}
            initial={{
              level: feedback?.level ?? null,
              mark: feedback?.mark ?? null,
              wentWell: feedback?.wentWell ?? "",
              evenBetterIf: feedback?.evenBetterIf ?? "",
            }}
            releasedAt={feedback?.releasedAt?.toISOString() ?? null}
          />
          <FeedbackActions
            essayId={essay.id}
            draft={essay.draft}
            released={Boolean(feedback?.releasedAt)}
            nextDraftId={essay.nextDraft?.id ?? null}
          />
          <EssayFacts essay={essay} />
          <nav className="page-actions" aria-label="This essay">
            {essay.nextUnmarkedId ? (
              <Link href={`/marking/${essay.nextUnmarkedId}`}>Next unmarked essay</Link>
            ) : (
              <span className="muted">No other unmarked essays</span>
            )}
            <Link href={`/marking/${essay.id}/print`}>Print view</Link>
            <a href={`/api/essays/${essay.id}/feedback-docx`}>Download as Word (.docx)</a>
            <Link href={`/essays/${essay.id}`}>Earlier versions</Link>
            <Link href={`/essays/${essay.id}/replay`}>Writing replay, full page</Link>
          </nav>
          {hasPlan(essay.plan) && (
            <details className="plan-view">
              <summary>The student&apos;s plan</summary>
              <PlanContents plan={essay.plan} />
            </details>
          )}
        </div>
      </div>
      {previous && <PreviousDraft feedback={previous} plainText={essay.plainText} />}
      <section aria-labelledby="replay-heading" className="writing-record">
        <h2 id="replay-heading">How it was written</h2>
        <ReplayPanel essayId={essay.id} studentName={essay.student.name} />
      </section>
      {essay.sources.extracts.length > 0 && (
        <ExtractsReadOnly
          extracts={essay.sources.extracts}
          highlights={essay.sources.highlights}
          heading="The extracts, with the student's highlights and notes"
        >
          {(highlight) => (
            <HighlightComments
              highlightId={highlight.id}
              threads={essay.sources.commentsByHighlight[highlight.id] ?? []}
              viewer={{ id: teacher.id, role: "TEACHER" }}
              firstNumber={numbers.get(highlight.id) ?? 0}
            />
          )}
        </ExtractsReadOnly>
      )}
    </div>
  );
}
