import type { Metadata } from "next";
import Link from "next/link";
import { QuotationDrill } from "@/components/revision/quotation-drill";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { drillFor } from "@/lib/revision/store/quotation-drills";

export const metadata: Metadata = { title: "Quotation drill" };

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  timeZone: "Europe/London",
});

// Up to ten questions on the library's quotations: who said it, and the missing words. For a
// student, the quotations due again come first, then new ones; each answer schedules it.
export default async function QuotationDrillPage() {
  const user = await requirePageUser();
  const plan = await drillFor(user);
  return (
    <>
      <p className="breadcrumb">
        <Link href="/revision">Revision</Link>
      </p>
      <h1>Quotation drill</h1>
      <p>
        Historians&apos; and contemporaries&apos; words from the library, exactly as the sources give them: say who said
        each, or type the missing words. Spelling slips and punctuation are forgiven.
      </p>
      {plan.recorded ? (
        <p className="meta" data-testid="drill-plan">
          {plan.due} due again · {plan.unseen} not met yet. Quotations you get right come back later and later; the ones
          you miss come back soon.
        </p>
      ) : (
        <p className="meta">Practice: teachers&apos; answers are not recorded.</p>
      )}
      {plan.drill.length > 0 ? (
        <QuotationDrill drill={plan.drill} recorded={plan.recorded} />
      ) : plan.recorded && plan.nextDueAt ? (
        <p role="status">
          Nothing is due: you have met every quotation. The next comes back on {dateFormat.format(plan.nextDueAt)}.
        </p>
      ) : (
        <p className="muted">The library has too few quotations for a drill yet.</p>
      )}
    </>
  );
}
