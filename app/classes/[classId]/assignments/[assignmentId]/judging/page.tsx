import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddJudgeForm, RemoveJudgeButton, StartRoundButton } from "@/components/judging/judging-controls";
import { JudgingPair } from "@/components/judging/judging-pair";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getAssignmentForTeacher } from "@/lib/assignments/store/assignments";
import { ZId } from "@/lib/fields";
import { formatShare } from "@/lib/format";
import { getRound } from "@/lib/judging/store/rounds";

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
        <Link href={`/classes/${assignment.class.id}`}>{assignment.class.name}</Link> ›{" "}
        <Link href={`/classes/${assignment.class.id}/assignments/${assignment.id}`}>{assignment.prompt.text}</Link>
      </p>
      <h1>Comparative judgement</h1>
      <p>
        Read two essays, anonymised, and choose the better answer to the question. From many such judgements the essays
        are put on one scale (a Bradley–Terry model). The reliability figure says how far the order can be trusted:
        above 0.7 is usual for a round worth using, and it rises with more judgements (about ten per essay).
      </p>
      {!round ? (
        submitted >= 3 ? (
          <StartRoundButton assignmentId={assignment.id} />
        ) : (
          <p className="muted">
            Judging needs at least three submitted essays; {submitted === 1 ? "1 has" : `${submitted} have`} been
            submitted so far.
          </p>
        )
      ) : (
        <>
          <JudgingPair roundId={round.id} pair={round.pair} />
          <section aria-labelledby="scale-heading">
            <h2 id="scale-heading">The scale so far</h2>
            <p data-testid="judging-summary">
              {round.judgements} {round.judgements === 1 ? "judgement" : "judgements"} ({round.byThisJudge} by you) ·
              reliability {round.reliability === null ? "—" : round.reliability.toFixed(2)}
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
            <p className="meta">
              Marks from the scale come from a straight line through the essays you have marked (they anchor the scale);
              they need at least two marked essays.
            </p>
          </section>
          <section aria-labelledby="judges-heading">
            <h2 id="judges-heading">Judges</h2>
            <p>
              More judges make a fairer scale and share the reading. Each judge&apos;s agreement with the shared scale
              is the share of their judgements whose winner the scale also puts higher: one well below the others may be
              reading the question differently.
            </p>
            <table className="roster">
              <caption className="visually-hidden">
                Who judges this round, how many judgements each has made, and how often they agree with the scale
              </caption>
              <thead>
                <tr>
                  <th scope="col">Judge</th>
                  <th scope="col">Judgements</th>
                  <th scope="col">Agrees with the scale</th>
                  <th scope="col">
                    <span className="visually-hidden">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {round.judges.map((judge) => (
                  <tr key={judge.id}>
                    <th scope="row">
                      {judge.id === teacher.id
                        ? `${judge.name} (you)`
                        : judge.former
                          ? `${judge.name} (no longer judging)`
                          : judge.name}
                    </th>
                    <td>{judge.judgements}</td>
                    <td>{formatShare(judge.withScale)}</td>
                    <td>
                      {judge.id !== teacher.id && judge.email !== null && (
                        <RemoveJudgeButton roundId={round.id} judgeId={judge.id} name={judge.name} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <AddJudgeForm roundId={round.id} />
          </section>
        </>
      )}
    </>
  );
}
