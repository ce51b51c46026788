"use client";

import Link from "next/link";
import { useState } from "react";
import { formatWhen, recallQuestion, type StudyCard } from "@/lib/revision/rules/questions";
import { MAX_ANSWER_LENGTH } from "@/lib/revision/schema";
import type { StudyRecorder } from "./use-study-recorder";

// Pieces every study mode shares: the record status line, a multiple-choice question, a typed
// recall question and the end of a session.

export function RecordStatus({ recorder }: { recorder: StudyRecorder }) {
  if (recorder.error) {
    return (
      <p className="form-error" role="alert">
        {recorder.error}
      </p>
    );
  }
  return (
    <p className="meta" role="status">
      {recorder.enabled
        ? recorder.recorded
          ? `${recorder.recorded} ${recorder.recorded === 1 ? "answer" : "answers"} saved to your schedule.`
          : ""
        : "Trying the deck: answers are not recorded."}
    </p>
  );
}

export function CardBack({ card }: { card: StudyCard }) {
  const when = formatWhen(card);
  return (
    <>
      <p>{card.text}</p>
      <p className="meta">
        {when && `${when} · `}
        {[...card.people, ...card.themes].join(", ")}
      </p>
    </>
  );
}

type ChoiceProps = { card: StudyCard; options: StudyCard[]; chosenId: string | null; onChoose: (id: string) => void };

export function ChoiceQuestion({ card, options, chosenId, onChoose }: ChoiceProps) {
  return (
    <fieldset className="study-question">
      <legend>Which card is this?</legend>
      <blockquote className="study-prompt">{card.text}</blockquote>
      <div className="choices">
        {options.map((option, index) => {
          const state =
            chosenId === null ? "" : option.id === card.id ? "right" : option.id === chosenId ? "wrong" : "";
          return (
            <button
              key={option.id}
              type="button"
              className={`choice ${state}`}
              disabled={chosenId !== null}
              aria-pressed={chosenId === option.id}
              onClick={() => onChoose(option.id)}
              autoFocus={index === 0}
            >
              {option.title}
              {state === "right" && <span className="visually-hidden"> (the right answer)</span>}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}

type TypedProps = { card: StudyCard; answered: boolean; onAnswer: (given: string) => void };

export function TypedQuestion({ card, answered, onAnswer }: TypedProps) {
  const question = recallQuestion(card);
  const [given, setGiven] = useState("");
  const inputId = `typed-${card.id}`;
  return (
    <form
      className="study-question"
      aria-label="Typed recall"
      onSubmit={(event) => {
        event.preventDefault();
        if (!answered) onAnswer(given);
      }}
    >
      <blockquote className="study-prompt">{question.prompt}</blockquote>
      <label htmlFor={inputId}>Type {question.asking}</label>
      <div className="inline-form">
        <input
          id={inputId}
          value={given}
          maxLength={MAX_ANSWER_LENGTH}
          onChange={(event) => setGiven(event.target.value)}
          readOnly={answered}
          autoFocus
          autoComplete="off"
          spellCheck={false}
        />
        <button type="submit" disabled={answered}>
          Check
        </button>
      </div>
    </form>
  );
}

export function Verdict({ correct, message }: { correct: boolean; message: string }) {
  return (
    <p role="status" className={correct ? "verdict right" : "verdict wrong"}>
      {correct ? "✓ " : "✗ "}
      {message}
    </p>
  );
}

export function SessionEnd({
  deckId,
  heading,
  children,
  onRestart,
}: {
  deckId: string;
  heading: string;
  children: React.ReactNode;
  onRestart: () => void;
}) {
  return (
    <section aria-labelledby="session-end" className="study-end">
      <h2 id="session-end" tabIndex={-1} ref={(element) => element?.focus()}>
        {heading}
      </h2>
      {children}
      <p className="page-actions">
        <button type="button" onClick={onRestart}>
          Study again
        </button>
        <Link href={`/revision/decks/${deckId}`}>Back to the deck</Link>
      </p>
    </section>
  );
}

export function TooFewCards({ deckId, message }: { deckId: string; message: string }) {
  return (
    <p className="notice">
      {message} <Link href={`/revision/decks/${deckId}`}>Back to the deck</Link>
    </p>
  );
}
