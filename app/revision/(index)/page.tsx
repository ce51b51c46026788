import type { Metadata } from "next";
import Link from "next/link";
import { DeckList } from "@/components/revision/deck-list";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { deckChoices } from "@/lib/revision/store/deck-choices";
import { listDecks } from "@/lib/revision/store/read-decks";
import { BuildDeckForm } from "./build-deck-form";

export const metadata: Metadata = { title: "Revision" };

export default async function RevisionPage() {
  const user = await requirePageUser();
  const [decks, choices] = await Promise.all([listDecks(user), deckChoices()]);
  const setToMe = decks.filter((deck) => !deck.mine);
  const mine = decks.filter((deck) => deck.mine);
  const dueNow = user.role === "STUDENT" ? decks.reduce((total, deck) => total + deck.dueNow, 0) : 0;

  return (
    <>
      <h1>Revision</h1>
      <p>
        Revise the library&apos;s evidence as flashcards, on a timeline and as a mind map: the same evidence you use in
        essays.
      </p>
      <p className="page-actions">
        <Link href="/revision/timeline">Timeline, 1917–53</Link>
        <Link href="/revision/mind-map">Mind map: Stalin in power</Link>
        <Link href="/revision/quotations">Quotation drill: who said it?</Link>
        {user.role === "STUDENT" && <Link href="/revision/own-cards">My own cards</Link>}
        {user.role === "STUDENT" && <Link href="/revision/progress">My progress</Link>}
      </p>
      {user.role === "STUDENT" && (
        <p role="status" className="notice">
          {dueNow === 0
            ? "Nothing is due for review right now."
            : `${dueNow} ${dueNow === 1 ? "card is" : "cards are"} due for review across your decks.`}
        </p>
      )}
      {user.role === "STUDENT" && (
        <>
          <h2>Set by your teacher</h2>
          {setToMe.length === 0 ? (
            <p>Your teachers have not set any decks yet.</p>
          ) : (
            <DeckList decks={setToMe} label="Decks set by your teacher" showSchedule />
          )}
        </>
      )}
      <h2>{user.role === "STUDENT" ? "My decks" : "Decks"}</h2>
      {mine.length === 0 ? (
        <p>No decks yet. Build one below.</p>
      ) : (
        <DeckList decks={mine} label="My decks" showSchedule={user.role === "STUDENT"} />
      )}
      <h2>Build a deck</h2>
      <BuildDeckForm {...choices} />
    </>
  );
}
