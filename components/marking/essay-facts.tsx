import { describeTimeTaken, formatDateTime, ownWordsNote } from "@/lib/format";

// The submission at a glance: when, how long it took, how long it is, and what from the library it used.
export function EssayFacts({
  essay,
}: {
  essay: {
    startedAt: Date;
    submittedAt: Date | null;
    autoSubmitted: boolean;
    wordCount: number;
    ownWordCount?: number | null;
    quotationIds: string[];
    evidenceIds: string[];
  };
}) {
  return (
    <dl className="facts">
      <dt>Submitted</dt>
      <dd>
        {essay.submittedAt ? formatDateTime(essay.submittedAt) : "—"}
        {essay.autoSubmitted && " (at the time limit)"}
      </dd>
      <dt>Time taken</dt>
      <dd>{describeTimeTaken(essay) ?? "—"}</dd>
      <dt>Words</dt>
      <dd>
        {essay.wordCount.toLocaleString("en-GB")}
        {ownWordsNote(essay.wordCount, essay.ownWordCount) && (
          <span className="meta block">{ownWordsNote(essay.wordCount, essay.ownWordCount)}</span>
        )}
      </dd>
      <dt>From the library</dt>
      <dd>
        {essay.quotationIds.length} quotation{essay.quotationIds.length === 1 ? "" : "s"}, {essay.evidenceIds.length}{" "}
        evidence card{essay.evidenceIds.length === 1 ? "" : "s"}
      </dd>
    </dl>
  );
}
