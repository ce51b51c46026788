"use client";

import { CircleCheck, Circle } from "lucide-react";
import type { ExpectedItem } from "@/lib/assignments/rules";

// The evidence and quotations the student's teacher expects for this question, ticked off live as
// the essay uses them (the same "used" marks as the library sidebar).
export function ExpectedCoverage({
  expected,
  used,
}: {
  expected: ExpectedItem[];
  used: { quotationIds: Set<string>; evidenceIds: Set<string> };
}) {
  if (expected.length === 0) return null;
  const isUsed = (item: ExpectedItem) =>
    (item.kind === "quotation" ? used.quotationIds : used.evidenceIds).has(item.id);
  const count = expected.filter(isUsed).length;
  return (
    <details className="expected-coverage" open={count < expected.length}>
      <summary>
        Your teacher expects: <strong>{count}</strong> of {expected.length} used
      </summary>
      <ul aria-label="Expected evidence and quotations">
        {expected.map((item) => {
          const done = isUsed(item);
          return (
            <li key={`${item.kind}-${item.id}`} className={done ? "used" : "missing"}>
              {done ? <CircleCheck aria-hidden="true" size={16} /> : <Circle aria-hidden="true" size={16} />}
              <span>
                {item.label}
                <span className="meta">{done ? " — used" : " — not used yet"}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
