import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getAssignmentForTeacher, liveRowOf } from "@/lib/assignments/store/assignments";
import { ClassRoster } from "@/components/essays/class-roster";
import { AccessArrangements } from "./access-arrangements";
import { AssignmentSettings } from "./assignment-settings";
import { RedraftAllButton } from "./redraft-all-button";
import { assignmentOverview } from "@/lib/marking/store/overview";
import { describeTimeLimit, formatDateTime } from "@/lib/format";
import { codeMeaning } from "@/lib/marking/rules/codes";
import { ZMarkSchemeLevels } from "@/lib/marking/schema";
import { ZId } from "@/lib/fields";
import { ReleaseAllButton } from "./release-all-button";
import { getClassCoverage } from "@/lib/assignments/store/coverage";
import { EvidenceCoverage } from "@/components/essays/evidence-coverage";
import { ModerationSection } from "@/components/marking/moderation-section";
import { getModeration } from "@/lib/moderation/store/second-marks";

export const metadata: Metadata = { title: "Assignment" };

export default async function TeacherAssignmentPage({
  params,
}: {
  params: Promise<{ classId: string; assignmentId: string }>;
}) {
  const teacher = await requirePageUser("TEACHER");
  const id = ZId.safeParse((await params).assignmentId);
  const [assignment, overview, coverage, moderation] = id.success
    ? await Promise.all([
        getAssignmentForTeacher(teacher, id.data),
        assignmentOverview(teacher, id.data),
        getClassCoverage(teacher, id.data),
        getModeration(teacher, id.data),
      ])
    : [null, null, null, null];
  if (!assignment || !overview || !coverage || !moderation) notFound();
  const count = (status: string) => assignment.students.filter((student) => student.status === status).length;
  const submitted = assignment.students.filter((student) => student.essay?.submittedAt);
  const nextUnmarked = submitted.find((student) => student.essay?.feedback?.mark == null);
  const readyToRelease = submitted.filter(
    (student) =>
      student.essay?.feedback?.mark != null &&
      student.essay.feedback.level != null &&
      !student.essay.feedback.releasedAt,
  ).length;
  const readyToRedraft = assignment.students.filter(
    (student) => student.essay?.feedback?.releasedAt && !student.essay.feedback.withdrawnAt,
  ).length;
  const startedCount = assignment.students.filter((student) => student.essay).length;
  const levels = ZMarkSchemeLevels.parse(assignment.markScheme.levels);
  const chartLevels = [
    ...levels.map((band) => ({ level: band.level, label: `Level ${band.level} (${band.minMarks}–${band.maxMarks})` })),
    { level: 0, label: "Level 0 (0)" },
  ];
  const markedCount = [...overview.byLevel.values()].reduce((sum, value) => sum + value, 0);
  const widest = Math.max(1, ...overview.byLevel.values());

  return (
    <>
      <p className="breadcrumb">
        <Link href={`/classes/${assignment.class.id}`}>{assignment.class.name}</Link>
      </p>
      {assignment.title && <p className="eyebrow">{assignment.title}</p>}
      <h1>{assignment.prompt.text}</h1>
      {assignment.archivedAt && (
        <p className="notice" role="status">
          Archived: students no longer see this assignment. Their work is kept.
        </p>
      )}
      <dl className="facts">
        <dt>Time limit</dt>
        <dd>
          {describeTimeLimit(assignment.timeLimitMinutes)}
          {assignment.closedBook && ", closed book"}
        </dd>
        <dt>Opens</dt>
        <dd>{formatDateTime(assignment.opensAt)}</dd>
        <dt>Due</dt>
        <dd>{formatDateTime(assignment.dueAt)}</dd>
        <dt>Mark scheme</dt>
        <dd>{assignment.markScheme.name}</dd>
      </dl>
      <p data-testid="status-summary">
        {count("to-do")} not started · {count("in-progress")} writing · {count("submitted")} submitted ·{" "}
        {count("marked")} marked
      </p>
      <div className="page-actions">
        {nextUnmarked?.essay ? (
          <Link className="button-link" href={`/marking/${nextUnmarked.essay.id}`}>
            Mark the next unmarked essay ({nextUnmarked.name})
          </Link>
        ) : (
          submitted.length > 0 && <p>Every submitted essay has a mark.</p>
        )}
        <ReleaseAllButton assignmentId={assignment.id} ready={readyToRelease} />
        <RedraftAllButton assignmentId={assignment.id} ready={readyToRedraft} />
        <Link href={`/classes/${assignment.class.id}/assignments/${assignment.id}/judging`}>
          Comparative judgement: judge the essays in pairs
        </Link>
      </div>
      <ClassRoster
        assignmentId={assignment.id}
        initialRows={assignment.students.map((student) => liveRowOf(student, assignment.markScheme.totalMarks))}
        initialAt={new Date().toISOString()}
      />
      <AssignmentSettings
        assignmentId={assignment.id}
        classId={assignment.class.id}
        title={assignment.title}
        timeLimitMinutes={assignment.timeLimitMinutes}
        closedBook={assignment.closedBook}
        opensAt={assignment.opensAt.toISOString()}
        dueAt={assignment.dueAt.toISOString()}
        started={startedCount}
        archived={assignment.archivedAt !== null}
      />
      <AccessArrangements
        assignmentId={assignment.id}
        timeLimitMinutes={assignment.timeLimitMinutes}
        students={assignment.students.map((student) => ({
          id: student.id,
          name: student.name,
          arrangement: student.accommodation
            ? {
                extraTimePercent: student.accommodation.extraTimePercent,
                extraMinutes: student.accommodation.extraMinutes,
                dueAt: student.accommodation.dueAt?.toISOString() ?? null,
              }
            : null,
        }))}
      />

      <EvidenceCoverage coverage={coverage} promptSlug={assignment.prompt.slug} />

      <ModerationSection assignmentId={assignment.id} moderation={moderation} levels={levels} />

      <section aria-labelledby="overview-heading" className="class-overview">
        <h2 id="overview-heading">Class overview</h2>
        {markedCount === 0 ? (
          <p className="muted">
            Marks by level, and the codes and bank comments you use most, appear here as you mark.
          </p>
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
