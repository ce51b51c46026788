"use client";

import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { setTeacherActive } from "@/lib/accounts/actions";

// A teacher who left: their account is turned off (no sign-in, every session ended; their classes
// and marking stay), and can be turned on again.
export function TeacherActiveButton({ teacherId, name, active }: { teacherId: string; name: string; active: boolean }) {
  const router = useRouter();
  const action = useActionForm(setTeacherActive, () => router.refresh());
  return (
    <>
      <button
        type="button"
        className="small"
        aria-label={`${active ? "Turn off" : "Turn on"} ${name}'s account`}
        disabled={action.pending}
        onClick={() => action.submit({ teacherId, active: !active })}
      >
        {active ? "Turn off" : "Turn on"}
      </button>
      {action.error && <span className="field-error">{action.error}</span>}
    </>
  );
}
