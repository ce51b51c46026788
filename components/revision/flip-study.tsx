"use client";

import { useState, type ReactNode } from "react";
import type { StudyCard } from "@/lib/revision/rules/questions";
import { CardBack, RecordStatus, SessionEnd } from "./study-parts";
import { useStudyRecorder } from "./use-study-recorder";

export type StudyProps = { deckId: string; cards: StudyCard[]; recordEnabled: boolean; seed: number };

export const RATINGS = [
  { rating: "again", label: "Again", hint: "I did not know it" },
  { rating: "hard", label: "Hard", hint: "Knew it, with difficulty" },
  { rating: "good", label: "Good", hint: "Knew it" },
  { rating: "easy", label: "Easy", hint: "Knew it at once" },
] as const;
export type Rating = (typeof RATINGS)[number]["rating"];

// FSRS brings a new or forgotten card back within minutes until it is rated Good or Easy: Again
// and Hard put it back a few cards later in this session, sooner than a card you knew.
export const COMES_BACK_AFTER = 3;

export function FlipStudy({ deckId, cards, recordEnabled }: StudyProps) {
  const recorder = useStudyRecorder(deckId, "flip", recordEnabled);
  const [queue, setQueue] = useState(() => cards.map((card) => card.id));
  const [flipped, setFlipped] = useState(false);
  const [tally, setTally] = useState({ known: 0, repeats: 0 });
  const byId = new Map(cards.map((card) => [card.id, card]));
  const card = queue[0] ? byId.get(queue[0]) : undefined;

  function rate(rating: Rating) {
    if (!card) return;
    void recorder.record([{ type: "rating", evidenceId: card.id, rating }]);
    const rest = queue.slice(1);
    const again = rating === "again" || rating === "hard";
    setQueue(again ? [...rest.slice(0, COMES_BACK_AFTER), card.id, ...rest.slice(COMES_BACK_AFTER)] : rest);
    setTally((current) =>
      again ? { ...current, repeats: current.repeats + 1 } : { ...current, known: current.known + 1 },
    );
    setFlipped(false);
  }

  if (!card) {
    return (
      <SessionEnd
        deckId={deckId}
        heading="Session complete"
        onRestart={() => {
          setQueue(cards.map((item) => item.id));
          setTally({ known: 0, repeats: 0 });
        }}
      >
        <p>
          You went through {cards.length} {cards.length === 1 ? "card" : "cards"}; {tally.repeats}{" "}
          {tally.repeats === 1 ? "card needed" : "cards needed"} another go.
        </p>
        <RecordStatus recorder={recorder} />
      </SessionEnd>
    );
  }

  return (
    <section aria-label="Flip cards" onKeyDown={(event) => flipped && shortcut(event.key, rate)}>
      <p className="meta" aria-live="polite">
        {queue.length} {queue.length === 1 ? "card" : "cards"} to go · {tally.known} known this session
      </p>
      <Flashcard front={card.title} back={<CardBack card={card} />} flipped={flipped} onFlip={() => setFlipped(true)} />
      {flipped && <RatingButtons onRate={rate} />}
      <RecordStatus recorder={recorder} />
    </section>
  );
}

// One card: its front, then its back once "Show answer" is pressed.
export function Flashcard({
  front,
  back,
  flipped,
  onFlip,
}: {
  front: ReactNode;
  back: ReactNode;
  flipped: boolean;
  onFlip: () => void;
}) {
  return (
    <div className="flashcard" data-testid="flashcard">
      <h2 className="flashcard-front">{front}</h2>
      {flipped ? (
        <div className="flashcard-back">{back}</div>
      ) : (
        <button type="button" onClick={onFlip} autoFocus>
          Show answer
        </button>
      )}
    </div>
  );
}

// The four grades, with their keys (1–4); Good has the focus.
export function RatingButtons({ onRate, disabled }: { onRate: (rating: Rating) => void; disabled?: boolean }) {
  return (
    <div role="group" aria-label="How well did you know it?" className="ratings">
      {RATINGS.map((item, index) => (
        <button
          key={item.rating}
          type="button"
          disabled={disabled}
          onClick={() => onRate(item.rating)}
          autoFocus={index === 2}
          aria-keyshortcuts={String(index + 1)}
        >
          {item.label}{" "}
          <span className="meta">
            ({index + 1}) {item.hint}
          </span>
        </button>
      ))}
    </div>
  );
}

export function shortcut(key: string, rate: (rating: Rating) => void) {
  const item = RATINGS[Number(key) - 1];
  if (item) rate(item.rating);
}
