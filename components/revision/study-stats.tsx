import type { ThemeMastery, WeakCard } from "@/lib/revision/views";
import { MasteryBar } from "./deck-list";

// Mastery by theme and the weakest cards, for one student or a whole class.

export function ThemeMasteryTable({ themes, caption }: { themes: ThemeMastery[]; caption: string }) {
  return (
    <table className="roster">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Theme</th>
          <th scope="col">Cards</th>
          <th scope="col">Known</th>
          <th scope="col">New · learning · known</th>
        </tr>
      </thead>
      <tbody>
        {themes.map((theme) => {
          const total = theme.new + theme.learning + theme.known;
          return (
            <tr key={theme.slug}>
              <th scope="row">{theme.label}</th>
              <td>{theme.cards}</td>
              <td>{total ? Math.round((theme.known / total) * 100) : 0}%</td>
              <td>
                <MasteryBar new={theme.new} learning={theme.learning} known={theme.known} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function WeakCardsTable({
  cards,
  caption,
  showStudents,
}: {
  cards: WeakCard[];
  caption: string;
  showStudents: boolean;
}) {
  if (cards.length === 0) return <p>No wrong answers recorded yet.</p>;
  return (
    <table className="roster">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Card</th>
          <th scope="col">Wrong answers</th>
          {showStudents && <th scope="col">Students who missed it</th>}
        </tr>
      </thead>
      <tbody>
        {cards.map((card) => (
          <tr key={card.evidenceId}>
            <th scope="row">{card.title}</th>
            <td>
              {card.wrong} of {card.answers}
            </td>
            {showStudents && <td>{card.studentsWrong}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function StudentSummary({
  cardsStudied,
  known,
  learning,
  answersThisWeek,
}: {
  cardsStudied: number;
  known: number;
  learning: number;
  answersThisWeek: number;
}) {
  return (
    <dl className="facts">
      <dt>Cards studied</dt>
      <dd>{cardsStudied}</dd>
      <dt>Known</dt>
      <dd>{known}</dd>
      <dt>Learning</dt>
      <dd>{learning}</dd>
      <dt>Answers in the last 7 days</dt>
      <dd>{answersThisWeek}</dd>
    </dl>
  );
}
