"use client";

import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { removeStudent } from "@/lib/classes/actions";

export function RemoveStudentButton({ classId, studentId, studentName }: { classId: string; studentId: string; studentName: string }) {
  const router = useRouter();
  const action = useActionForm(removeStudent, () => router.refresh());
  return (
    <>
      <button
        type="button"
        aria-label={`Remove ${studentName} from the class`}
        disabled={action.pending}
        onClick={() => {
          if (window.confirm(`Remove ${studentName} from this class? Their account and work are kept.`)) action.submit({ classId, studentId });
        }}
      >
        Remove
      </button>
      {action.error && <span className="field-error">{action.error}</span>}
    </>
  );
}
