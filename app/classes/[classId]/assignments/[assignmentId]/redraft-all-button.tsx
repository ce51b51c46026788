"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Modal } from "@/components/editor/modal";
import { requestClassRedrafts } from "@/lib/marking/actions";

// Asks every student whose feedback is released for a redraft: each starts a new draft from
// their own words, with this draft's comments beside it.
export function RedraftAllButton({ assignmentId, ready }: { assignmentId: string; ready: number }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string>();
  if (ready === 0) return null;
  return (
    <div className="redraft-all">
      <button type="button" onClick={() => setConfirming(true)}>
        Ask for redrafts ({ready})
      </button>
      <p role="status">{message}</p>
      {confirming && (
        <Modal title="Ask for a redraft?" onCancel={() => setConfirming(false)}>
          <p>
            {ready} {ready === 1 ? "student" : "students"} with released feedback will find a new draft to write,
            starting from their own words, with your comments beside it. You mark each new draft as its own essay, with
            this one beside it.
          </p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={pending}
              onClick={() =>
                startTransition(async () => {
                  const result = await requestClassRedrafts({ assignmentId }).catch(() => null);
                  setConfirming(false);
                  if (!result) return setMessage("The server could not be reached, so nothing was changed.");
                  if (!result.ok) return setMessage(result.error);
                  setMessage(
                    `Asked ${result.data.redrafts} ${result.data.redrafts === 1 ? "student" : "students"} for a redraft.`,
                  );
                  router.refresh();
                })
              }
            >
              {pending ? "Asking…" : "Ask for redrafts"}
            </button>{" "}
            <button type="button" className="small" disabled={pending} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </Modal>
      )}
    </div>
  );
}
