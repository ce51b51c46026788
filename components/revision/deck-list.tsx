import Link from "next/link";
import type { ReactNode } from "react";
import { formatDateTime } from "@/lib/format";
import type { DeckSummary } from "@/lib/revision/store/read-decks";

// Decks as a table: what each holds and, for a student, what is due and how much is known. On a
// phone each deck is a card of labelled lines rather than a table scrolled sideways.
export function DeckList({
  decks,
  label,
  showSchedule,
}: {
  decks: DeckSummary[];
  label: string;
  showSchedule: boolean;
}) {
  return (
    <table className="roster stacked-on-phone">
      <caption className="visually-hidden">{label}</caption>
      <thead>
        <tr>
          <th scope="col">Deck</th>
          <th scope="col">Cards</th>
          {showSchedule && (
            <>
              <th scope="col">Due now</th>
              <th scope="col">Next review</th>
              <th scope="col">New · learning · known</th>
            </>
          )}
          {!showSchedule && <th scope="col">Set to</th>}
        </tr>
      </thead>
      <tbody>
        {decks.map((deck) => (
          <tr key={deck.id}>
            <td>
              <Link href={`/revision/decks/${deck.id}`}>{deck.title}</Link>
              <div className="meta">
                {deck.source}
                {deck.setBy && ` · set by ${deck.setBy}`}
              </div>
            </td>
            <LabelledCell label="Cards">{deck.cardCount}</LabelledCell>
            {showSchedule && (
              <>
                <LabelledCell label="Due now">{deck.dueNow}</LabelledCell>
                <LabelledCell label="Next review">{deck.nextDueAt ? formatDateTime(deck.nextDueAt) : "—"}</LabelledCell>
                <td>
                  <MasteryBar {...deck.mastery} />
                </td>
              </>
            )}
            {!showSchedule && (
              <LabelledCell label="Set to">
                {deck.classes.length ? deck.classes.map((set) => set.name).join(", ") : "Not set"}
              </LabelledCell>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// A cell that names its column where the header row is hidden (a phone); screen readers have the header.
function LabelledCell({ label, children }: { label: string; children: ReactNode }) {
  return (
    <td>
      <span className="cell-label" aria-hidden="true">
        {label}:{" "}
      </span>
      {children}
    </td>
  );
}

export function MasteryBar({ new: fresh, learning, known }: { new: number; learning: number; known: number }) {
  const total = fresh + learning + known || 1;
  return (
    <span className="mastery">
      <span className="mastery-bar" aria-hidden="true">
        <span className="mastery-known" style={{ width: `${(known / total) * 100}%` }} />
        <span className="mastery-learning" style={{ width: `${(learning / total) * 100}%` }} />
      </span>
      <span>
        {fresh} new · {learning} learning · {known} known
      </span>
    </span>
  );
}
