import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { listAssignmentChoices } from "@/lib/assignments/store/assignments";
import { getClassForTeacher, listPendingInvitations } from "@/lib/classes/store/classes";
import { describeTimeLimit, formatDateTime } from "@/lib/format";
import { ZId } from "@/lib/fields";
import { AddStudentsForm } from "./add-students-form";
import { CancelInvitationButton } from "./cancel-invitation-button";
import { ClassSettings } from "./class-settings";
import { RemoveStudentButton } from "./remove-student-button";
import { ResetPasswordButton } from "@/components/accounts/reset-password-button";
import { CopyButton } from "@/components/accounts/copy-text";
import { resetStudentPassword } from "@/lib/accounts/actions";
import { SetAssignmentForm } from "./set-assignment-form";

export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const teacher = await requirePageUser("TEACHER");
  const classId = ZId.safeParse((await params).classId);
  const found = classId.success ? await getClassForTeacher(teacher, classId.data) : null;
  if (!found) notFound();
  const [choices, invitations] = await Promise.all([
    listAssignmentChoices(teacher),
    listPendingInvitations(teacher, found.id),
  ]);

  return (
    <>
      <p className="breadcrumb">
        <Link href="/classes">My classes</Link>
      </p>
      <h1>{found.name}</h1>
      {found.archivedAt && <p className="notice">This class is archived: students no longer see it.</p>}
      <p>
        Join code: <code data-testid="join-code">{found.joinCode}</code>{" "}
        <CopyButton value={found.joinCode} label="the join code" />{" "}
        <Link href={`/classes/${found.id}/join-code`}>Show it to the class</Link>{" "}
        <span className="meta">(students enter it at /join)</span>
      </p>
      <ClassSettings classId={found.id} name={found.name} archived={Boolean(found.archivedAt)} />
      <p className="page-actions">
        <Link href={`/classes/${found.id}/markbook`}>Markbook: every mark, with trends</Link>
        <Link href={`/classes/${found.id}/revision`}>Revision progress: what the class knows</Link>
      </p>

      <h2>Assignments</h2>
      {found.assignments.length === 0 && <p>No essays set yet.</p>}
      <ul className="item-list" aria-label="Assignments">
        {found.assignments.map((assignment) => (
          <li key={assignment.id}>
            <Link href={`/classes/${found.id}/assignments/${assignment.id}`}>{assignment.prompt.text}</Link>
            <p className="meta">
              {describeTimeLimit(assignment.timeLimitMinutes)} · opens {formatDateTime(assignment.opensAt)} · due{" "}
              {formatDateTime(assignment.dueAt)} · {assignment.essays.filter((essay) => essay.submittedAt).length} of{" "}
              {found.enrolments.length} submitted
            </p>
          </li>
        ))}
      </ul>
      {!found.archivedAt && (
        <>
          <h3>Set an essay</h3>
          <SetAssignmentForm
            classes={[{ id: found.id, name: found.name }]}
            prompts={choices.prompts}
            markSchemes={choices.markSchemes}
          />
        </>
      )}

      <h2>Students ({found.enrolments.length})</h2>
      {found.enrolments.length === 0 && <p>No students yet. Give them the join code, or add them below.</p>}
      <table className="roster">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Joined</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {found.enrolments.map(({ student, joinedAt }) => (
            <tr key={student.id} data-removable>
              <td>{student.name}</td>
              <td>{student.email}</td>
              <td>{formatDateTime(joinedAt)}</td>
              <td>
                <ResetPasswordButton
                  name={student.name}
                  reset={resetStudentPassword.bind(null, { classId: found.id, studentId: student.id })}
                />{" "}
                <RemoveStudentButton classId={found.id} studentId={student.id} studentName={student.name} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {invitations.length > 0 && (
        <>
          <h3>Invited, waiting for them to accept ({invitations.length})</h3>
          <ul className="item-list" aria-label="Invitations waiting">
            {invitations.map((invitation) => (
              <li key={invitation.id}>
                {invitation.nameAsTyped}{" "}
                <span className="meta">
                  ({invitation.email}, invited {formatDateTime(invitation.createdAt)})
                </span>{" "}
                <CancelInvitationButton invitationId={invitation.id} name={invitation.nameAsTyped} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Add students from a list</h3>
      <AddStudentsForm classId={found.id} className={found.name} />
    </>
  );
}
