import { bandOf } from "@/lib/marking/rules/bands";
import type { TMarkSchemeLevels } from "@/lib/marking/schema";
import { OverallFeedback } from "@/components/marking/overall-feedback";

// The level, mark and overall feedback, as the student, the print view and a moderator read them.
export function FeedbackSummary({
  feedback,
  scheme,
}: {
  feedback: { level: number | null; mark: number | null; wentWell: string; evenBetterIf: string };
  scheme: { name: string; totalMarks: number; levels: TMarkSchemeLevels };
}) {
  const band = feedback.level === null ? null : bandOf(scheme.levels, feedback.level);
  return (
    <section className="feedback-summary" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">Feedback</h2>
      <p className="mark-line" data-testid="mark-line">
        <strong>Level {feedback.level ?? "—"}</strong> · <strong>{feedback.mark ?? "—"}</strong> / {scheme.totalMarks}{" "}
        marks
      </p>
      {band && <p className="level-descriptor">{band.descriptor}</p>}
      <OverallFeedback wentWell={feedback.wentWell} evenBetterIf={feedback.evenBetterIf} />
    </section>
  );
}
