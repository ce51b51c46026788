import { bandOf } from "@/lib/marking/rules/bands";
import type { TMarkSchemeLevels } from "@/lib/marking/schema";

// The level, mark and overall feedback, as the student, the print view and a moderator read them.
export function FeedbackSummary({ feedback, scheme }: { feedback: { level: number | null; mark: number | null; wentWell: string; evenBetterIf: string }; scheme: { name: string; totalMarks: number; levels: TMarkSchemeLevels } }) {
  const band = feedback.level === null ? null : bandOf(scheme.levels, feedback.level);
  return (
    <section className="feedback-summary" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">Feedback</h2>
      <p className="mark-line" data-testid="mark-line">
        <strong>Level {feedback.level ?? "—"}</strong> · <strong>{feedback.mark ?? "—"}</strong> / {scheme.totalMarks} marks
      </p>
      {band && <p className="level-descriptor">{band.descriptor}</p>}
      {feedback.wentWell && (
        <>
          <h3>What went well</h3>
          <p className="feedback-text">{feedback.wentWell}</p>
        </>
      )}
      {feedback.evenBetterIf && (
        <>
          <h3>Even better if</h3>
          <p className="feedback-text">{feedback.evenBetterIf}</p>
        </>
      )}
    </section>
  );
}
