import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getAssignmentForStudent } from "@/lib/assignments/store";
import { STATUS_LABEL } from "@/lib/assignments/views";
import { describeTimeLimit, formatDateTime } from "@/lib/format";
import { ZId } from "@/lib/fields";
import { StartEssayButton } from "./start-essay-button";

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
      <h1>{assignment.prompt.text}</h1>
      <dl className="facts">
        <dt>Class</dt>
        <dd>{assignment.class.name}</dd>
        <dt>Status</dt>
        <dd>{STATUS_LABEL[assignment.status]}</dd>
        <dt>Time limit</dt>
        <dd>{describeTimeLimit(assignment.timeLimitMinutes)}</dd>
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
            <p>When you start, you will have {assignment.timeLimitMinutes} minutes, ending no later than the due time. Plan for about 5 minutes of that. At the end your essay is submitted automatically.</p>
          )}
          <StartEssayButton assignmentId={assignment.id} timed={assignment.timeLimitMinutes !== null} />
        </>
      ) : assignment.status === "marked" ? (
        <p>
          <Link className="link-button" href={`/assignments/${assignment.id}/feedback`}>
            Read your feedback
          </Link>
        </p>
      ) : (
        <p>
          <Link className="link-button" href={`/assignments/${assignment.id}/write`}>
            {assignment.status === "in-progress" ? "Continue writing" : "Read your essay"}
          </Link>
        </p>
      )}
    </>
  );
}
