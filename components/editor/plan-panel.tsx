"use client";

import { useId, useState } from "react";
import {
  MAX_PLAN_ARGUMENT_CHARACTERS,
  MAX_PLAN_CLAIM_CHARACTERS,
  MAX_PLAN_CLAIMS,
  MAX_PLAN_ITEMS_PER_CLAIM,
} from "@/lib/editor/limits";
import type { Insertable } from "@/lib/editor/insertable";
import { hasPlan, planItemLabel, samePlanItem } from "@/lib/essays/plan";
import type { TEssayPlan, TPlanClaim } from "@/lib/essays/schema";
import { INSERTABLE_MIME } from "./evidence-sidebar";

type Props = {
  plan: TEssayPlan;
  onChange: (plan: TEssayPlan) => void;
  disabled: boolean;
  // Library items to pick from (what the teacher expects); anything in the sidebar can be dragged.
  choices: { label: string; insert: Insertable }[];
  // Puts a paragraph per claim, with its evidence, at the end of the essay.
  onStartParagraphs: (() => void) | null;
};

const EMPTY_CLAIM: TPlanClaim = { text: "", items: [], counter: "" };

// The argument planner, saved with the essay: a judgement, and claims each with the evidence and
// quotations that support it and the counter-argument it has to answer.
export function PlanPanel({ plan, onChange, disabled, choices, onStartParagraphs }: Props) {
  const judgementId = useId();
  const setClaim = (index: number, claim: TPlanClaim) =>
    onChange({ ...plan, claims: plan.claims.map((current, at) => (at === index ? claim : current)) });
  return (
    <details className="plan-panel" open={hasPlan(plan)}>
      <summary>Plan</summary>
      <label htmlFor={judgementId}>Judgement (your line of argument)</label>
      <textarea
        id={judgementId}
        rows={2}
        maxLength={MAX_PLAN_ARGUMENT_CHARACTERS}
        value={plan.argument}
        disabled={disabled}
        onChange={(event) => onChange({ ...plan, argument: event.target.value })}
        placeholder="Your answer to the question, in a sentence or two"
      />
      <ol className="plan-claims">
        {plan.claims.map((claim, index) => (
          <ClaimCard
            key={index}
            index={index}
            claim={claim}
            disabled={disabled}
            choices={choices}
            onChange={(next) => setClaim(index, next)}
            onRemove={() => onChange({ ...plan, claims: plan.claims.filter((_, at) => at !== index) })}
          />
        ))}
      </ol>
      <div className="actions">
        {plan.claims.length < MAX_PLAN_CLAIMS && (
          <button
            type="button"
            disabled={disabled}
            onClick={() => onChange({ ...plan, claims: [...plan.claims, EMPTY_CLAIM] })}
          >
            Add a claim
          </button>
        )}
        {onStartParagraphs && hasPlan(plan) && (
          <button type="button" disabled={disabled} onClick={onStartParagraphs}>
            Start paragraphs from plan
          </button>
        )}
      </div>
    </details>
  );
}

function ClaimCard({
  index,
  claim,
  disabled,
  choices,
  onChange,
  onRemove,
}: {
  index: number;
  claim: TPlanClaim;
  disabled: boolean;
  choices: Props["choices"];
  onChange: (claim: TPlanClaim) => void;
  onRemove: () => void;
}) {
  const [over, setOver] = useState(false);
  const number = index + 1;
  const full = claim.items.length >= MAX_PLAN_ITEMS_PER_CLAIM;
  const attach = (item: Insertable) => {
    if (full || claim.items.some((existing) => samePlanItem(existing, item))) return;
    onChange({ ...claim, items: [...claim.items, item] });
  };
  const available = choices.filter((choice) => !claim.items.some((item) => samePlanItem(item, choice.insert)));
  return (
    <li
      className={`plan-claim${over ? " drop-over" : ""}`}
      aria-label={`Claim ${number}`}
      onDragOver={(event) => {
        if (disabled || full || !event.dataTransfer.types.includes(INSERTABLE_MIME)) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        setOver(false);
        const data = event.dataTransfer.getData(INSERTABLE_MIME);
        if (!data || disabled) return;
        event.preventDefault();
        attach(JSON.parse(data) as Insertable);
      }}
    >
      <textarea
        aria-label={`Claim ${number}`}
        rows={2}
        maxLength={MAX_PLAN_CLAIM_CHARACTERS}
        value={claim.text}
        disabled={disabled}
        placeholder="A reason that answers the question"
        onChange={(event) => onChange({ ...claim, text: event.target.value })}
      />
      {claim.items.length > 0 && (
        <ul aria-label={`Evidence for claim ${number}`} className="plan-items">
          {claim.items.map((item, at) => (
            <li key={at}>
              <span>{planItemLabel(item)}</span>{" "}
              <button
                type="button"
                className="small"
                aria-label={`Remove “${planItemLabel(item)}” from claim ${number}`}
                disabled={disabled}
                onClick={() => onChange({ ...claim, items: claim.items.filter((_, other) => other !== at) })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {!full && (
        <p className="meta plan-attach">
          Drag evidence or a quotation here from the library
          {available.length > 0 && (
            <>
              , or{" "}
              <select
                aria-label={`Attach to claim ${number}`}
                value=""
                disabled={disabled}
                onChange={(event) => {
                  const choice = available[Number(event.target.value)];
                  if (choice) attach(choice.insert);
                }}
              >
                <option value="">pick one your teacher expects…</option>
                {available.map((choice, at) => (
                  <option key={at} value={at}>
                    {choice.label}
                  </option>
                ))}
              </select>
            </>
          )}
        </p>
      )}
      <textarea
        aria-label={`Counter-argument to claim ${number}`}
        rows={1}
        maxLength={MAX_PLAN_CLAIM_CHARACTERS}
        value={claim.counter}
        disabled={disabled}
        placeholder="What would someone arguing the other side say?"
        onChange={(event) => onChange({ ...claim, counter: event.target.value })}
      />
      <button
        type="button"
        className="small"
        aria-label={`Remove claim ${number}`}
        disabled={disabled}
        onClick={onRemove}
      >
        Remove claim
      </button>
    </li>
  );
}
