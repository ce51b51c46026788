"use client";

import { useState } from "react";
import type { WritingLogView } from "@/lib/essays/views";
import { ReplayPlayer } from "./replay-player";

// The writing replay on a page with much else on it (marking): the log is fetched when asked for.
export function ReplayPanel({ essayId, studentName }: { essayId: string; studentName?: string }) {
  const [log, setLog] = useState<WritingLogView | null>(null);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function load() {
    setLoading(true);
    setProblem(null);
    const response = await fetch(`/api/essays/${encodeURIComponent(essayId)}/log`).catch(() => null);
    const body = await response?.json().catch(() => null);
    setLoading(false);
    if (response?.ok) setLog(body as WritingLogView);
    else setProblem(body?.error ?? "The replay could not be loaded: check your connection and try again.");
  }

  if (log) return <ReplayPlayer log={log} studentName={studentName} />;
  return (
    <div>
      <button type="button" onClick={() => void load()} disabled={loading}>
        {loading ? "Loading the replay…" : "Show the writing replay"}
      </button>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
