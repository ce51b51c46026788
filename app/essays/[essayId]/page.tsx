import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EssayDocumentView } from "@/components/editor/essay-document-view";
import { AutoRefresh } from "@/components/essays/auto-refresh";
import { VersionHistory } from "@/components/essays/version-history";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { foundOrNull } from "@/lib/errors";
import { findEssayToReadOrThrow } from "@/lib/access/essays";
import { pasteFlag } from "@/lib/essays/rules";
import { ZId } from "@/lib/fields";
import { formatDateTime, formatDateTimeSeconds } from "@/lib/format";

export const metadata: Metadata = { title: "Essay" };

// An essay read-only as it stands, with its earlier versions: for the teacher watching a class
// write (it refreshes while the student is writing), and for the student their own.
export default async function EssayPage({ params }: { params: Promise<{ essayId: string }> }) {
  const user = await requirePageUser();
  const id = ZId.safeParse((await params).essayId);
  const essay = id.success ? await foundOrNull(findEssayToReadOrThrow(user, id.data)) : null;
  if (!essay) notFound();
  const teacher = user.role === "TEACHER";
  const writing = !essay.submittedAt;
  const flag = pasteFlag(essay);
  return (
    <div className="essay-page">
      <p className="breadcrumb">
        {teacher ? (
          <Link href={`/classes/${essay.assignment.class.id}/assignments/${essay.assignmentId}`}>
            {essay.assignment.class.name}
          </Link>
        ) : (
          <Link href={`/assignments/${essay.assignmentId}`}>Back to the assignment</Link>
        )}
      </p>
      <h1>
        {teacher ? `${essay.student.name}: ` : ""}
        {essay.assignment.prompt.text}
      </h1>
      <dl className="facts">
        <dt>Draft</dt>
        <dd>{essay.draft}</dd>
        <dt>Status</dt>
        <dd>{writing ? "Writing now (read-only here)" : `Submitted ${formatDateTime(essay.submittedAt!)}`}</dd>
        <dt>Words</dt>
        <dd>{essay.wordCount.toLocaleString("en-GB")}</dd>
        <dt>Last saved</dt>
        <dd>{essay.savedAt ? formatDateTimeSeconds(essay.savedAt) : "Not yet"}</dd>
        {flag && (
          <>
            <dt>Pasting</dt>
            <dd>{flag}</dd>
          </>
        )}
        {essay.logFlag && (
          <>
            <dt>Writing log</dt>
            <dd>{essay.logFlag}</dd>
          </>
        )}
      </dl>
      <div className="page-actions">
        <Link href={`/essays/${essay.id}/replay`}>Watch the writing replay</Link>
        {teacher && essay.submittedAt && <Link href={`/marking/${essay.id}`}>Open for marking</Link>}
      </div>
      {writing && (
        <AutoRefresh
          seconds={10}
          label="This page shows the essay as last saved and refreshes itself every 10 seconds."
        />
      )}
      <EssayDocumentView
        document={essay.document}
        label={teacher ? `${essay.student.name}'s essay as last saved` : "Your essay as last saved"}
      />
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Earlier versions</h2>
        <VersionHistory essayId={essay.id} currentText={essay.plainText} />
      </section>
    </div>
  );
}
