import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getAssignmentForStudent } from "@/lib/assignments/store/assignments";
import { STATUS_LABEL } from "@/lib/assignments/views";
import { describeTimeLimit, formatDateTime } from "@/lib/format";
import { ZId } from "@/lib/fields";
import { StartEssayButton } from "./start-essay-button";
import { counted } from "@/lib/format";

export const metadata: Metadata = { title: "Assignment" };

export default async function StudentAssignmentPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const student = await requirePageUser("STUDENT");
  const id = ZId.safeParse((await params).assignmentId);
  const assignment = id.success ? await getAssignmentForStudent(student, id.data) : null;
  if (!assignment) notFound();

  return (
    <>
      <p className="breadcrumb">
        <Link href="/assignments">My assignments</Link>
      </p>
      {assignment.title && <p className="eyebrow">{assignment.title}</p>}
      <h1>{assignment.prompt.text}</h1>
      {assignment.draft > 1 && assignment.status === "in-progress" && (
        <p className="notice" role="status">
          Your teacher asked for draft {assignment.draft}. It starts from your words in draft {assignment.draft - 1},
          with their comments beside it.
        </p>
      )}
      {assignment.withdrawn && (
        <p className="notice" role="status">
          Your teacher withdrew the feedback on this essay for now: “{assignment.withdrawn.reason}”. You will see it
          again once they release it.
        </p>
      )}
      <dl className="facts">
        <dt>Class</dt>
        <dd>{assignment.class.name}</dd>
        <dt>Status</dt>
        <dd>
          {STATUS_LABEL[assignment.status]}
          {assignment.draft > 1 && ` (draft ${assignment.draft})`}
        </dd>
        <dt>Time limit</dt>
        <dd>
          {describeTimeLimit(assignment.timeLimitMinutes)}
          {assignment.extraTime && " (with your extra time)"}
          {assignment.closedBook && ", closed book: no library, no pasting"}
        </dd>
        <dt>Due</dt>
        <dd>{formatDateTime(assignment.dueAt)}</dd>
        <dt>Marked out of</dt>
        <dd>
          {assignment.markScheme.totalMarks} ({assignment.markScheme.name})
        </dd>
      </dl>
      {assignment.status === "to-do" ? (
        <>
          {assignment.timeLimitMinutes !== null && (
            <p>
              When you start, you will have {counted(assignment.timeLimitMinutes, "minute")}, ending no later than the
              due time. Plan for about 5 minutes of that. At the end your essay is submitted automatically.
            </p>
          )}
          <StartEssayButton assignmentId={assignment.id} timed={assignment.timeLimitMinutes !== null} />
        </>
      ) : assignment.status === "marked" ? (
        <p>
          <Link className="button-link" href={`/assignments/${assignment.id}/feedback`}>
            Read your feedback
          </Link>
        </p>
      ) : (
        <p>
          <Link className="button-link" href={`/assignments/${assignment.id}/write`}>
            {assignment.status === "in-progress"
              ? assignment.draft > 1
                ? `Write draft ${assignment.draft}`
                : "Continue writing"
              : "Read your essay"}
          </Link>
        </p>
      )}
      {assignment.draft > 1 && assignment.status !== "marked" && (
        <p>
          <Link href={`/assignments/${assignment.id}/feedback`}>Read the feedback on draft {assignment.draft - 1}</Link>
        </p>
      )}
      {assignment.essayId && assignment.status !== "in-progress" && (
        <p>
          <Link href={`/essays/${assignment.essayId}/replay`}>Watch how you wrote it</Link>
        </p>
      )}
    </>
  );
}
