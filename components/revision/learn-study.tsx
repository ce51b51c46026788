"use client";

import { useMemo, useState } from "react";
import { matchAnswer, type Verdict as TVerdict } from "@/lib/revision/rules/answer-match";
import { choiceOptions, recallQuestion } from "@/lib/revision/rules/questions";
import type { StudyProps } from "./flip-study";
import { ChoiceQuestion, RecordStatus, SessionEnd, TypedQuestion, Verdict } from "./study-parts";
import { useStudyRecorder } from "./use-study-recorder";

// Ten cards at a time, each first recognised (multiple choice), then recalled (typed). A miss
// sends the card back a few places to try again.
const ROUND_SIZE = 10;
const COMES_BACK_AFTER = 3;

type Step = { cardId: string; stage: "choice" | "typed" };
type Outcome = { correct: boolean; message: string; chosenId?: string };

export function LearnStudy({ deckId, cards, recordEnabled, seed }: StudyProps) {
  const recorder = useStudyRecorder(deckId, "learn", recordEnabled);
  const canChoose = cards.length >= 2;
  const [round, setRound] = useState(0);
  const firstSteps = useMemo(
    () =>
      cards
        .slice(round * ROUND_SIZE, round * ROUND_SIZE + ROUND_SIZE)
        .map((card): Step => ({ cardId: card.id, stage: canChoose ? "choice" : "typed" })),
    [cards, round, canChoose],
  );
  const [steps, setSteps] = useState(firstSteps);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [mistakes, setMistakes] = useState(0);
  const byId = new Map(cards.map((card) => [card.id, card]));
  const step = steps[0];
  const card = step ? byId.get(step.cardId) : undefined;

  function answerChoice(chosenId: string) {
    if (!card) return;
    const correct = chosenId === card.id;
    setOutcome({
      correct,
      chosenId,
      message: correct ? "Correct. Now recall it." : `Not quite: it is “${card.title}”.`,
    });
    void recorder.record([{ type: "choice", evidenceId: card.id, chosenId }]);
  }

  function answerTyped(given: string) {
    if (!card) return;
    const verdict: TVerdict = matchAnswer(given, recallQuestion(card).answer);
    setOutcome(verdict);
    void recorder.record([{ type: "typed", evidenceId: card.id, given }]);
  }

  function next() {
    if (!step || !outcome) return;
    const rest = steps.slice(1);
    if (!outcome.correct) {
      setMistakes((count) => count + 1);
      setSteps([...rest.slice(0, COMES_BACK_AFTER), step, ...rest.slice(COMES_BACK_AFTER)]);
    } else if (step.stage === "choice") {
      setSteps([{ cardId: step.cardId, stage: "typed" }, ...rest]);
    } else {
      setSteps(rest);
    }
    setOutcome(null);
  }

  if (!card) {
    const more = (round + 1) * ROUND_SIZE < cards.length;
    return (
      <SessionEnd
        deckId={deckId}
        heading="Round complete"
        onRestart={() => {
          const nextRound = more ? round + 1 : 0;
          setRound(nextRound);
          setSteps(
            cards
              .slice(nextRound * ROUND_SIZE, nextRound * ROUND_SIZE + ROUND_SIZE)
              .map((item) => ({ cardId: item.id, stage: canChoose ? "choice" : "typed" })),
          );
          setMistakes(0);
        }}
      >
        <p>
          You learned {firstSteps.length} {firstSteps.length === 1 ? "card" : "cards"} with {mistakes}{" "}
          {mistakes === 1 ? "mistake" : "mistakes"} on the way.
          {more ? " Study again for the next ten." : ""}
        </p>
        <RecordStatus recorder={recorder} />
      </SessionEnd>
    );
  }

  const done = firstSteps.length - new Set(steps.map((item) => item.cardId)).size;
  return (
    <section aria-label="Learn">
      <p className="meta">
        {done} of {firstSteps.length} learned ·{" "}
        {step?.stage === "choice" ? "Step 1: recognise it" : "Step 2: recall it"}
      </p>
      {step?.stage === "choice" ? (
        <ChoiceQuestion
          key={`${card.id}-choice-${steps.length}`}
          card={card}
          options={choiceOptions(card, cards, seed + steps.length)}
          chosenId={outcome?.chosenId ?? null}
          onChoose={answerChoice}
        />
      ) : (
        <TypedQuestion
          key={`${card.id}-typed-${steps.length}-${mistakes}`}
          card={card}
          answered={outcome !== null}
          onAnswer={answerTyped}
        />
      )}
      {outcome && (
        <>
          <Verdict correct={outcome.correct} message={outcome.message} />
          <button type="button" onClick={next} autoFocus>
            Continue
          </button>
        </>
      )}
      <RecordStatus recorder={recorder} />
    </section>
  );
}
