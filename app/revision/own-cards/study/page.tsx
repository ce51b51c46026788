import type { Metadata } from "next";
import Link from "next/link";
import { OwnCardStudy } from "@/components/revision/own-card-study";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { dueOwnCards } from "@/lib/revision/store/own-cards";

export const metadata: Metadata = { title: "Study my own cards" };

export default async function OwnCardStudyPage() {
  const student = await requirePageUser("STUDENT");
  const cards = await dueOwnCards(student);
  return (
    <>
      <p className="breadcrumb">
        <Link href="/revision">Revision</Link> › <Link href="/revision/own-cards">My own cards</Link>
      </p>
      <h1>Study my own cards</h1>
      {cards.length === 0 ? (
        <p role="status">None of your own cards is due right now.</p>
      ) : (
        <OwnCardStudy cards={cards} />
      )}
    </>
  );
}
