"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError, TextAreaField } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { addStudents } from "@/lib/classes/actions";
import type { CreatedStudent } from "@/lib/classes/views";

// An email that already has an account is invited, whoever's account it is: it joins only once
// its owner accepts, and nothing here says more about it.
const STATUS = { created: "New account, in the class", invited: "Invited: joins when they accept", "already-in-class": "Already in the class" } as const;

export function AddStudentsForm({ classId }: { classId: string }) {
  const router = useRouter();
  const [added, setAdded] = useState<CreatedStudent[]>();
  const form = useActionForm(addStudents, ({ students }) => {
    setAdded(students);
    router.refresh();
  });

  return (
    <>
      <form onSubmit={form.onSubmit((data) => ({ classId, roster: formText(data, "roster") }))} noValidate aria-label="Add students">
        <FormError message={form.error} />
        <TextAreaField label="Students, one a line: name, email" name="roster" rows={6} hint="For example: Ada Lovelace, ada@school.org" error={form.fieldErrors.roster} required />
        <button type="submit" disabled={form.pending}>
          {form.pending ? "Adding…" : "Add students"}
        </button>
      </form>
      {added && (
        <section aria-labelledby="first-passwords-heading" className="notice">
          <h4 id="first-passwords-heading">First-time passwords</h4>
          <p>
            Copy these now: they are shown only once. Each student chooses their own password when they first sign in. An email that already has an account gets an invitation instead,
            which they accept when they next sign in (or they join with the class’s join code).
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
                    {student.firstPassword ? <code>{student.firstPassword}</code> : "(their own)"}
                  </td>
                  <td>{STATUS[student.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
