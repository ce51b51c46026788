import type { Metadata } from "next";
import Link from "next/link";
import { OwnCardForm, OwnCardItem } from "@/components/revision/own-cards";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { MAX_OWN_CARDS } from "@/lib/revision/schema";
import { listOwnCards } from "@/lib/revision/store/own-cards";

export const metadata: Metadata = { title: "My own cards" };

export default async function OwnCardsPage() {
  const student = await requirePageUser("STUDENT");
  const cards = await listOwnCards(student);
  const due = cards.filter((card) => card.due).length;
  return (
    <>
      <p className="breadcrumb">
        <Link href="/revision">Revision</Link>
      </p>
      <h1>My own cards</h1>
      <p>
        Cards you write yourself, in your own words: a question on one side, its answer on the other. They are yours
        alone (your teacher does not see them) and are not part of the library, so check them against your notes. They
        come back on the same schedule as the library&apos;s cards.
      </p>
      <p role="status" className="notice">
        {due === 0
          ? "None of your own cards is due right now."
          : `${due} of your own cards ${due === 1 ? "is" : "are"} due.`}{" "}
        {due > 0 && <Link href="/revision/own-cards/study">Study the due cards</Link>}
      </p>
      <h2>Write a card</h2>
      <OwnCardForm />
      <h2>
        Your cards ({cards.length} of at most {MAX_OWN_CARDS})
      </h2>
      {cards.length === 0 ? (
        <p className="muted">No cards yet: write your first above.</p>
      ) : (
        <ul className="own-card-list" aria-label="Your own cards">
          {cards.map((card) => (
            <OwnCardItem key={card.id} card={card} />
          ))}
        </ul>
      )}
    </>
  );
}
