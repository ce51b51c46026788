"use client";

import { useEffect, useMemo, useState } from "react";
import { diffEssays } from "@/lib/essays/diff";
import type { VersionList, VersionView } from "@/lib/essays/views";
import { formatDateTimeSeconds } from "@/lib/format";
import { DiffView } from "./diff-view";
import { counted } from "@/lib/format";

type Props = {
  essayId: string;
  // The essay's words now: the editor's for the student writing, the saved ones for a teacher.
  currentText: string;
  // For the student while the essay is open: puts a version back. Resolves to an error message, or null.
  onRestore?: (version: VersionView) => Promise<string | null>;
};

// The versions kept of an essay, newest first: pick one to see what changed since, and (for the
// student writing it) restore it. The words as they stand are kept as a version first.
export function VersionHistory({ essayId, currentText, onRestore }: Props) {
  const [list, setList] = useState<VersionList | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [selected, setSelected] = useState<VersionView | null>(null);
  const [loadingId, setLoadingId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [restoring, setRestoring] = useState(false);

  useEffect(() => {
    let live = true;
    fetch(`/api/essays/${encodeURIComponent(essayId)}/versions`)
      .then(async (response) => {
        const body = await response.json().catch(() => null);
        if (!live) return;
        if (response.ok) setList(body as VersionList);
        else setProblem(body?.error ?? "The earlier versions could not be loaded just now.");
      })
      .catch(() => live && setProblem("The earlier versions could not be loaded: check your connection."));
    return () => {
      live = false;
    };
  }, [essayId]);

  async function choose(id: string) {
    setLoadingId(id);
    setConfirming(false);
    setProblem(null);
    const response = await fetch(`/api/essays/${encodeURIComponent(essayId)}/versions/${encodeURIComponent(id)}`).catch(
      () => null,
    );
    const body = await response?.json().catch(() => null);
    setLoadingId(null);
    if (response?.ok) setSelected(body as VersionView);
    else setProblem(body?.error ?? "That version could not be loaded: check your connection.");
  }

  async function restore() {
    if (!selected || !onRestore) return;
    setRestoring(true);
    const error = await onRestore(selected);
    setRestoring(false);
    setConfirming(false);
    if (error) setProblem(error);
  }

  const diff = useMemo(() => (selected ? diffEssays(selected.plainText, currentText) : null), [selected, currentText]);

  if (!list) {
    return problem ? (
      <p className="form-error" role="alert">
        {problem}
      </p>
    ) : (
      <p role="status">Loading earlier versions…</p>
    );
  }

  return (
    <div className="version-history">
      {list.versions.length === 0 ? (
        <p>No earlier versions yet: one is kept each minute while you write, and whenever a version is restored.</p>
      ) : (
        <ol className="version-list" aria-label="Earlier versions, newest first">
          {list.versions.map((version) => (
            <li key={version.id}>
              <button
                type="button"
                className="small"
                aria-pressed={selected?.id === version.id}
                disabled={loadingId === version.id}
                onClick={() => void choose(version.id)}
              >
                {formatDateTimeSeconds(new Date(version.createdAt))}
                <span className="meta"> · {counted(version.wordCount, "word")}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {selected && diff && (
        <section className="version-preview" aria-labelledby="version-preview-heading">
          <h3 id="version-preview-heading">{formatDateTimeSeconds(new Date(selected.createdAt))}, compared with now</h3>
          <DiffView diff={diff} label="Changes from this version to now" />
          {onRestore &&
            (confirming ? (
              <div className="confirm-row" role="group" aria-label="Confirm restore">
                <p>Your essay as it is now is kept as a version first, so you can come back to it.</p>
                <button type="button" className="primary" disabled={restoring} onClick={() => void restore()}>
                  {restoring ? "Restoring…" : "Yes, restore it"}
                </button>
                <button type="button" className="small" disabled={restoring} onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </div>
            ) : (
              <button type="button" onClick={() => setConfirming(true)}>
                Restore this version
              </button>
            ))}
        </section>
      )}
    </div>
  );
}
