"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Field, FormError, SaveRow } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { addJudge, recordJudgement, removeJudge, startJudgingRound } from "@/lib/judging/actions";

export function StartRoundButton({ assignmentId }: { assignmentId: string }) {
  const router = useRouter();
  const form = useActionForm(startJudgingRound, () => router.refresh());
  return (
    <>
      <FormError message={form.error} />
      <button type="button" className="primary" disabled={form.pending} onClick={() => form.submit({ assignmentId })}>
        {form.pending ? "Starting…" : "Start judging"}
      </button>
    </>
  );
}

// "Which is the better answer?": one click records the judgement and brings the next pair.
export function JudgeButtons({ roundId, first, second }: { roundId: string; first: string; second: string }) {
  const router = useRouter();
  const form = useActionForm(recordJudgement, () => router.refresh());
  return (
    <div className="judge-buttons">
      <FormError message={form.error} />
      <button
        type="button"
        className="primary"
        disabled={form.pending}
        onClick={() => form.submit({ roundId, winnerId: first, loserId: second })}
      >
        Essay A is better
      </button>
      <button
        type="button"
        className="primary"
        disabled={form.pending}
        onClick={() => form.submit({ roundId, winnerId: second, loserId: first })}
      >
        Essay B is better
      </button>
    </div>
  );
}

// The class's teacher asks a colleague to judge this round too, by their account's email.
export function AddJudgeForm({ roundId }: { roundId: string }) {
  const router = useRouter();
  const [added, setAdded] = useState<string | null>(null);
  const form = useActionForm(addJudge, (data) => {
    setAdded(data.name);
    router.refresh();
  });
  const id = useId();
  return (
    <form
      className="add-judge-form"
      aria-label="Ask a colleague to judge"
      onChange={() => setAdded(null)}
      onSubmit={form.onSubmit((data) => ({ roundId, email: formText(data, "email") }))}
    >
      <Field
        id={`${id}-email`}
        label="Colleague's email (another teacher)"
        name="email"
        type="email"
        required
        error={form.fieldErrors.email}
        hint="They judge the same anonymised pairs from their own Judging page; they never see names or marks."
      />
      <FormError message={form.error} />
      <SaveRow pending={form.pending} label="Add judge" saved={added && `${added} can now judge this round.`} />
    </form>
  );
}

export function RemoveJudgeButton({ roundId, judgeId, name }: { roundId: string; judgeId: string; name: string }) {
  const router = useRouter();
  const form = useActionForm(removeJudge, () => router.refresh());
  return (
    <>
      <button
        type="button"
        className="danger"
        disabled={form.pending}
        aria-label={`Stop ${name} judging this round`}
        onClick={() => form.submit({ roundId, judgeId })}
      >
        Remove
      </button>
      <FormError message={form.error} />
    </>
  );
}
