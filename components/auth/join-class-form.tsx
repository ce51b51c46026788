"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, FormError } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { joinClass } from "@/lib/classes/actions";

export function JoinClassForm() {
  const router = useRouter();
  const [joined, setJoined] = useState<string>();
  const form = useActionForm(joinClass, ({ className }) => {
    setJoined(className);
    router.refresh();
  });

  return (
    <form
      onSubmit={form.onSubmit((data) => ({ joinCode: formText(data, "joinCode") }))}
      noValidate
      aria-label="Join another class"
    >
      <FormError message={form.error} />
      {joined && <p role="status">You have joined {joined}.</p>}
      <Field
        label="Join code"
        name="joinCode"
        autoComplete="off"
        hint="From your teacher, like ABCD-2345."
        error={form.fieldErrors.joinCode}
        required
      />
      <button type="submit" disabled={form.pending}>
        {form.pending ? "Joining…" : "Join class"}
      </button>
    </form>
  );
}
