"use client";

import { useId, useState } from "react";
import { FormError } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { recordQuotationAnswer } from "@/lib/revision/actions";
import { gradeDrillAnswer, type Drill, type DrillAnswer } from "@/lib/revision/rules/quotation-drills";
import { Verdict } from "./study-parts";

type Answered = { correct: boolean; message: string; dueInDays?: number };

const comesBack = (days: number) =>
  days === 0 ? "It comes back later today." : days === 1 ? "It comes back tomorrow." : `It comes back in ${days} days.`;

// Ten questions. A student's answers are judged and scheduled on the server (each quotation comes
// back when FSRS says); a teacher's are judged here, by the same rules, and recorded nowhere.
export function QuotationDrill({ drill, recorded }: { drill: Drill[]; recorded: boolean }) {
  const [at, setAt] = useState(0);
  const [answers, setAnswers] = useState<Answered[]>([]);
  const [typed, setTyped] = useState("");
  const inputId = useId();
  const saving = useActionForm(recordQuotationAnswer, (result) => setAnswers((list) => [...list, result]));
  const question = drill[at];
  const current = answers[at];

  if (!question) {
    const score = answers.filter((answer) => answer.correct).length;
    return (
      <section aria-labelledby="drill-end">
        <h2 id="drill-end" tabIndex={-1} ref={(element) => element?.focus()}>
          Score: {score} out of {drill.length}
        </h2>
        {recorded ? (
          <p>
            Each quotation is scheduled: the ones you missed come back soonest. Reload the page for the next ones due.
          </p>
        ) : (
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
        )}
      </section>
    );
  }

  const answer = (given: DrillAnswer) => {
    if (current || saving.pending) return;
    if (recorded)
      saving.submit(
        given.kind === "who"
          ? { kind: "who", quotationId: question.quotationId, speaker: given.speaker }
          : { kind: "complete", quotationId: question.quotationId, given: given.given },
      );
    else setAnswers((list) => [...list, gradeDrillAnswer(question, given)]);
  };
  const locked = Boolean(current) || saving.pending;
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
              <button
                key={option}
                type="button"
                className="choice"
                disabled={locked}
                onClick={() => answer({ kind: "who", speaker: option })}
              >
                {option}
              </button>
            ))}
          </div>
        </>
      ) : (
        <>
          <h2 id="drill-question">Complete the quotation</h2>
          <blockquote className="drill-quotation">
            “{question.before} <span className="drill-blank">{"_____ ".repeat(question.blankWords).trim()}</span>{" "}
            {question.after}” — {question.speaker}
          </blockquote>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              answer({ kind: "complete", given: typed });
            }}
          >
            <label htmlFor={inputId}>Type the {question.blankWords} missing words</label>
            <input
              id={inputId}
              value={typed}
              disabled={locked}
              onChange={(event) => setTyped(event.target.value)}
              autoComplete="off"
            />
            <button type="submit" disabled={locked}>
              Check
            </button>
          </form>
        </>
      )}
      <FormError message={saving.error} />
      {current && (
        <>
          <Verdict
            correct={current.correct}
            message={
              current.dueInDays === undefined ? current.message : `${current.message} ${comesBack(current.dueInDays)}`
            }
          />
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
