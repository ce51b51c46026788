"use client";

import { useRouter } from "next/navigation";
import { Field, FormError } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { archiveClass, regenerateJoinCode, renameClass, restoreClass } from "@/lib/classes/actions";

export function ClassSettings({ classId, name, archived }: { classId: string; name: string; archived: boolean }) {
  const router = useRouter();
  const refresh = () => router.refresh();
  const rename = useActionForm(renameClass, refresh);
  const code = useActionForm(regenerateJoinCode, refresh);
  const archive = useActionForm(archived ? restoreClass : archiveClass, refresh);

  return (
    <details className="settings">
      <summary>Class settings</summary>
      <form
        onSubmit={rename.onSubmit((data) => ({ classId, name: formText(data, "name") }))}
        noValidate
        aria-label="Rename class"
      >
        <FormError message={rename.error} />
        <Field
          label="Class name"
          name="name"
          id="rename-class-name"
          defaultValue={name}
          error={rename.fieldErrors.name}
          required
        />
        <button type="submit" disabled={rename.pending}>
          Rename
        </button>
      </form>
      <FormError message={code.error ?? archive.error} />
      <p>
        <button type="button" disabled={code.pending} onClick={() => code.submit({ classId })}>
          New join code
        </button>{" "}
        <span className="meta">The old code stops working; students already in the class stay.</span>
      </p>
      <p>
        <button type="button" disabled={archive.pending} onClick={() => archive.submit({ classId })}>
          {archived ? "Restore class" : "Archive class"}
        </button>
      </p>
    </details>
  );
}
