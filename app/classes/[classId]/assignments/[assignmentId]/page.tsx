import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { essayTiming } from "@/components/marking/essay-facts";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getAssignmentForTeacher } from "@/lib/assignments/store";
import { STATUS_LABEL } from "@/lib/assignments/views";
import { assignmentOverview } from "@/lib/marking/store/overview";
import { describeTimeLimit, formatDateTime } from "@/lib/format";
import { codeMeaning } from "@/lib/marking/rules/codes";
import { ZMarkSchemeLevels } from "@/lib/marking/schema";
import { ZId } from "@/lib/fields";
import { ReleaseAllButton } from "./release-all-button";

export const metadata: Metadata = { title: "Assignment" };

export default async function TeacherAssignmentPage({ params }: { params: Promise<{ classId: string; assignmentId: string }> }) {
  const teacher = await requirePageUser("TEACHER");
  const id = ZId.safeParse((await params).assignmentId);
  const [assignment, overview] = id.success ? await Promise.all([getAssignmentForTeacher(teacher, id.data), assignmentOverview(teacher, id.data)]) : [null, null];
  if (!assignment || !overview) notFound();
  const count = (status: string) => assignment.students.filter((student) => student.status === status).length;
  const submitted = assignment.students.filter((student) => student.essay?.submittedAt);
  const nextUnmarked = submitted.find((student) => student.essay?.feedback?.mark == null);
  const readyToRelease = submitted.filter((student) => student.essay?.feedback?.mark != null && student.essay.feedback.level != null && !student.essay.feedback.releasedAt).length;
  const levels = ZMarkSchemeLevels.parse(assignment.markScheme.levels);
  const chartLevels = [...levels.map((band) => ({ level: band.level, label: `Level ${band.level} (${band.minMarks}–${band.maxMarks})` })), { level: 0, label: "Level 0 (0)" }];
  const markedCount = [...overview.byLevel.values()].reduce((sum, value) => sum + value, 0);
  const widest = Math.max(1, ...overview.byLevel.values());

  return (
    <>
      <p className="breadcrumb">
        <Link href={`/classes/${assignment.class.id}`}>{assignment.class.name}</Link>
      </p>
      <h1>{assignment.prompt.text}</h1>
      <dl className="facts">
        <dt>Time limit</dt>
        <dd>{describeTimeLimit(assignment.timeLimitMinutes)}</dd>
        <dt>Opens</dt>
        <dd>{formatDateTime(assignment.opensAt)}</dd>
        <dt>Due</dt>
        <dd>{formatDateTime(assignment.dueAt)}</dd>
        <dt>Mark scheme</dt>
        <dd>{assignment.markScheme.name}</dd>
      </dl>
      <p data-testid="status-summary">
        {count("to-do")} not started · {count("in-progress")} writing · {count("submitted")} submitted · {count("marked")} marked
      </p>
      <div className="page-actions">
        {nextUnmarked?.essay ? (
          <Link className="link-button" href={`/marking/${nextUnmarked.essay.id}`}>
            Mark the next unmarked essay ({nextUnmarked.name})
          </Link>
        ) : (
          submitted.length > 0 && <p>Every submitted essay has a mark.</p>
        )}
        <ReleaseAllButton assignmentId={assignment.id} ready={readyToRelease} />
      </div>
      <table className="roster">
        <caption>Submissions</caption>
        <thead>
          <tr>
            <th scope="col">Student</th>
            <th scope="col">Status</th>
            <th scope="col">Submitted</th>
            <th scope="col">Time taken</th>
            <th scope="col">Words</th>
            <th scope="col">Quotations</th>
            <th scope="col">Evidence</th>
            <th scope="col">Mark</th>
            <th scope="col">
              <span className="visually-hidden">Open</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {assignment.students.map((student) => {
            const essay = student.essay;
            const feedback = essay?.feedback;
            return (
              <tr key={student.id}>
                <td>{student.name}</td>
                <td>{feedback?.releasedAt ? "Feedback released" : feedback?.mark != null ? "Marked, not released" : STATUS_LABEL[student.status]}</td>
                <td>{essay?.submittedAt ? formatDateTime(essay.submittedAt) : "—"}</td>
                <td>{essay ? (essayTiming(essay) ?? "—") : "—"}</td>
                <td>{essay?.submittedAt ? essay.wordCount.toLocaleString("en-GB") : "—"}</td>
                <td>{essay?.submittedAt ? essay.quotationIds.length : "—"}</td>
                <td>{essay?.submittedAt ? essay.evidenceIds.length : "—"}</td>
                <td>{feedback?.mark != null ? `Level ${feedback.level}, ${feedback.mark}/${assignment.markScheme.totalMarks}` : "—"}</td>
                <td>
                  {essay?.submittedAt && (
                    <Link href={`/marking/${essay.id}`}>
                      {feedback?.mark != null ? "Open" : "Mark"}
                      <span className="visually-hidden"> {student.name}'s essay</span>
                    </Link>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <section aria-labelledby="overview-heading" className="class-overview">
        <h2 id="overview-heading">Class overview</h2>
        {markedCount === 0 ? (
          <p className="muted">Marks by level, and the codes and bank comments you use most, appear here as you mark.</p>
        ) : (
          <>
            <figure className="level-chart">
              <figcaption>Marks by level ({markedCount} marked)</figcaption>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Level</th>
                    <th scope="col">Essays</th>
                  </tr>
                </thead>
                <tbody>
                  {chartLevels.map(({ level, label }) => {
                    const essays = overview.byLevel.get(level) ?? 0;
                    return (
                      <tr key={level}>
                        <th scope="row">{label}</th>
                        <td>
                          <span className="bar" style={{ width: `${(essays / widest) * 100}%` }} aria-hidden="true" />
                          <span className="bar-value">{essays}</span>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </figure>
          </>
        )}
        {overview.codes.length > 0 && (
          <>
            <h3>Most used codes</h3>
            <ol className="code-counts">
              {overview.codes.map(({ code, count: uses }) => (
                <li key={code}>
                  <abbr className="code-badge" title={codeMeaning(code) ?? undefined}>
                    {code}
                  </abbr>{" "}
                  {codeMeaning(code)}: {uses}
                </li>
              ))}
            </ol>
          </>
        )}
        {overview.bankComments.length > 0 && (
          <>
            <h3>Most used bank comments</h3>
            <ol>
              {overview.bankComments.map((item) => (
                <li key={item.id}>
                  {item.code && <span className="code-badge">{item.code}</span>} {item.body} ({item.count}×)
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </>
  );
}
