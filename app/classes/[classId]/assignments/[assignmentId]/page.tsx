import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getAssignmentForTeacher } from "@/lib/data/assignments/assignments";
import { describeTimeLimit, formatDateTime } from "@/lib/format";
import { ZId } from "@/lib/validation/fields";
import { STATUS_LABEL } from "@/lib/data/assignments/status-labels";

export const metadata: Metadata = { title: "Assignment" };

export default async function TeacherAssignmentPage({ params }: { params: Promise<{ classId: string; assignmentId: string }> }) {
  const teacher = await requirePageUser("TEACHER");
  const id = ZId.safeParse((await params).assignmentId);
  const assignment = id.success ? await getAssignmentForTeacher(teacher, id.data) : null;
  if (!assignment) notFound();
  const count = (status: string) => assignment.students.filter((student) => student.status === status).length;

  return (
    <>
      <p className="breadcrumb">
        <Link href={`/classes/${assignment.class.id}`}>{assignment.class.name}</Link>
      </p>
      <h1>{assignment.prompt.text}</h1>
      <dl className="facts">
        <dt>Time limit</dt>
        <dd>{describeTimeLimit(assignment.timeLimitMinutes)}</dd>
        <dt>Opens</dt>
        <dd>{formatDateTime(assignment.opensAt)}</dd>
        <dt>Due</dt>
        <dd>{formatDateTime(assignment.dueAt)}</dd>
        <dt>Mark scheme</dt>
        <dd>{assignment.markScheme.name}</dd>
      </dl>
      <p data-testid="status-summary">
        {count("to-do")} not started · {count("in-progress")} writing · {count("submitted")} submitted · {count("marked")} marked
      </p>
      <table className="roster">
        <caption>Who has started and submitted</caption>
        <thead>
          <tr>
            <th scope="col">Student</th>
            <th scope="col">Status</th>
            <th scope="col">Started</th>
            <th scope="col">Submitted</th>
          </tr>
        </thead>
        <tbody>
          {assignment.students.map((student) => (
            <tr key={student.id}>
              <td>{student.name}</td>
              <td>{STATUS_LABEL[student.status]}</td>
              <td>{student.essay ? formatDateTime(student.essay.startedAt) : "—"}</td>
              <td>{student.essay?.submittedAt ? formatDateTime(student.essay.submittedAt) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
