import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReplayPlayer } from "@/components/essays/replay-player";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { foundOrNull } from "@/lib/errors";
import { getReplay } from "@/lib/essays/store/history";
import { ZId } from "@/lib/fields";

export const metadata: Metadata = { title: "Writing replay" };

// The writing replay: for the class's teacher, and for the student their own essay.
export default async function ReplayPage({ params }: { params: Promise<{ essayId: string }> }) {
  const user = await requirePageUser();
  const id = ZId.safeParse((await params).essayId);
  const replay = id.success ? await foundOrNull(getReplay(user, id.data)) : null;
  if (!replay) notFound();
  const { essay, log } = replay;
  const teacher = user.role === "TEACHER";
  return (
    <div className="replay-page">
      <p className="breadcrumb">
        {teacher ? (
          <>
            <Link href={`/classes/${essay.assignment.class.id}/assignments/${essay.assignmentId}`}>
              {essay.assignment.class.name}
            </Link>{" "}
            ›{" "}
            <Link href={essay.submittedAt ? `/marking/${essay.id}` : `/essays/${essay.id}`}>{essay.student.name}</Link>
          </>
        ) : (
          <Link href={`/assignments/${essay.assignmentId}`}>Back to the assignment</Link>
        )}
      </p>
      <h1>How {teacher ? `${essay.student.name}'s` : "your"} essay was written</h1>
      <p className="lede">
        {essay.assignment.prompt.text} · Draft {essay.draft}
      </p>
      <ReplayPlayer log={log} studentName={teacher ? essay.student.name : undefined} />
    </div>
  );
}
