"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Modal } from "@/components/editor/modal";
import { FormError, TextAreaField } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { requestRedraft, withdrawFeedback } from "@/lib/marking/actions";

type Props = { essayId: string; draft: number; released: boolean; nextDraftId: string | null };

// After release: ask this student for a redraft, or take the feedback back with a reason they see.
export function FeedbackActions({ essayId, draft, released, nextDraftId }: Props) {
  const router = useRouter();
  const [dialog, setDialog] = useState<"withdraw" | "redraft" | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const withdraw = useActionForm(withdrawFeedback, () => {
    setDialog(null);
    setMessage("Feedback withdrawn. The student sees that it was, and why; release it again when it is ready.");
    router.refresh();
  });
  const redraft = useActionForm(requestRedraft, (data) => {
    setDialog(null);
    router.push(`/essays/${data.essayId}`);
  });
  if (!released && !message) return null;
  return (
    <div className="feedback-actions">
      {message && <p role="status">{message}</p>}
      {released && (
        <div className="page-actions">
          {nextDraftId ? null : (
            <button type="button" onClick={() => setDialog("redraft")}>
              Ask for a redraft
            </button>
          )}
          {!nextDraftId && (
            <button type="button" className="small" onClick={() => setDialog("withdraw")}>
              Withdraw feedback
            </button>
          )}
        </div>
      )}
      {dialog === "redraft" && (
        <Modal title={`Ask for draft ${draft + 1}?`} onCancel={() => setDialog(null)}>
          <p>
            The student gets a new draft to write, starting from their own words, with this draft&apos;s mark and
            comments beside it. This feedback then stays with them.
          </p>
          <FormError message={redraft.error} />
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={redraft.pending}
              onClick={() => redraft.submit({ essayId })}
            >
              {redraft.pending ? "Asking…" : "Ask for a redraft"}
            </button>{" "}
            <button type="button" className="small" onClick={() => setDialog(null)}>
              Cancel
            </button>
          </div>
        </Modal>
      )}
      {dialog === "withdraw" && (
        <Modal title="Withdraw this feedback?" onCancel={() => setDialog(null)}>
          <form
            onSubmit={withdraw.onSubmit((data) => ({ essayId, reason: formText(data, "reason") }))}
            noValidate
            aria-label="Withdraw feedback"
          >
            <p>
              The student stops seeing the mark and comments, and sees your reason instead. Your marking is kept;
              release it again when it is ready.
            </p>
            <FormError message={withdraw.error} />
            <TextAreaField
              label="Reason (the student sees this)"
              name="reason"
              id="withdraw-reason"
              rows={3}
              maxLength={500}
              error={withdraw.fieldErrors.reason}
              required
            />
            <div className="actions">
              <button type="submit" className="danger" disabled={withdraw.pending}>
                {withdraw.pending ? "Withdrawing…" : "Withdraw feedback"}
              </button>{" "}
              <button type="button" className="small" onClick={() => setDialog(null)}>
                Cancel
              </button>
            </div>
          </form>
        </Modal>
      )}
    </div>
  );
}
