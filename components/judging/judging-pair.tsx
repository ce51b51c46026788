import { EssayDocumentView } from "@/components/editor/essay-document-view";
import { JudgeButtons } from "./judging-controls";

// Two essays side by side, anonymised as "Essay A" and "Essay B", and the two buttons that judge
// them; or, when this judge has seen every pair, a line saying so.
export function JudgingPair({ roundId, pair }: { roundId: string; pair: { id: string; document: unknown }[] | null }) {
  if (!pair) return <p role="status">You have judged every pair of these essays.</p>;
  return (
    <section aria-labelledby="pair-heading" className="judging-pair">
      <h2 id="pair-heading">Which is the better answer?</h2>
      <div className="pair-columns">
        <EssayDocumentView document={pair[0]!.document} label="Essay A" />
        <EssayDocumentView document={pair[1]!.document} label="Essay B" />
      </div>
      <JudgeButtons roundId={roundId} first={pair[0]!.id} second={pair[1]!.id} />
    </section>
  );
}
