"use client";

import { useState } from "react";
import { dateKey, formatWhen, shuffled, titleWithoutDate, type StudyCard } from "@/lib/revision/rules/questions";
import type { StudyProps } from "./flip-study";
import { RecordStatus, SessionEnd, TooFewCards } from "./study-parts";
import { useStudyRecorder } from "./use-study-recorder";

// Up to six events of different dates, shuffled; the titles lose their dates so the answer is
// not on the card. Moved with buttons, so it works by keyboard as well as by pointer.
const EVENTS = 6;

function newSet(cards: StudyCard[], seed: number) {
  const seen = new Set<number>();
  const picked: StudyCard[] = [];
  for (const card of shuffled(cards, seed)) {
    if (card.yearFrom === null || seen.has(dateKey(card))) continue;
    seen.add(dateKey(card));
    picked.push(card);
    if (picked.length === EVENTS) break;
  }
  // Never start already in order.
  const order = shuffled(picked, seed + 3);
  return order.every((card, index) => index === 0 || dateKey(order[index - 1] as StudyCard) <= dateKey(card))
    ? [...order].reverse()
    : order;
}

export function OrderStudy({ deckId, cards, recordEnabled, seed }: StudyProps) {
  const recorder = useStudyRecorder(deckId, "order", recordEnabled);
  const [attempt, setAttempt] = useState(0);
  const [items, setItems] = useState(() => newSet(cards, seed));
  const [checked, setChecked] = useState<boolean[] | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const distinctDates = new Set(cards.filter((card) => card.yearFrom !== null).map(dateKey)).size;

  if (distinctDates < 2)
    return (
      <TooFewCards
        deckId={deckId}
        message={`Date order needs at least two cards with different dates; this deck has ${distinctDates === 1 ? "only one date" : "no dated cards"}.`}
      />
    );

  function move(index: number, by: -1 | 1) {
    const target = index + by;
    const moving = items[index];
    const other = items[target];
    if (!moving || !other) return;
    const next = [...items];
    next[target] = moving;
    next[index] = other;
    setItems(next);
    setAnnouncement(`“${titleWithoutDate(moving.title)}” is now number ${target + 1} of ${items.length}.`);
  }

  function check() {
    const sorted = [...items].map(dateKey).sort((a, b) => a - b);
    setChecked(items.map((card, index) => dateKey(card) === sorted[index]));
    void recorder.record([{ type: "order", evidenceIds: items.map((card) => card.id) }]);
  }

  if (checked) {
    const right = checked.filter(Boolean).length;
    return (
      <SessionEnd
        deckId={deckId}
        heading={`${right} of ${items.length} in the right place`}
        onRestart={() => {
          setAttempt(attempt + 1);
          setItems(newSet(cards, seed + attempt + 1));
          setChecked(null);
        }}
      >
        <ol className="order-list" aria-label="Your order, checked">
          {items.map((card, index) => (
            <li key={card.id} className={checked[index] ? "right" : "wrong"}>
              {checked[index] ? "✓" : "✗"} {titleWithoutDate(card.title)} <strong>({formatWhen(card)})</strong>
            </li>
          ))}
        </ol>
        <h3>The right order</h3>
        <ol className="order-list">
          {[...items]
            .sort((a, b) => dateKey(a) - dateKey(b))
            .map((card) => (
              <li key={card.id}>
                {formatWhen(card)}: {card.title}
              </li>
            ))}
        </ol>
        <RecordStatus recorder={recorder} />
      </SessionEnd>
    );
  }

  return (
    <section aria-label="Date order">
      <p>Put these events in the order they happened, earliest first.</p>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <ol className="order-list" aria-label="Events to order">
        {items.map((card, index) => {
          const title = titleWithoutDate(card.title);
          return (
            <li key={card.id}>
              <span>{title}</span>
              <span className="order-buttons">
                <button
                  type="button"
                  className="small"
                  onClick={() => move(index, -1)}
                  disabled={index === 0}
                  aria-label={`Move “${title}” earlier`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="small"
                  onClick={() => move(index, 1)}
                  disabled={index === items.length - 1}
                  aria-label={`Move “${title}” later`}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={check}>
        Check the order
      </button>
      <RecordStatus recorder={recorder} />
    </section>
  );
}
