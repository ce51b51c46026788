"use client";

import { useId, useState } from "react";
import { matchAnswer } from "@/lib/revision/rules/answer-match";
import type { Drill } from "@/lib/revision/rules/quotation-drills";
import { Verdict } from "./study-parts";

type Answered = { correct: boolean; message: string };

export function QuotationDrill({ drill }: { drill: Drill[] }) {
  const [at, setAt] = useState(0);
  const [answers, setAnswers] = useState<Answered[]>([]);
  const [typed, setTyped] = useState("");
  const inputId = useId();
  const question = drill[at];
  const current = answers[at];

  if (!question) {
    const score = answers.filter((answer) => answer.correct).length;
    return (
      <section aria-labelledby="drill-end">
        <h2 id="drill-end">
          Score: {score} out of {drill.length}
        </h2>
        <button
          type="button"
          className="primary"
          onClick={() => {
            setAt(0);
            setAnswers([]);
            setTyped("");
          }}
        >
          Start again
        </button>
      </section>
    );
  }

  const record = (answer: Answered) => setAnswers((list) => [...list, answer]);
  return (
    <section aria-labelledby="drill-question" className="study-card">
      <p className="meta">
        Question {at + 1} of {drill.length}
      </p>
      {question.kind === "who" ? (
        <>
          <h2 id="drill-question">Who said it?</h2>
          <blockquote className="drill-quotation">“{question.text}”</blockquote>
          <div className="choices" role="group" aria-label="Speakers">
            {question.options.map((option) => (
              <button key={option} type="button" className="choice" disabled={Boolean(current)} onClick={() => record(option === question.answer ? { correct: true, message: "Correct." } : { correct: false, message: `Not quite: it was ${question.answer}.` })}>
                {option}
              </button>
            ))}
          </div>
        </>
      ) : (
        <>
          <h2 id="drill-question">Complete the quotation</h2>
          <blockquote className="drill-quotation">
            “{question.before} <span className="drill-blank">{"_____ ".repeat(question.blankWords).trim()}</span> {question.after}” — {question.speaker}
          </blockquote>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (current) return;
              const verdict = matchAnswer(typed, question.answer);
              record({ correct: verdict.correct, message: verdict.correct ? (verdict.nearMiss ? `Correct, but check the spelling: ${question.answer}.` : "Correct.") : `Not quite: the words are “${question.answer}”.` });
            }}
          >
            <label htmlFor={inputId}>Type the {question.blankWords} missing words</label>
            <input id={inputId} value={typed} disabled={Boolean(current)} onChange={(event) => setTyped(event.target.value)} autoComplete="off" />
            <button type="submit" disabled={Boolean(current)}>
              Check
            </button>
          </form>
        </>
      )}
      {current && (
        <>
          <Verdict correct={current.correct} message={current.message} />
          <button
            type="button"
            className="primary"
            autoFocus
            onClick={() => {
              setTyped("");
              setAt(at + 1);
            }}
          >
            {at + 1 === drill.length ? "See your score" : "Next question"}
          </button>
        </>
      )}
    </section>
  );
}
