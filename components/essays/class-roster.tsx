"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { LiveRow } from "@/lib/essays/views";
import { formatDateTime, formatTime, ownWordsNote } from "@/lib/format";

const POLL_MS = 5_000;

type Props = { assignmentId: string; initialRows: LiveRow[]; initialAt: string };

// The class's essays, live: each student's status, words, last save and pasting while they
// write, asked of the server every five seconds while the page is on screen; then the time
// taken, what they used from the library and the mark.
export function ClassRoster({ assignmentId, initialRows, initialAt }: Props) {
  const [rows, setRows] = useState(initialRows);
  const [at, setAt] = useState(initialAt);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      if (document.visibilityState === "visible") {
        const response = await fetch(`/api/assignments/${encodeURIComponent(assignmentId)}/live`, {
          cache: "no-store",
        }).catch(() => null);
        const body = (await response?.json().catch(() => null)) as {
          rows?: LiveRow[];
          at?: string;
          error?: string;
        } | null;
        if (stopped) return;
        if (response?.ok && body?.rows && body.at) {
          setRows(body.rows);
          setAt(body.at);
          setProblem(null);
        } else {
          setProblem(body?.error ?? "Could not reach the server: the figures below may be out of date. Trying again…");
        }
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
    };
    timer = setTimeout(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [assignmentId]);

  const writing = rows.filter((row) => row.status === "in-progress").length;
  return (
    <section aria-labelledby="roster-heading" className="class-roster">
      <h2 id="roster-heading">Essays</h2>
      <p className="meta" role="status" aria-live="off">
        {writing} writing now · live, updated {formatTime(new Date(at))}
      </p>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <div className="table-scroll">
        <table className="roster">
          <caption className="visually-hidden">Each student&apos;s essay</caption>
          <thead>
            <tr>
              <th scope="col">Student</th>
              <th scope="col">Draft</th>
              <th scope="col">Status</th>
              <th scope="col">Submitted</th>
              <th scope="col">Time taken</th>
              <th scope="col">Words</th>
              <th scope="col">Quotations</th>
              <th scope="col">Evidence</th>
              <th scope="col">Mark</th>
              <th scope="col">Flags</th>
              <th scope="col">
                <span className="visually-hidden">Open</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.studentId} data-student={row.name}>
                <td>{row.name}</td>
                <td>{row.draft ?? "—"}</td>
                <td>
                  {row.statusLabel}
                  {row.status === "in-progress" && row.savedAt && (
                    <span className="meta block">saved {sinceLabel(row.savedAt, at)}</span>
                  )}
                </td>
                <td>
                  {row.submittedAt ? formatDateTime(new Date(row.submittedAt)) : "—"}
                  {row.autoSubmitted && <span className="meta block">at the time limit</span>}
                </td>
                <td>{row.timeTaken ?? "—"}</td>
                <td data-column="words">
                  {row.essayId ? row.words.toLocaleString("en-GB") : "—"}
                  {row.essayId && ownWordsNote(row.words, row.ownWords) && (
                    <span className="meta block">{ownWordsNote(row.words, row.ownWords)}</span>
                  )}
                </td>
                <td>{row.submittedAt ? row.quotations : "—"}</td>
                <td>{row.submittedAt ? row.evidence : "—"}</td>
                <td>{row.mark ?? "—"}</td>
                <td>
                  {row.pasteFlag && <span className="badge flag">{row.pasteFlag}</span>}
                  {row.logFlag && (
                    <span className="badge flag" title={row.logFlag}>
                      Writing log does not match
                    </span>
                  )}
                </td>
                <td>
                  {row.essayId && (
                    <Link href={row.submittedAt ? `/marking/${row.essayId}` : `/essays/${row.essayId}`}>
                      {row.submittedAt ? (row.mark ? "Open" : "Mark") : "View"}
                      <span className="visually-hidden"> {row.name}&apos;s essay</span>
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

// How long ago, by the server's clock, so a wrong clock on the teacher's computer does not matter.
function sinceLabel(savedAt: string, now: string) {
  const seconds = Math.max(0, Math.round((Date.parse(now) - Date.parse(savedAt)) / 1000));
  if (seconds < 60) return `${seconds} s ago`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min ago`;
  return `at ${formatTime(new Date(savedAt))}`;
}
