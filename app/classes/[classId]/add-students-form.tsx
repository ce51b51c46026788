"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError, TextAreaField } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { addStudents } from "@/lib/classes/actions";
import type { CreatedStudent } from "@/lib/classes/views";

const STATUS = { created: "New account", enrolled: "Existing account, added", "already-in-class": "Already in the class" } as const;

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
          <p>Copy these now: they are shown only once. Each student chooses their own password when they first sign in.</p>
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
                    <code>{student.firstPassword ?? "(their own)"}</code>
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
