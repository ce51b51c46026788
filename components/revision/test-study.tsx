"use client";

import { useState } from "react";
import { matchAnswer } from "@/lib/revision/rules/answer-match";
import { choiceOptions, recallQuestion, shuffled, type StudyCard } from "@/lib/revision/rules/questions";
import type { StudyProps } from "./flip-study";
import { ChoiceQuestion, RecordStatus, SessionEnd, TypedQuestion, Verdict } from "./study-parts";
import { useStudyRecorder } from "./use-study-recorder";

// A practice test: up to 20 questions, alternately multiple choice and typed, scored at the end.
const TEST_LENGTH = 20;

type Question = { card: StudyCard; kind: "choice" | "typed" };
type Answered = { question: Question; correct: boolean; given: string; expected: string };

function makeTest(cards: StudyCard[], seed: number): Question[] {
  return shuffled(cards, seed)
    .slice(0, TEST_LENGTH)
    .map((card, index) => ({ card, kind: cards.length >= 2 && index % 2 === 0 ? "choice" : "typed" }));
}

export function TestStudy({ deckId, cards, recordEnabled, seed }: StudyProps) {
  const recorder = useStudyRecorder(deckId, "test", recordEnabled);
  const [attempt, setAttempt] = useState(0);
  const [questions, setQuestions] = useState(() => makeTest(cards, seed));
  const [answers, setAnswers] = useState<Answered[]>([]);
  const [current, setCurrent] = useState<{ correct: boolean; message: string; chosenId?: string } | null>(null);
  const question = questions[answers.length];

  function answer(record: Answered, chosenId?: string, message?: string) {
    setCurrent({
      correct: record.correct,
      chosenId,
      message: message ?? (record.correct ? "Correct." : `Not quite: the answer is ${record.expected}.`),
    });
    setAnswers((list) => [...list, record]);
  }

  if (answers.length === questions.length && !current) {
    const score = answers.filter((item) => item.correct).length;
    const wrong = answers.filter((item) => !item.correct);
    return (
      <SessionEnd
        deckId={deckId}
        heading={`Score: ${score} out of ${questions.length} (${Math.round((score / questions.length) * 100)}%)`}
        onRestart={() => {
          setAttempt(attempt + 1);
          setQuestions(makeTest(cards, seed + attempt + 1));
          setAnswers([]);
        }}
      >
        {wrong.length === 0 ? (
          <p>Every answer right.</p>
        ) : (
          <>
            <h3>To go over</h3>
            <table className="roster">
              <thead>
                <tr>
                  <th scope="col">Card</th>
                  <th scope="col">Your answer</th>
                  <th scope="col">The answer</th>
                </tr>
              </thead>
              <tbody>
                {wrong.map((item) => (
                  <tr key={item.question.card.id}>
                    <td>{item.question.card.title}</td>
                    <td>{item.given || "(nothing)"}</td>
                    <td>{item.expected}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        <RecordStatus recorder={recorder} />
      </SessionEnd>
    );
  }

  const shown = current ? answers[answers.length - 1]?.question : question;
  if (!shown) return null;
  const number = current ? answers.length : answers.length + 1;
  return (
    <section aria-label="Practice test">
      <p className="meta">
        Question {number} of {questions.length} · {answers.filter((item) => item.correct).length} right so far
      </p>
      {shown.kind === "choice" ? (
        <ChoiceQuestion
          key={`${number}-choice`}
          card={shown.card}
          options={choiceOptions(shown.card, cards, seed + number)}
          chosenId={current?.chosenId ?? null}
          onChoose={(chosenId) => {
            const chosen = cards.find((card) => card.id === chosenId);
            answer(
              {
                question: shown,
                correct: chosenId === shown.card.id,
                given: chosen?.title ?? "",
                expected: `“${shown.card.title}”`,
              },
              chosenId,
            );
            void recorder.record([{ type: "choice", evidenceId: shown.card.id, chosenId }]);
          }}
        />
      ) : (
        <TypedQuestion
          key={`${number}-typed`}
          card={shown.card}
          answered={current !== null}
          onAnswer={(given) => {
            const expected = recallQuestion(shown.card).answer;
            const verdict = matchAnswer(given, expected);
            answer({ question: shown, correct: verdict.correct, given, expected }, undefined, verdict.message);
            void recorder.record([{ type: "typed", evidenceId: shown.card.id, given }]);
          }}
        />
      )}
      {current && (
        <>
          <Verdict correct={current.correct} message={current.message} />
          <button type="button" onClick={() => setCurrent(null)} autoFocus>
            {answers.length === questions.length ? "See your score" : "Next question"}
          </button>
        </>
      )}
      <RecordStatus recorder={recorder} />
    </section>
  );
}
