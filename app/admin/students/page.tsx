import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { findStudentByEmail } from "@/lib/accounts/store/accounts";
import { ZEmail } from "@/lib/fields";
import { formatDateTime } from "@/lib/format";
import { DeleteStudentForm } from "./delete-student-form";

export const metadata: Metadata = { title: "Students" };

// The administrator answers a student's (or their family's) request: their data to download, or
// their account deleted with everything of theirs.
export default async function StudentsPage({
  searchParams,
}: {
  searchParams: Promise<{ email?: string | string[]; deleted?: string | string[]; essays?: string | string[] }>;
}) {
  const user = await requirePageUser("TEACHER");
  if (!user.isAdministrator) redirect("/classes");
  const { email, deleted, essays } = await searchParams;
  const deletedEssays = Number(essays ?? 0) || 0;
  const typed = typeof email === "string" ? email : "";
  const parsed = typed ? ZEmail.safeParse(typed) : null;
  const student = parsed?.success ? await findStudentByEmail(parsed.data) : null;
  return (
    <>
      <h1>Students</h1>
      {typeof deleted === "string" && (
        <p className="notice" role="status">
          Deleted {deleted} and {deletedEssays} essay{deletedEssays === 1 ? "" : "s"}, with everything else of theirs.
        </p>
      )}
      <p>Find a student by email to download their data, or to delete their account with everything of theirs.</p>
      <form method="get" role="search" aria-label="Find a student">
        <p className="field">
          <label htmlFor="student-email">Student’s email</label>
          <input
            id="student-email"
            name="email"
            type="email"
            defaultValue={typed}
            required
            aria-describedby={parsed && !parsed.success ? "student-email-error" : undefined}
          />
          {parsed && !parsed.success && (
            <span id="student-email-error" className="field-error">
              {parsed.error.issues[0]?.message}
            </span>
          )}
        </p>
        <button type="submit">Find</button>
      </form>
      {parsed?.success && !student && <p role="status">No student account has the email {parsed.data}.</p>}
      {student && (
        <section aria-labelledby="student-heading" className="notice">
          <h2 id="student-heading">{student.name}</h2>
          <p>
            {student.email}, since {formatDateTime(student.createdAt)}. {student._count.essays} essay
            {student._count.essays === 1 ? "" : "s"}. Classes:{" "}
            {student.enrolments
              .map((enrolment) => `${enrolment.class.name} (${enrolment.class.teacher.name})`)
              .join(", ") || "none"}
            .
          </p>
          <p>
            <a href={`/api/accounts/${student.id}/export?format=json`} download>
              Download their data as JSON
            </a>{" "}
            ·{" "}
            <a href={`/api/accounts/${student.id}/export?format=docx`} download>
              Their essays and feedback as Word
            </a>
          </p>
          <h3>Delete this account</h3>
          <DeleteStudentForm studentId={student.id} name={student.name} />
        </section>
      )}
    </>
  );
}
