import { planItemLabel } from "@/lib/essays/plan";
import type { TEssayPlan } from "@/lib/essays/schema";

export { hasPlan } from "@/lib/essays/plan";

// A saved plan read back: the judgement, then each claim with its evidence and counter-argument.
export function PlanContents({ plan }: { plan: TEssayPlan }) {
  return (
    <>
      {plan.argument && <p>{plan.argument}</p>}
      <ol>
        {plan.claims.map((claim, index) => (
          <li key={index}>
            {claim.text}
            {claim.items.length > 0 && (
              <ul>
                {claim.items.map((item, at) => (
                  <li key={at}>{planItemLabel(item)}</li>
                ))}
              </ul>
            )}
            {claim.counter && <p className="meta">Counter-argument: {claim.counter}</p>}
          </li>
        ))}
      </ol>
    </>
  );
}
