"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { FormError, TextAreaField } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { addStudents } from "@/lib/classes/actions";
import type { CreatedStudent } from "@/lib/classes/views";
import { CopyButton, CopyText } from "@/components/accounts/copy-text";
import { Printer } from "lucide-react";

// An email that already has an account is invited, whoever's account it is: it joins only once
// its owner accepts, and nothing here says more about it.
const STATUS = {
  created: "New account, in the class",
  invited: "Invited: joins when they accept",
  "already-in-class": "Already in the class",
} as const;

export function AddStudentsForm({ classId, className }: { classId: string; className: string }) {
  const router = useRouter();
  const [added, setAdded] = useState<CreatedStudent[]>();
  const form = useActionForm(addStudents, ({ students }) => {
    setAdded(students);
    router.refresh();
  });

  return (
    <>
      <form
        onSubmit={form.onSubmit((data) => ({ classId, roster: formText(data, "roster") }))}
        noValidate
        aria-label="Add students"
      >
        <FormError message={form.error} />
        <TextAreaField
          label="Students, one a line: name, email"
          name="roster"
          rows={6}
          hint="For example: Ada Lovelace, ada@school.org"
          error={form.fieldErrors.roster}
          required
        />
        <button type="submit" disabled={form.pending}>
          {form.pending ? "Adding…" : "Add students"}
        </button>
      </form>
      {added && (
        <section aria-labelledby="first-passwords-heading" className="notice">
          <h4 id="first-passwords-heading">First-time passwords</h4>
          <p>
            Copy these now: they are shown only once. Each student chooses their own password when they first sign in.
            An email that already has an account gets an invitation instead, which they accept when they next sign in
            (or they join with the class’s join code).
          </p>
          <table className="roster">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Password</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {added.map((student) => (
                <tr key={student.email}>
                  <td>{student.name}</td>
                  <td>{student.email}</td>
                  <td>
                    {student.firstPassword ? (
                      <CopyText value={student.firstPassword} label={`${student.name}'s first-time password`} />
                    ) : (
                      "(their own)"
                    )}
                  </td>
                  <td>{STATUS[student.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {added.some((student) => student.firstPassword) && (
            <p className="page-actions">
              <button type="button" className="secondary" onClick={printSlips}>
                <Printer aria-hidden="true" className="icon" size={16} /> Print password slips
              </button>
              <CopyButton value={asTable(added)} label="every new student's name, email and password" />
            </p>
          )}
          <PasswordSlips students={added} className={className} />
        </section>
      )}
    </>
  );
}

// One slip a new student, cut out and handed over: where to sign in, their email and first-time
// password. Printed on their own (the rest of the page is hidden while printing).
function PasswordSlips({ students, className }: { students: CreatedStudent[]; className: string }) {
  useEffect(() => () => document.body.classList.remove("printing-slips"), []);
  const signInAt = typeof window === "undefined" ? "/sign-in" : `${window.location.origin}/sign-in`;
  return (
    <div className="password-slips" data-testid="password-slips">
      {students
        .filter((student) => student.firstPassword)
        .map((student) => (
          <section key={student.email} className="password-slip" aria-label={`Password slip for ${student.name}`}>
            <p className="eyebrow">Stalin workbench · {className}</p>
            <p className="slip-name">{student.name}</p>
            <dl className="facts">
              <dt>Sign in at</dt>
              <dd>{signInAt}</dd>
              <dt>Email</dt>
              <dd>{student.email}</dd>
              <dt>First-time password</dt>
              <dd>
                <code>{student.firstPassword}</code>
              </dd>
            </dl>
            <p className="meta">You choose your own password when you first sign in. Keep this slip private.</p>
          </section>
        ))}
    </div>
  );
}

// From the first "Print" on, printing this page prints the slips (until the page is left).
function printSlips() {
  document.body.classList.add("printing-slips");
  window.print();
}

const asTable = (students: CreatedStudent[]) =>
  [
    "Name\tEmail\tFirst-time password",
    ...students
      .filter((student) => student.firstPassword)
      .map((student) => `${student.name}\t${student.email}\t${student.firstPassword}`),
  ].join("\n");
