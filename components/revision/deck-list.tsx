import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import type { DeckSummary } from "@/lib/revision/store/read-decks";

// Decks as a table: what each holds and, for a student, what is due and how much is known.
export function DeckList({ decks, label, showSchedule }: { decks: DeckSummary[]; label: string; showSchedule: boolean }) {
  return (
    <table className="roster">
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
            <td>{deck.cardCount}</td>
            {showSchedule && (
              <>
                <td>{deck.dueNow}</td>
                <td>{deck.nextDueAt ? formatDateTime(deck.nextDueAt) : "—"}</td>
                <td>
                  <MasteryBar {...deck.mastery} />
                </td>
              </>
            )}
            {!showSchedule && <td>{deck.classes.length ? deck.classes.map((set) => set.name).join(", ") : "Not set"}</td>}
          </tr>
        ))}
      </tbody>
    </table>
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
