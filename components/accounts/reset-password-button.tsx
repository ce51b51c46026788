"use client";

import { useState } from "react";
import { FormError } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/server-actions/action-result";
import { CopyText } from "./copy-text";

type Reset = { name: string; email: string; firstPassword: string };

// "Reset password", asked twice: the account gets a new first-time password, shown here once,
// which its owner must change at their next sign-in; every session they had ends.
export function ResetPasswordButton({ name, reset }: { name: string; reset: () => Promise<ActionResult<Reset>> }) {
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<Reset>();
  const action = useActionForm(reset, (result) => {
    setAsking(false);
    setDone(result);
  });
  if (done) {
    return (
      <span className="reset-result" role="status">
        New first-time password for {done.name}:{" "}
        <CopyText value={done.firstPassword} label={`${done.name}'s first-time password`} />{" "}
        <span className="meta">Shown only once. They choose their own when they sign in with it.</span>
      </span>
    );
  }
  return (
    <span className="reset-password">
      {asking ? (
        <span role="group" aria-label={`Reset ${name}'s password?`}>
          <span>Sign {name} out everywhere and give them a new first-time password? </span>
          <button
            type="button"
            className="small danger"
            disabled={action.pending}
            onClick={() => action.submit(undefined)}
          >
            {action.pending ? "Resetting…" : "Reset"}
          </button>{" "}
          <button type="button" className="small" onClick={() => setAsking(false)}>
            Cancel
          </button>
        </span>
      ) : (
        <button type="button" className="small" aria-label={`Reset ${name}'s password`} onClick={() => setAsking(true)}>
          Reset password
        </button>
      )}
      <FormError message={action.error} />
    </span>
  );
}
