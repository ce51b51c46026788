import type { Metadata } from "next";
import Link from "next/link";
import { InvitationAnswer } from "@/components/auth/invitation-answer";
import { JoinClassForm } from "@/components/auth/join-class-form";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { listAssignmentsForStudent } from "@/lib/assignments/store/assignments";
import { STATUS_LABEL, STATUS_ORDER } from "@/lib/assignments/views";
import { listClassesForStudent, listInvitationsFor } from "@/lib/classes/store/classes";
import { describeTimeLimit, formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "My assignments" };

export default async function AssignmentsPage() {
  const student = await requirePageUser("STUDENT");
  const [assignments, classes, invitations] = await Promise.all([
    listAssignmentsForStudent(student),
    listClassesForStudent(student),
    listInvitationsFor(student),
  ]);

  return (
    <>
      <h1>My assignments</h1>
      {student.mustChangePassword && (
        <p className="notice" role="status">
          You are using the first password your teacher gave you. <Link href="/account">Choose your own password</Link>.
        </p>
      )}
      {invitations.length > 0 && (
        <section aria-labelledby="invitations-heading" className="notice">
          <h2 id="invitations-heading">Invitations to join a class</h2>
          <ul className="item-list">
            {invitations.map((invitation) => (
              <li key={invitation.id}>
                <InvitationAnswer
                  invitationId={invitation.id}
                  label={`${invitation.class.teacher.name} invited you to join ${invitation.class.name}`}
                />
              </li>
            ))}
          </ul>
          <p className="meta">
            Joining lets the teacher see your name, your email and your work for that class. Decline if you do not know
            them.
          </p>
        </section>
      )}
      {STATUS_ORDER.map((status) => {
        const group = assignments.filter((assignment) => assignment.status === status);
        return (
          <section key={status} aria-labelledby={`group-${status}`}>
            <h2 id={`group-${status}`}>
              {STATUS_LABEL[status]} ({group.length})
            </h2>
            {group.length === 0 ? (
              <p className="meta">Nothing here.</p>
            ) : (
              <ul className="item-list" data-testid={`assignments-${status}`}>
                {group.map((assignment) => (
                  <li key={assignment.id}>
                    <Link href={`/assignments/${assignment.id}`}>{assignment.title ?? assignment.prompt.text}</Link>
                    {assignment.draft > 1 && <span className="badge">Draft {assignment.draft}</span>}
                    {assignment.title && <p className="excerpt">{assignment.prompt.text}</p>}
                    <p className="meta">
                      {assignment.class.name} · {describeTimeLimit(assignment.timeLimitMinutes)} · due{" "}
                      {formatDateTime(assignment.dueAt)}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      <h2>My classes</h2>
      {classes.length === 0 ? (
        <p>You are not in a class yet.</p>
      ) : (
        <ul>
          {classes.map((item) => (
            <li key={item.id}>
              {item.name} <span className="meta">({item.teacher.name})</span>
            </li>
          ))}
        </ul>
      )}
      <h3>Join another class</h3>
      <JoinClassForm />
    </>
  );
}
