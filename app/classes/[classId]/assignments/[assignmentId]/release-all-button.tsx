"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { releaseClassFeedback } from "@/lib/marking/actions";

// Releases every marked essay at once, and says what is still waiting for a mark.
export function ReleaseAllButton({ assignmentId, ready }: { assignmentId: string; ready: number }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string>();
  return (
    <div className="release-all">
      <button
        type="button"
        disabled={pending || ready === 0}
        onClick={() =>
          startTransition(async () => {
            const result = await releaseClassFeedback({ assignmentId });
            if (!result.ok) return setMessage(result.error);
            const { released, unmarked } = result.data;
            setMessage(
              `Released feedback on ${released} essay${released === 1 ? "" : "s"}.${unmarked ? ` ${unmarked} submitted essay${unmarked === 1 ? " still needs" : "s still need"} a level and mark.` : ""}`,
            );
            router.refresh();
          })
        }
      >
        Release all marked feedback ({ready})
      </button>
      <p role="status">{message}</p>
    </div>
  );
}
