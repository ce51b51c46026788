"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { recordJudgement, startJudgingRound } from "@/lib/judging/actions";

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
      <button type="button" className="primary" disabled={form.pending} onClick={() => form.submit({ roundId, winnerId: first, loserId: second })}>
        Essay A is better
      </button>
      <button type="button" className="primary" disabled={form.pending} onClick={() => form.submit({ roundId, winnerId: second, loserId: first })}>
        Essay B is better
      </button>
    </div>
  );
}
