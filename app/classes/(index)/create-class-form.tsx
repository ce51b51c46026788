"use client";

import { useRouter } from "next/navigation";
import { Field, FormError } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { createClass } from "@/lib/classes/actions";

export function CreateClassForm() {
  const router = useRouter();
  const form = useActionForm(createClass, ({ id }) => router.push(`/classes/${id}`));
  return (
    <form onSubmit={form.onSubmit((data) => ({ name: formText(data, "name") }))} noValidate aria-label="Create a class">
      <FormError message={form.error} />
      <Field
        label="Class name"
        name="name"
        hint="For example: Year 13 History, set 2"
        error={form.fieldErrors.name}
        required
      />
      <button type="submit" disabled={form.pending}>
        {form.pending ? "Creating…" : "Create class"}
      </button>
    </form>
  );
}
