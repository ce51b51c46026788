import Link from "next/link";
import type { ViewGroup } from "@/lib/library/views-map";

// Who argues what on a prompt: the library's quotations on its themes, by the interpretation
// each supports.
export function ViewsMap({ groups }: { groups: ViewGroup[] }) {
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="views-heading" className="views-map">
      <h2 id="views-heading">Who argues what</h2>
      <p className="meta">
        Quotations in the library on this prompt&apos;s themes, by the interpretation each supports.
        {groups.length > 1 ? " An essay that weighs them against each other reaches the top levels." : ""}
      </p>
      <div className="views-columns">
        {groups.map((group) => (
          <section key={group.interpretation} aria-label={group.interpretation} className="views-group">
            <h3>{group.interpretation}</h3>
            <ul>
              {group.quotations.map((quotation) => (
                <li key={quotation.id}>
                  <strong>
                    {quotation.speaker}
                    {quotation.year ? ` (${quotation.year})` : ""}
                  </strong>
                  : <Link href={`/library/quotations/${quotation.slug}`}>“{quotation.text}”</Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
