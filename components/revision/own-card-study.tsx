"use client";

import Link from "next/link";
import { useState } from "react";
import { useToast } from "@/components/feedback/toasts";
import { rateOwnCard } from "@/lib/revision/actions";
import { COMES_BACK_AFTER, Flashcard, RatingButtons, shortcut, type Rating } from "./flip-study";

type Card = { id: string; front: string; back: string };

// The student's own due cards as flip cards. Each rating is saved as it is given (FSRS schedules
// the card); Again and Hard bring the card back a few cards later in this session, as in a deck.
export function OwnCardStudy({ cards }: { cards: Card[] }) {
  const toast = useToast();
  const [queue, setQueue] = useState(() => cards.map((card) => card.id));
  const [flipped, setFlipped] = useState(false);
  const [known, setKnown] = useState(0);
  const byId = new Map(cards.map((card) => [card.id, card]));
  const card = queue[0] ? byId.get(queue[0]) : undefined;

  function rate(rating: Rating) {
    if (!card) return;
    void rateOwnCard({ cardId: card.id, rating })
      .catch(() => ({
        ok: false as const,
        error: "The request did not reach the server, so this rating was not saved. Check your connection.",
      }))
      .then((result) => {
        if (!result.ok) toast({ message: result.error, tone: "problem" });
      });
    const rest = queue.slice(1);
    const again = rating === "again" || rating === "hard";
    setQueue(again ? [...rest.slice(0, COMES_BACK_AFTER), card.id, ...rest.slice(COMES_BACK_AFTER)] : rest);
    if (!again) setKnown(known + 1);
    setFlipped(false);
  }

  if (!card) {
    return (
      <section aria-labelledby="own-study-end" className="study-end">
        <h2 id="own-study-end" tabIndex={-1} ref={(element) => element?.focus()}>
          Session complete
        </h2>
        <p>
          You went through {cards.length} {cards.length === 1 ? "card" : "cards"}. Each comes back when you are about to
          forget it.
        </p>
        <Link href="/revision/own-cards">Back to my cards</Link>
      </section>
    );
  }

  return (
    <section aria-label="Flip cards" onKeyDown={(event) => flipped && shortcut(event.key, rate)}>
      <p className="meta" aria-live="polite">
        {queue.length} {queue.length === 1 ? "card" : "cards"} to go · {known} known this session
      </p>
      <Flashcard
        front={card.front}
        back={<p className="own-card-back">{card.back}</p>}
        flipped={flipped}
        onFlip={() => setFlipped(true)}
      />
      {flipped && <RatingButtons onRate={rate} />}
    </section>
  );
}
