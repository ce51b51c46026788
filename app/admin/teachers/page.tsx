import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { installationSettings, listTeacherInvitations, listTeachers } from "@/lib/accounts/store/accounts";
import { resetTeacherPassword } from "@/lib/accounts/actions";
import { ResetPasswordButton } from "@/components/accounts/reset-password-button";
import { formatDateTime } from "@/lib/format";
import { CurationRightToggle } from "./curation-right-toggle";
import { InviteTeacherForm } from "./invite-teacher-form";
import { SignUpSettingsForm } from "./sign-up-settings-form";
import { WithdrawInvitationButton } from "./withdraw-invitation-button";
import { TeacherActiveButton } from "./teacher-active-button";

export const metadata: Metadata = { title: "Teachers" };

// The administrator decides who curates the shared library: the shipped items and other teachers'
// items can be changed, archived and reverted only by a curator.
export default async function TeachersPage() {
  const user = await requirePageUser("TEACHER");
  if (!user.isAdministrator) redirect("/classes");
  const [teachers, invitations, settings] = await Promise.all([
    listTeachers(),
    listTeacherInvitations(),
    installationSettings(),
  ]);
  return (
    <>
      <h1>Teachers</h1>
      <p>
        Every teacher adds their own library items and changes them freely. Library curators may also change, archive
        and revert the shipped library and other teachers’ items; every change is kept in the item’s history and can be
        reverted.
      </p>
      <table className="roster">
        <thead>
          <tr>
            <th scope="col">Teacher</th>
            <th scope="col">Email</th>
            <th scope="col">Library curator</th>
            <th scope="col">Password</th>
            <th scope="col">Account</th>
          </tr>
        </thead>
        <tbody>
          {teachers.map((teacher) => (
            <tr key={teacher.id}>
              <th scope="row">{teacher.name}</th>
              <td>{teacher.email}</td>
              <td>
                {teacher.isAdministrator ? (
                  "Administrator (always)"
                ) : (
                  <CurationRightToggle teacherId={teacher.id} name={teacher.name} granted={teacher.canCurateLibrary} />
                )}
              </td>
              <td>
                {teacher.id === user.id ? (
                  <span className="meta">Yours: change it on your account page</span>
                ) : (
                  <>
                    {teacher.mustChangePassword && <span className="meta">First-time password not yet changed. </span>}
                    <ResetPasswordButton
                      name={teacher.name}
                      reset={resetTeacherPassword.bind(null, { teacherId: teacher.id })}
                    />
                  </>
                )}
              </td>
              <td>
                {teacher.isAdministrator ? (
                  <span className="meta">Administrator</span>
                ) : (
                  <>
                    {teacher.deactivatedAt && (
                      <span className="meta">Off since {formatDateTime(teacher.deactivatedAt)}. </span>
                    )}
                    <TeacherActiveButton teacherId={teacher.id} name={teacher.name} active={!teacher.deactivatedAt} />
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Invite a teacher</h2>
      <p>Teachers join this installation by invitation: make a link and send it to them. Each link works once.</p>
      <InviteTeacherForm />
      {invitations.length > 0 && (
        <>
          <h3>Links not used yet ({invitations.length})</h3>
          <ul className="item-list" aria-label="Invitation links not used yet">
            {invitations.map((invitation) => (
              <li key={invitation.id}>
                {invitation.email ?? "Anyone with the link"}{" "}
                <span className="meta">
                  (made by {invitation.createdBy.name} {formatDateTime(invitation.createdAt)}, works until{" "}
                  {formatDateTime(invitation.expiresAt)})
                </span>{" "}
                <WithdrawInvitationButton
                  invitationId={invitation.id}
                  label={invitation.email ?? `made ${formatDateTime(invitation.createdAt)}`}
                />
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>Who may sign up as a teacher</h2>
      <SignUpSettingsForm
        openTeacherSignUp={settings.openTeacherSignUp}
        teacherEmailDomains={settings.teacherEmailDomains}
      />
    </>
  );
}
