"use client";

import { useState } from "react";

// A value to hand on (a first-time password, an invitation link) with a button that copies it.
export function CopyText({ value, label }: { value: string; label: string }) {
  return (
    <span className="copy-text">
      <code>{value}</code> <CopyButton value={value} label={label} />
    </span>
  );
}

export function CopyButton({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="small"
      aria-label={`Copy ${label}`}
      onClick={() =>
        void navigator.clipboard.writeText(value).then(
          () => setCopied(true),
          () => setCopied(false),
        )
      }
    >
      {copied ? "Copied" : "Copy"}
    </button>
  );
}
