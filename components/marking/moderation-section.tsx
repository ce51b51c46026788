import Link from "next/link";
import { formatShare } from "@/lib/format";
import type { getModeration } from "@/lib/moderation/store/second-marks";
import { AgreeMarkForm, SecondMarkerForm } from "./second-marking";

type Moderation = NonNullable<Awaited<ReturnType<typeof getModeration>>>;

// The class's teacher's side of blind second marking: who marks second, how the marks agree, and
// the essays waiting for an agreed mark.
export function ModerationSection({
  assignmentId,
  moderation,
  levels,
}: {
  assignmentId: string;
  moderation: Moderation;
  levels: { level: number; minMarks: number; maxMarks: number }[];
}) {
  const { agreement } = moderation;
  return (
    <section aria-labelledby="moderation-heading" className="moderation">
      <h2 id="moderation-heading">Second marking and moderation</h2>
      <p className="meta">
        A colleague marks the submitted essays blind (<Link href="/second-marking">their second-marking page</Link>),
        without your mark or comments. Marks further apart than the tolerance are listed here for you to agree one.
      </p>
      <SecondMarkerForm
        assignmentId={assignmentId}
        email={moderation.secondMarker?.email ?? ""}
        tolerance={moderation.tolerance}
      />
      {moderation.secondMarker && (
        <>
          <p data-testid="moderation-summary">
            {moderation.secondMarker.name} has second-marked {moderation.secondMarked} of {moderation.submitted}{" "}
            submitted essays. Of the {agreement.doubleMarked} with both marks: same level{" "}
            {formatShare(agreement.sameLevel)}, within {moderation.tolerance} marks{" "}
            {formatShare(agreement.withinTolerance)}, mean difference {agreement.meanDifference ?? "—"} marks.
          </p>
          {agreement.toModerate.length > 0 && (
            <table className="roster">
              <caption>Marks beyond the tolerance, waiting for an agreed mark</caption>
              <thead>
                <tr>
                  <th scope="col">Student</th>
                  <th scope="col">Your mark</th>
                  <th scope="col">Second mark</th>
                  <th scope="col">Agreed mark</th>
                </tr>
              </thead>
              <tbody>
                {agreement.toModerate.map((pair) => (
                  <tr key={pair.essayId}>
                    <th scope="row">
                      <Link href={`/marking/${pair.essayId}`}>{pair.student}</Link>
                    </th>
                    <td>
                      Level {pair.first.level} · {pair.first.mark}
                    </td>
                    <td>
                      Level {pair.second.level} · {pair.second.mark}
                    </td>
                    <td>
                      <AgreeMarkForm
                        essayId={pair.essayId}
                        student={pair.student}
                        levels={levels}
                        initial={pair.first}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
