"use client";

import { useId } from "react";
import { MAX_PLAN_ARGUMENT_CHARACTERS, MAX_PLAN_POINT_CHARACTERS, MAX_PLAN_POINTS } from "@/lib/editor/limits";
import type { TEssayPlan } from "@/lib/essays/schema";

// An optional plan, saved with the essay: the line of argument and a point per paragraph (PEEL).
export function PlanPanel({ plan, onChange, disabled }: { plan: TEssayPlan; onChange: (plan: TEssayPlan) => void; disabled: boolean }) {
  const argumentId = useId();
  const setPoint = (index: number, text: string) => onChange({ ...plan, points: plan.points.map((point, at) => (at === index ? text : point)) });
  return (
    <details className="plan-panel" open={Boolean(plan.argument || plan.points.length)}>
      <summary>Plan</summary>
      <label htmlFor={argumentId}>Line of argument</label>
      <textarea
        id={argumentId}
        rows={2}
        maxLength={MAX_PLAN_ARGUMENT_CHARACTERS}
        value={plan.argument}
        disabled={disabled}
        onChange={(event) => onChange({ ...plan, argument: event.target.value })}
        placeholder="Your judgement on the question, in a sentence or two"
      />
      <ol className="plan-points">
        {plan.points.map((point, index) => (
          <li key={index}>
            <input
              aria-label={`Paragraph ${index + 1} point`}
              value={point}
              maxLength={MAX_PLAN_POINT_CHARACTERS}
              disabled={disabled}
              onChange={(event) => setPoint(index, event.target.value)}
            />
            <button type="button" aria-label={`Remove paragraph ${index + 1} point`} disabled={disabled} onClick={() => onChange({ ...plan, points: plan.points.filter((_, at) => at !== index) })}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      {plan.points.length < MAX_PLAN_POINTS && (
        <button type="button" disabled={disabled} onClick={() => onChange({ ...plan, points: [...plan.points, ""] })}>
          Add a paragraph point
        </button>
      )}
    </details>
  );
}
