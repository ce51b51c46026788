import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { listSecondMarking } from "@/lib/moderation/store/second-marks";

export const metadata: Metadata = { title: "Second marking" };

export default async function SecondMarkingPage() {
  const teacher = await requirePageUser("TEACHER");
  const assignments = await listSecondMarking(teacher);
  return (
    <>
      <h1>Second marking</h1>
      <p>
        Essays colleagues asked you to mark blind: you see the words and the mark scheme, not their mark, their comments
        or who wrote it. Where your mark and theirs differ by more than their tolerance, they agree a mark.
      </p>
      {assignments.length === 0 ? (
        <p className="muted">No colleague has asked you to second-mark yet.</p>
      ) : (
        assignments.map((assignment) => (
          <section key={assignment.id} aria-label={assignment.prompt.text}>
            <h2>{assignment.prompt.text}</h2>
            <p className="meta">
              {assignment.class.name}, for {assignment.class.teacher.name}
            </p>
            {assignment.essays.length === 0 ? (
              <p className="muted">No essays submitted yet.</p>
            ) : (
              <ul className="item-list">
                {assignment.essays.map((essay) => (
                  <li key={essay.id}>
                    <Link href={`/second-marking/${essay.id}`}>{essay.label}</Link>{" "}
                    {essay.marked ? (
                      <span className="badge">
                        Your mark: Level {essay.marked.level} · {essay.marked.mark}
                      </span>
                    ) : (
                      <span className="meta">not marked yet</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))
      )}
    </>
  );
}
