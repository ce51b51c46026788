import type { TEssayPlan } from "@/lib/essays/schema";

// A saved plan read back: the line of argument, then the paragraph points in order.
export function hasPlan(plan: TEssayPlan) {
  return Boolean(plan.argument) || plan.points.length > 0;
}

export function PlanContents({ plan }: { plan: TEssayPlan }) {
  return (
    <>
      {plan.argument && <p>{plan.argument}</p>}
      <ol>
        {plan.points.map((point, index) => (
          <li key={index}>{point}</li>
        ))}
      </ol>
    </>
  );
}
