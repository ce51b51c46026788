"use client";

import { useRouter } from "next/navigation";
import { Field, FormError, TextAreaField } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { createMarkScheme } from "@/lib/marking/actions";

const EXAMPLE =
  "4 | 16-20 | Good understanding; analytical and balanced\n3 | 11-15 | Some analysis; generalised support\n2 | 6-10 | Mostly descriptive\n1 | 1-5 | Limited knowledge";

export function CreateMarkSchemeForm() {
  const router = useRouter();
  const form = useActionForm(createMarkScheme, () => router.refresh());
  return (
    <form
      onSubmit={form.onSubmit((data) => ({ name: formText(data, "name"), levels: formText(data, "levels") }))}
      noValidate
      aria-label="Create a mark scheme"
    >
      <FormError message={form.error} />
      <Field
        label="Name"
        name="name"
        hint="For example: 20-mark Edexcel essay"
        error={form.fieldErrors.name}
        required
      />
      <TextAreaField
        label="Levels, one a line, highest first"
        name="levels"
        rows={6}
        placeholder={EXAMPLE}
        hint="level | lowest-highest marks | what the level shows. Bands start at 1 mark and run on without gaps."
        error={form.fieldErrors.levels}
        required
      />
      <button type="submit" disabled={form.pending}>
        {form.pending ? "Saving…" : "Save mark scheme"}
      </button>
    </form>
  );
}
