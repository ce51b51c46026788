"use client";

import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { startEssay } from "@/lib/essays/actions";

// Starting a timed essay starts its clock, so the button says so.
export function StartEssayButton({ assignmentId, timed }: { assignmentId: string; timed: boolean }) {
  const router = useRouter();
  const { pending, error, submit } = useActionForm(startEssay, () => router.push(`/assignments/${assignmentId}/write`));
  return (
    <div className="actions">
      <button type="button" className="primary" disabled={pending} onClick={() => submit({ assignmentId })}>
        {pending ? "Starting…" : timed ? "Start the timed essay now" : "Start writing"}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
