import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { foundOrNull } from "@/lib/errors";
import { ZId } from "@/lib/fields";
import { formatDate, formatShare } from "@/lib/format";
import { cellText, describeTrend } from "@/lib/markbook/rules";
import { getMarkbook } from "@/lib/markbook/store/markbook";
import { getClassAgreement } from "@/lib/moderation/store/second-marks";

export const metadata: Metadata = { title: "Markbook" };

export default async function MarkbookPage({ params }: { params: Promise<{ classId: string }> }) {
  const teacher = await requirePageUser("TEACHER");
  const classId = ZId.safeParse((await params).classId);
  const markbook = classId.success ? await foundOrNull(getMarkbook(teacher, classId.data)) : null;
  if (!markbook) notFound();
  const { columns, rows } = markbook;
  const agreement = await getClassAgreement(teacher, markbook.classId);

  return (
    <>
      <p className="breadcrumb">
        <Link href="/classes">My classes</Link> ›{" "}
        <Link href={`/classes/${markbook.classId}`}>{markbook.className}</Link>
      </p>
      <h1>Markbook: {markbook.className}</h1>
      <p>
        Every essay set to the class, oldest first, with each student&apos;s latest draft. The trend is the change in
        their percentage from one marked essay to the next (a straight line through all of them); under two points an
        essay counts as steady.
      </p>
      <p className="page-actions">
        <a href={`/api/classes/${markbook.classId}/markbook`} download>
          Download as CSV
        </a>
      </p>
      {rows.length === 0 || columns.length === 0 ? (
        <p>{rows.length === 0 ? "No students in this class yet." : "No essays set to this class yet."}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label="Markbook table" tabIndex={0}>
          <table className="roster markbook">
            <caption className="visually-hidden">
              Each student&apos;s mark and level in each essay, and their trend
            </caption>
            <thead>
              <tr>
                <th scope="col">Student</th>
                {columns.map((column) => (
                  <th scope="col" key={column.id}>
                    <Link href={`/classes/${markbook.classId}/assignments/${column.id}`}>{column.title}</Link>
                    <span className="meta">
                      {" "}
                      due {formatDate(column.dueAt)} · /{column.totalMarks}
                    </span>
                  </th>
                ))}
                <th scope="col">Average</th>
                <th scope="col">Trend</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.name}</th>
                  {row.cells.map((cell, index) => (
                    <td key={columns[index]!.id} className={`markbook-cell status-${cell.status.replace(" ", "-")}`}>
                      {cell.essayId && cell.status !== "writing" ? (
                        <Link href={`/marking/${cell.essayId}`}>{cellText(cell, columns[index]!)}</Link>
                      ) : (
                        cellText(cell, columns[index]!)
                      )}
                      {cell.draft > 1 && <span className="meta"> draft {cell.draft}</span>}
                      {cell.mark !== null && !cell.released && <span className="meta"> not released</span>}
                    </td>
                  ))}
                  <td>{row.trend.average === null ? "—" : `${row.trend.average}%`}</td>
                  <td className={`trend trend-${row.trend.direction.replaceAll(" ", "-")}`}>
                    {describeTrend(row.trend)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {agreement && agreement.assignments.length > 0 && (
        <section aria-labelledby="agreement-heading">
          <h2 id="agreement-heading">Second-marking agreement</h2>
          <p>
            How far a colleague&apos;s blind second marks agree with yours, per essay and for the class. Within
            tolerance uses each essay&apos;s own tolerance.
          </p>
          <table className="roster">
            <caption className="visually-hidden">
              Agreement between first and second marks, per essay and for the class
            </caption>
            <thead>
              <tr>
                <th scope="col">Essay</th>
                <th scope="col">Second marker</th>
                <th scope="col">Double-marked</th>
                <th scope="col">Same level</th>
                <th scope="col">Within tolerance</th>
                <th scope="col">Mean difference</th>
                <th scope="col">Waiting for a decision</th>
              </tr>
            </thead>
            <tbody>
              {agreement.assignments.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    <Link href={`/classes/${markbook.classId}/assignments/${item.id}`}>{item.prompt}</Link>
                  </th>
                  <td>{item.secondMarker ?? "—"}</td>
                  <td>{item.doubleMarked}</td>
                  <td>{formatShare(item.sameLevel)}</td>
                  <td>
                    {formatShare(item.withinTolerance)} <span className="meta">(±{item.tolerance})</span>
                  </td>
                  <td>{item.meanDifference ?? "—"}</td>
                  <td>{item.waiting}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">The class</th>
                <td></td>
                <td>{agreement.pooled.doubleMarked}</td>
                <td>{formatShare(agreement.pooled.sameLevel)}</td>
                <td>{formatShare(agreement.pooled.withinTolerance)}</td>
                <td>{agreement.pooled.meanDifference ?? "—"}</td>
                <td>{agreement.assignments.reduce((sum, item) => sum + item.waiting, 0)}</td>
              </tr>
            </tfoot>
          </table>
        </section>
      )}
    </>
  );
}
