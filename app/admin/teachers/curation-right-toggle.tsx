"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { setCurationRight } from "@/lib/accounts/actions";

// Ticked at once; if the server refuses, it goes back and says why.
export function CurationRightToggle({
  teacherId,
  name,
  granted,
}: {
  teacherId: string;
  name: string;
  granted: boolean;
}) {
  const router = useRouter();
  const [checked, setChecked] = useState(granted);
  const action = useActionForm(setCurationRight, () => router.refresh());
  const error = action.error;
  return (
    <>
      <label className="inline-choice">
        <input
          type="checkbox"
          checked={error ? granted : checked}
          disabled={action.pending}
          onChange={(event) => {
            setChecked(event.target.checked);
            action.submit({ teacherId, granted: event.target.checked });
          }}
        />{" "}
        May curate the library
        <span className="visually-hidden"> ({name})</span>
      </label>
      <FormError message={error} />
    </>
  );
}
