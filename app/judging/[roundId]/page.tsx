import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { JudgingPair } from "@/components/judging/judging-pair";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { ZId } from "@/lib/fields";
import { getRoundForJudge } from "@/lib/judging/store/rounds";

export const metadata: Metadata = { title: "Judge essays" };

export default async function JudgeRoundPage({ params }: { params: Promise<{ roundId: string }> }) {
  const teacher = await requirePageUser("TEACHER");
  const id = ZId.safeParse((await params).roundId);
  const round = id.success ? await getRoundForJudge(teacher, id.data) : null;
  if (!round) notFound();
  return (
    <>
      <p className="breadcrumb">
        <Link href="/judging">Judging for colleagues</Link>
      </p>
      <h1>{round.prompt}</h1>
      <p>
        For {round.askedBy}: {round.essays} essays, anonymised. Choose the better answer to the question in each pair;
        about ten judgements per essay across all judges make a reliable order.
      </p>
      <p data-testid="judging-summary" className="meta">
        {round.judgements} {round.judgements === 1 ? "judgement" : "judgements"} so far ({round.byThisJudge} by you) ·
        reliability {round.reliability === null ? "—" : round.reliability.toFixed(2)}
      </p>
      <JudgingPair roundId={round.id} pair={round.pair} />
    </>
  );
}
