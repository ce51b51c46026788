import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MasteryBar } from "@/components/revision/deck-list";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { foundOrNull } from "@/lib/errors";
import { listClassesForTeacher } from "@/lib/classes/store/classes";
import { getDeck } from "@/lib/revision/store/read-decks";
import { formatDateTime } from "@/lib/format";
import { formatWhen } from "@/lib/revision/rules/questions";
import { STUDY_MODES } from "@/lib/revision/rules/study-modes";
import { ZId } from "@/lib/fields";
import { DeckSettings } from "./deck-settings";
import { DeckDiscussion } from "@/components/revision/deck-discussion";
import { getDeckDiscussion } from "@/lib/revision/store/deck-comments";

export const metadata: Metadata = { title: "Deck" };

export default async function DeckPage({ params }: { params: Promise<{ deckId: string }> }) {
  const user = await requirePageUser();
  const deckId = ZId.safeParse((await params).deckId);
  const deck = deckId.success ? await foundOrNull(getDeck(user, deckId.data)) : null;
  if (!deck) notFound();
  const [classes, discussion] = await Promise.all([
    user.role === "TEACHER" && deck.mine ? listClassesForTeacher(user) : [],
    getDeckDiscussion(user, deck.id),
  ]);
  const now = new Date();
  const { dueNow, nextDueAt, mastery } = deck.schedule;

  return (
    <>
      <p className="breadcrumb">
        <Link href="/revision">Revision</Link>
      </p>
      <h1>{deck.title}</h1>
      <p className="meta">
        {deck.source} · {deck.cards.length} {deck.cards.length === 1 ? "card" : "cards"}
        {deck.setBy && ` · set by ${deck.setBy}`}
      </p>
      {deck.cards.length === 0 ? (
        <p className="notice">
          This deck has no cards left: every card in it has been archived from the library. Build a new deck from the
          revision page.
        </p>
      ) : (
        <>
          {user.role === "STUDENT" && (
            <section aria-labelledby="schedule-heading">
              <h2 id="schedule-heading">Your schedule</h2>
              <p>
                <strong>{dueNow}</strong> due now · <strong>{mastery.new}</strong> new · next review{" "}
                {nextDueAt ? formatDateTime(nextDueAt) : "not scheduled yet"}
              </p>
              <MasteryBar {...mastery} />
              <p className="hint">
                Cards are scheduled with FSRS, which learns from your answers when you are likely to forget each card:
                one you answer well comes back after a couple of days, then further apart; one you miss comes back in
                the same session. Choose how much to remember on{" "}
                <Link href="/revision/progress">your progress page</Link>.
              </p>
            </section>
          )}
          <h2>Study</h2>
          {user.role === "TEACHER" && (
            <p className="hint">As a teacher you can try every mode; your answers are not recorded.</p>
          )}
          <ul className="study-modes">
            {STUDY_MODES.map((mode) => (
              <li key={mode.slug}>
                <Link href={`/revision/decks/${deck.id}/${mode.slug}`}>{mode.name}</Link>
                <span className="meta"> {mode.description}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {deck.mine && (
        <DeckSettings
          deckId={deck.id}
          isTeacher={user.role === "TEACHER"}
          classes={classes.filter((item) => !item.archivedAt).map((item) => ({ id: item.id, name: item.name }))}
          setTo={deck.classes}
        />
      )}
      {deck.cards.length > 0 && (
        <>
          <h2>Cards</h2>
          <table className="roster">
            <thead>
              <tr>
                <th scope="col">Card</th>
                <th scope="col">When</th>
                {user.role === "STUDENT" && (
                  <>
                    <th scope="col">Mastery</th>
                    <th scope="col">Due</th>
                  </>
                )}
              </tr>
            </thead>
            <tbody>
              {deck.cards.map((card) => {
                const cardProgress = deck.progress[card.id];
                return (
                  <tr key={card.id}>
                    <td>{card.title}</td>
                    <td>{formatWhen(card) || "—"}</td>
                    {user.role === "STUDENT" && (
                      <>
                        <td>
                          <span className={`badge mastery-${cardProgress?.mastery ?? "new"}`}>
                            {cardProgress?.mastery ?? "new"}
                          </span>
                        </td>
                        <td>{describeDue(cardProgress?.dueAt ?? null, now)}</td>
                      </>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      {discussion && <DeckDiscussion deckId={deck.id} discussion={discussion} isStudent={user.role === "STUDENT"} />}
    </>
  );
}

function describeDue(dueAt: Date | null, now: Date) {
  if (!dueAt) return "Not studied yet";
  if (dueAt <= now) return "Due now";
  return formatDateTime(dueAt);
}
