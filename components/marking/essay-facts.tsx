import { formatDateTime } from "@/lib/format";

// The submission at a glance: when, how long, how long, and what from the library it used.
export function essayTiming(essay: { startedAt: Date; submittedAt: Date | null }) {
  if (!essay.submittedAt) return null;
  const minutes = Math.max(1, Math.round((essay.submittedAt.getTime() - essay.startedAt.getTime()) / 60_000));
  return minutes >= 120 ? `${Math.round(minutes / 60)} hours` : `${minutes} min`;
}

export function EssayFacts({ essay }: { essay: { startedAt: Date; submittedAt: Date | null; autoSubmitted: boolean; wordCount: number; quotationIds: string[]; evidenceIds: string[] } }) {
  return (
    <dl className="facts">
      <dt>Submitted</dt>
      <dd>
        {essay.submittedAt ? formatDateTime(essay.submittedAt) : "—"}
        {essay.autoSubmitted && " (at the time limit)"}
      </dd>
      <dt>Time taken</dt>
      <dd>{essayTiming(essay) ?? "—"}</dd>
      <dt>Words</dt>
      <dd>{essay.wordCount.toLocaleString("en-GB")}</dd>
      <dt>From the library</dt>
      <dd>
        {essay.quotationIds.length} quotation{essay.quotationIds.length === 1 ? "" : "s"}, {essay.evidenceIds.length} evidence card{essay.evidenceIds.length === 1 ? "" : "s"}
      </dd>
    </dl>
  );
}
