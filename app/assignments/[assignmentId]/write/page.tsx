import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { EssayDocumentView } from "@/components/editor/essay-document-view";
import { EssayWorkbench } from "@/components/editor/essay-workbench";
import { hasPlan, PlanContents } from "@/components/editor/plan-contents";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getAssignmentForStudent } from "@/lib/assignments/store/assignments";
import { getEssayForWriting } from "@/lib/essays/store/writing";
import { carriedFeedbackFor } from "@/lib/marking/store/redrafts";
import { getEssayHighlights, getPromptExtracts } from "@/lib/sources/store/read";
import { ExtractsReadOnly } from "@/components/sources/extracts-read-only";
import { formatDateTime } from "@/lib/format";
import { ZId } from "@/lib/fields";
import { expectedForStudent } from "@/lib/assignments/store/coverage";
import { getViewsMap } from "@/lib/library/store/views-map";
import { counted } from "@/lib/format";

export const metadata: Metadata = { title: "Write" };

export default async function WriteEssayPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const student = await requirePageUser("STUDENT");
  const id = ZId.safeParse((await params).assignmentId);
  const assignment = id.success ? await getAssignmentForStudent(student, id.data) : null;
  if (!assignment) notFound();
  const essay = await getEssayForWriting(student, assignment.id);
  if (!essay) redirect(`/assignments/${assignment.id}`);
  const marks = assignment.prompt.marks ?? assignment.markScheme.totalMarks;
  // Closed book: no library, so no list of what to use from it either.
  const open = !essay.submittedAt && !assignment.closedBook;
  const [extracts, expected, views] = await Promise.all([
    getPromptExtracts(assignment.prompt.id, assignment.prompt.kind),
    open ? expectedForStudent(student, assignment.id) : [],
    open ? getViewsMap(assignment.prompt.id) : [],
  ]);
  const highlights = extracts.length ? await getEssayHighlights(essay.id) : [];
  const carried = essay.previousDraftId && !essay.submittedAt ? await carriedFeedbackFor(student, essay.id) : null;

  return (
    <div className="write-page">
      <p className="breadcrumb">
        <Link href="/assignments">My assignments</Link> ›{" "}
        <Link href={`/assignments/${assignment.id}`}>{assignment.class.name}</Link>
      </p>
      <header className="prompt-header">
        <h1>{assignment.prompt.text}</h1>
        <p className="meta">
          {essay.draft > 1 && `Draft ${essay.draft} · `}
          {marks} marks · {assignment.markScheme.name} ·{" "}
          {essay.deadlineAt
            ? `Timed: ends ${formatDateTime(essay.deadlineAt)}`
            : `Due ${formatDateTime(assignment.dueAt)}`}
        </p>
      </header>
      {essay.submittedAt ? (
        <>
          <p className="notice" role="status">
            {submittedNotice(essay)} {counted(essay.wordCount, "word")}.
          </p>
          {hasPlan(essay.plan) && (
            <section aria-labelledby="plan-heading" className="plan-view">
              <h2 id="plan-heading">Plan</h2>
              <PlanContents plan={essay.plan} />
            </section>
          )}
          <EssayDocumentView document={essay.document} label="Your essay" />
          {extracts.length > 0 && (
            <ExtractsReadOnly
              extracts={extracts}
              highlights={highlights}
              heading="The extracts, with your highlights"
            />
          )}
        </>
      ) : (
        <EssayWorkbench
          accountId={student.id}
          essayId={essay.id}
          assignmentId={assignment.id}
          document={essay.document}
          plan={essay.plan}
          version={essay.version}
          savedAt={essay.savedAt?.toISOString() ?? null}
          remainingMs={essay.deadlineAt ? essay.deadlineAt.getTime() - Date.now() : null}
          extracts={extracts}
          highlights={highlights}
          closedBook={assignment.closedBook}
          carried={carried}
          expected={expected}
          views={views}
          initialUsed={{ quotationIds: essay.quotationIds, evidenceIds: essay.evidenceIds }}
        />
      )}
    </div>
  );
}

// Timed essays say that the clock ended them, whether this browser or the server submitted it.
function submittedNotice(essay: { submittedAt: Date | null; deadlineAt: Date | null; autoSubmitted: boolean }) {
  const when = formatDateTime(essay.submittedAt!);
  const byTheClock =
    essay.autoSubmitted ||
    (essay.deadlineAt !== null && essay.submittedAt!.getTime() >= essay.deadlineAt.getTime() - 2_000);
  if (byTheClock)
    return `Time is up: your essay was submitted ${essay.autoSubmitted ? "automatically " : ""}at the deadline (${when}) with everything you wrote. It can no longer be changed.`;
  return `Submitted on ${when}. It can no longer be changed.`;
}
