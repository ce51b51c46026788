import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { AccountSignUpForm } from "@/components/auth/account-sign-up-form";
import { signUpTeacher } from "@/lib/accounts/actions";
import { BY_INVITATION_ONLY, NO_ADMINISTRATOR_YET } from "@/lib/accounts/rules";
import { setupLinkOpens, teacherSignUpContext } from "@/lib/accounts/store/accounts";

export const metadata: Metadata = { title: "Teacher sign-up" };

// Teachers sign up by an administrator's invitation link (/sign-up?invite=…), with an email at a
// domain the administrator allows, or freely if the administrator opened sign-up. The very first
// account of an installation is its administrator, made with the setup link the server printed
// (/sign-up?setup=…).
export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ invite?: string | string[]; setup?: string | string[] }>;
}) {
  if (await getSessionUser()) redirect("/");
  const { invite, setup: setupParam } = await searchParams;
  const token = typeof invite === "string" ? invite : null;
  const setup = typeof setupParam === "string" ? setupParam : null;
  const context = await teacherSignUpContext(token);
  const studentsNote = (
    <p className="lede">
      Teachers set essays to their classes and mark them. Students join with their class’s code instead:{" "}
      <Link href="/join">join a class</Link>.
    </p>
  );
  const form = (extra: { invitation?: string; email?: string; setup?: string } = {}) => (
    <AccountSignUpForm
      action={signUpTeacher}
      withJoinCode={false}
      submitLabel="Create account"
      pendingLabel="Creating your account…"
      landing="/classes"
      {...extra}
    />
  );

  if (context.invitation) {
    return (
      <div className="narrow">
        <h1>Create a teacher account</h1>
        {context.invitation.problem ? (
          <p className="form-error" role="alert">
            {context.invitation.problem}
          </p>
        ) : (
          <>
            <p className="lede">
              {context.invitation.invitedBy} invited you to teach here
              {context.invitation.email ? ` as ${context.invitation.email}` : ""}. The link works once.
            </p>
            {form({ invitation: token ?? undefined, email: context.invitation.email ?? undefined })}
          </>
        )}
      </div>
    );
  }
  if (!context.hasAdministrator) {
    const opens = await setupLinkOpens(setup);
    return (
      <div className="narrow">
        <h1>Create the administrator account</h1>
        {opens ? (
          <>
            <p className="lede">
              This is the installation’s first account: it administers the installation (inviting teachers, library
              curation rights) and teaches like any other teacher.
            </p>
            {form({ setup: setup ?? undefined })}
          </>
        ) : (
          <p className="notice" role="status">
            {NO_ADMINISTRATOR_YET}
          </p>
        )}
      </div>
    );
  }
  const { openTeacherSignUp, teacherEmailDomains } = context.settings;
  return (
    <div className="narrow">
      <h1>Create a teacher account</h1>
      {studentsNote}
      {openTeacherSignUp ? (
        form()
      ) : teacherEmailDomains.length > 0 ? (
        <>
          <p>
            Teachers with an email at {teacherEmailDomains.join(", ")} may create an account here; others need an
            invitation link from the administrator.
          </p>
          {form()}
        </>
      ) : (
        <p className="notice" role="status">
          {BY_INVITATION_ONLY}
        </p>
      )}
    </div>
  );
}
