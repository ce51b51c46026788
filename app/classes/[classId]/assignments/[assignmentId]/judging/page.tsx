import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EssayDocumentView } from "@/components/editor/essay-document-view";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getAssignmentForTeacher } from "@/lib/assignments/store";
import { ZId } from "@/lib/fields";
import { getRound } from "@/lib/judging/store";
import { JudgeButtons, StartRoundButton } from "./judging-controls";

export const metadata: Metadata = { title: "Comparative judgement" };

export default async function JudgingPage({ params }: { params: Promise<{ classId: string; assignmentId: string }> }) {
  const teacher = await requirePageUser("TEACHER");
  const id = ZId.safeParse((await params).assignmentId);
  const assignment = id.success ? await getAssignmentForTeacher(teacher, id.data) : null;
  if (!assignment) notFound();
  const round = await getRound(teacher, assignment.id);
  const submitted = assignment.students.filter((student) => student.essay?.submittedAt).length;

  return (
    <>
      <p className="breadcrumb">
        <Link href={`/classes/${assignment.class.id}`}>{assignment.class.name}</Link> › <Link href={`/classes/${assignment.class.id}/assignments/${assignment.id}`}>{assignment.prompt.text}</Link>
      </p>
      <h1>Comparative judgement</h1>
      <p>
        Read two essays, anonymised, and choose the better answer to the question. From many such judgements the essays are put on one scale (a Bradley–Terry model). The reliability figure says how far the order can be trusted: above 0.7 is usual for a round worth using, and it rises with
        more judgements (about ten per essay).
      </p>
      {!round ? (
        submitted >= 3 ? (
          <StartRoundButton assignmentId={assignment.id} />
        ) : (
          <p className="muted">Judging needs at least three submitted essays; {submitted === 1 ? "1 has" : `${submitted} have`} been submitted so far.</p>
        )
      ) : (
        <>
          {round.pair ? (
            <section aria-labelledby="pair-heading" className="judging-pair">
              <h2 id="pair-heading">Which is the better answer?</h2>
              <div className="pair-columns">
                <EssayDocumentView document={round.pair[0]!.document} label="Essay A" />
                <EssayDocumentView document={round.pair[1]!.document} label="Essay B" />
              </div>
              <JudgeButtons roundId={round.id} first={round.pair[0]!.id} second={round.pair[1]!.id} />
            </section>
          ) : (
            <p role="status">You have judged every pair of these essays.</p>
          )}
          <section aria-labelledby="scale-heading">
            <h2 id="scale-heading">The scale so far</h2>
            <p data-testid="judging-summary">
              {round.judgements} {round.judgements === 1 ? "judgement" : "judgements"} ({round.byThisJudge} by you) · reliability {round.reliability === null ? "—" : round.reliability.toFixed(2)}
              {round.correlation !== null && ` · agreement with the awarded marks r = ${round.correlation.toFixed(2)}`}
            </p>
            <table className="roster">
              <caption className="visually-hidden">Essays in order of the judging scale, best first</caption>
              <thead>
                <tr>
                  <th scope="col">Rank</th>
                  <th scope="col">Student</th>
                  <th scope="col">Scale (logits)</th>
                  <th scope="col">Judged</th>
                  <th scope="col">Awarded mark</th>
                  <th scope="col">Mark from the scale</th>
                </tr>
              </thead>
              <tbody>
                {round.ranked.map((essay) => (
                  <tr key={essay.id}>
                    <td>{essay.rank}</td>
                    <th scope="row">{essay.student}</th>
                    <td>
                      {essay.theta.toFixed(2)} ± {essay.se.toFixed(2)}
                    </td>
                    <td>
                      {essay.wins} of {essay.comparisons} won
                    </td>
                    <td>{essay.mark === null ? "—" : `${essay.mark}/${round.totalMarks}`}</td>
                    <td>{essay.predicted === null ? "—" : `${essay.predicted}/${round.totalMarks}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="meta">Marks from the scale come from a straight line through the essays you have marked (they anchor the scale); they need at least two marked essays.</p>
          </section>
        </>
      )}
    </>
  );
}
