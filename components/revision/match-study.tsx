"use client";

import { useEffect, useState } from "react";
import { meaningWithoutTitle, shortMeaning, shuffled, type StudyCard } from "@/lib/revision/rules/questions";
import type { StudyProps } from "./flip-study";
import { RecordStatus, SessionEnd, TooFewCards } from "./study-parts";
import { useStudyRecorder } from "./use-study-recorder";
import { counted } from "@/lib/format";
import { ClockIcon } from "@/components/icons/clock-icon";

// Six terms and six meanings against the clock. A card counts as known if its first pairing
// was right; a wrong first pairing is recorded as a miss.
const PAIRS = 6;

type Round = { cards: StudyCard[]; meanings: StudyCard[]; startedAt: number };
type Selected = { side: "term" | "meaning"; id: string } | null;

function newRound(cards: StudyCard[], seed: number): Round {
  const picked = shuffled(cards, seed).slice(0, PAIRS);
  return { cards: picked, meanings: shuffled(picked, seed + 7), startedAt: Date.now() };
}

export function MatchStudy({ deckId, cards, recordEnabled, seed }: StudyProps) {
  const recorder = useStudyRecorder(deckId, "match", recordEnabled);
  const [attempt, setAttempt] = useState(0);
  const [round, setRound] = useState(() => newRound(cards, seed));
  const [selected, setSelected] = useState<Selected>(null);
  const [matched, setMatched] = useState<Set<string>>(new Set());
  const [firstPick, setFirstPick] = useState<Map<string, string>>(new Map());
  const [message, setMessage] = useState("");
  const [elapsed, setElapsed] = useState(0);
  const finished = matched.size === round.cards.length && round.cards.length > 0;

  useEffect(() => {
    if (finished) return;
    const timer = setInterval(() => setElapsed(Math.floor((Date.now() - round.startedAt) / 1000)), 250);
    return () => clearInterval(timer);
  }, [finished, round.startedAt]);

  if (cards.length < 2)
    return <TooFewCards deckId={deckId} message={`Match needs at least two cards; this deck has ${cards.length}.`} />;

  function pick(side: "term" | "meaning", id: string) {
    if (matched.has(id)) return;
    if (!selected || selected.side === side) {
      setSelected({ side, id });
      return;
    }
    const termId = side === "term" ? id : selected.id;
    const meaningId = side === "meaning" ? id : selected.id;
    const picks = firstPick.has(termId) ? firstPick : new Map(firstPick).set(termId, meaningId);
    setFirstPick(picks);
    setSelected(null);
    if (termId !== meaningId) {
      setMessage("Not a pair. Try again.");
      return;
    }
    const nowMatched = new Set(matched).add(termId);
    setMatched(nowMatched);
    setMessage(`Matched: ${round.cards.find((card) => card.id === termId)?.title ?? ""}.`);
    if (nowMatched.size === round.cards.length) {
      setElapsed(Math.round((Date.now() - round.startedAt) / 1000));
      void recorder.record(
        round.cards.map((card) => ({
          type: "choice" as const,
          evidenceId: card.id,
          chosenId: picks.get(card.id) ?? card.id,
        })),
      );
    }
  }

  if (finished) {
    const misses = round.cards.filter((card) => firstPick.get(card.id) !== card.id).length;
    return (
      <SessionEnd
        deckId={deckId}
        heading={`All ${counted(round.cards.length, "pair")} in ${counted(elapsed, "second")}`}
        onRestart={() => {
          setAttempt(attempt + 1);
          setRound(newRound(cards, seed + attempt + 1));
          setMatched(new Set());
          setFirstPick(new Map());
          setMessage("");
          setElapsed(0);
        }}
      >
        <p>
          {misses === 0
            ? "Every pair right first time."
            : `${misses} ${misses === 1 ? "term was" : "terms were"} paired wrongly at first; ${misses === 1 ? "it comes" : "they come"} back sooner in your schedule.`}
        </p>
        <RecordStatus recorder={recorder} />
      </SessionEnd>
    );
  }

  return (
    <section aria-label="Match">
      <p className="meta">
        <ClockIcon /> <span data-testid="match-clock">{elapsed} s</span> · {matched.size} of {round.cards.length}{" "}
        matched
      </p>
      <p role="status" className="meta">
        {message}
      </p>
      <div className="match-board">
        <div role="group" aria-label="Terms">
          {round.cards.map((card) => (
            <button
              key={card.id}
              type="button"
              className={`match-item ${matched.has(card.id) ? "matched" : ""}`}
              aria-pressed={selected?.id === card.id && selected.side === "term"}
              disabled={matched.has(card.id)}
              onClick={() => pick("term", card.id)}
            >
              {card.title}
            </button>
          ))}
        </div>
        <div role="group" aria-label="Meanings">
          {round.meanings.map((card) => (
            <button
              key={card.id}
              type="button"
              className={`match-item ${matched.has(card.id) ? "matched" : ""}`}
              aria-pressed={selected?.id === card.id && selected.side === "meaning"}
              disabled={matched.has(card.id)}
              onClick={() => pick("meaning", card.id)}
            >
              {meaningWithoutTitle(shortMeaning(card.text), card.title)}
            </button>
          ))}
        </div>
      </div>
      <RecordStatus recorder={recorder} />
    </section>
  );
}
