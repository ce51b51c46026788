"use client";

import { useState } from "react";
import { hasUnsavedBackups } from "@/components/editor/local-backup";
import { Modal } from "@/components/editor/modal";
import { signOutAndForget } from "./sign-out";

// Signing out also removes the essays this browser kept (a classroom computer is shared). If some
// work never reached the server, the student is asked first rather than losing it unawares.
export function SignOutButton() {
  const [confirming, setConfirming] = useState(false);

  const leave = () => void signOutAndForget();

  return (
    <>
      <button
        type="button"
        className="link-button"
        onClick={() => (hasUnsavedBackups() ? setConfirming(true) : leave())}
      >
        Sign out
      </button>
      {confirming && (
        <Modal title="Some work has not been saved yet" onCancel={() => setConfirming(false)}>
          <p>
            This browser holds changes to an essay that have not reached the server. Signing out removes them from this
            computer.
          </p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => setConfirming(false)}>
              Go back and let it save
            </button>
            <button type="button" className="danger" onClick={leave}>
              Sign out and remove them
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
