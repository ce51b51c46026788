import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { listRoundsToJudge } from "@/lib/judging/store/rounds";

export const metadata: Metadata = { title: "Judging for colleagues" };

export default async function JudgingForColleaguesPage() {
  const teacher = await requirePageUser("TEACHER");
  const rounds = await listRoundsToJudge(teacher);
  return (
    <>
      <h1>Judging for colleagues</h1>
      <p>
        Comparative-judgement rounds colleagues asked you to help with: you read two anonymised essays at a time and
        choose the better answer. You never see who wrote them or the marks they were given.
      </p>
      {rounds.length === 0 ? (
        <p className="muted">No colleague has asked you to judge yet.</p>
      ) : (
        <ul className="item-list">
          {rounds.map((round) => (
            <li key={round.id}>
              <Link href={`/judging/${round.id}`}>{round.assignment.prompt.text}</Link>
              <span className="meta">
                {" "}
                {round.assignment.class.name}, for {round.assignment.class.teacher.name} · {round.byThisJudge} of{" "}
                {round.judgements} {round.judgements === 1 ? "judgement" : "judgements"} by you
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
