"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError, TextAreaField } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { updateInstallationSettings } from "@/lib/accounts/actions";

// Who may create a teacher account without an invitation.
export function SignUpSettingsForm({
  openTeacherSignUp,
  teacherEmailDomains,
}: {
  openTeacherSignUp: boolean;
  teacherEmailDomains: string[];
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useActionForm(updateInstallationSettings, () => {
    setSaved(true);
    router.refresh();
  });
  return (
    <form
      aria-label="Teacher sign-up"
      onSubmit={form.onSubmit((data) => {
        setSaved(false);
        return {
          openTeacherSignUp: data.get("openTeacherSignUp") === "on",
          teacherEmailDomains: formText(data, "teacherEmailDomains"),
        };
      })}
      noValidate
    >
      <FormError message={form.error} />
      <TextAreaField
        label="Email domains whose teachers may sign up"
        name="teacherEmailDomains"
        rows={2}
        defaultValue={teacherEmailDomains.join("\n")}
        hint="One a line, like school.example.org. Leave empty to admit teachers by invitation only."
        error={form.fieldErrors.teacherEmailDomains}
      />
      <label className="inline-choice">
        <input type="checkbox" name="openTeacherSignUp" defaultChecked={openTeacherSignUp} /> Anyone may create a
        teacher account (not advised: teachers add to the shared library)
      </label>
      <p>
        <button type="submit" disabled={form.pending}>
          {form.pending ? "Saving…" : "Save sign-up settings"}
        </button>{" "}
        {saved && !form.pending && <span role="status">Saved.</span>}
      </p>
    </form>
  );
}
