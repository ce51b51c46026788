"use client";

import { useRouter } from "next/navigation";
import { Field, FormError } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { deleteStudent } from "@/lib/accounts/actions";

// Deleting cannot be undone: the administrator types the student's email to say which account.
export function DeleteStudentForm({ studentId, name }: { studentId: string; name: string }) {
  const router = useRouter();
  // Done: the page says so (the account it showed is gone).
  const form = useActionForm(deleteStudent, (deleted) =>
    router.replace(`/admin/students?deleted=${encodeURIComponent(deleted.email)}&essays=${deleted.essays}`),
  );
  return (
    <form
      aria-label={`Delete ${name}'s account`}
      onSubmit={form.onSubmit((data) => ({ studentId, confirmEmail: formText(data, "confirmEmail") }))}
      noValidate
    >
      <p>
        This deletes {name}’s account, essays, drafts, feedback, highlights and revision for good. Download their data
        first if they asked for it.
      </p>
      <FormError message={form.error} />
      <Field
        label="Type their email to confirm"
        name="confirmEmail"
        type="email"
        autoComplete="off"
        error={form.fieldErrors.confirmEmail}
        required
      />
      <button type="submit" className="danger" disabled={form.pending}>
        {form.pending ? "Deleting…" : "Delete the account and everything of theirs"}
      </button>
    </form>
  );
}
