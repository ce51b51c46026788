import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FlipStudy, type StudyProps } from "@/components/revision/flip-study";
import { LearnStudy } from "@/components/revision/learn-study";
import { MatchStudy } from "@/components/revision/match-study";
import { OrderStudy } from "@/components/revision/order-study";
import { TestStudy } from "@/components/revision/test-study";
import { TooFewCards } from "@/components/revision/study-parts";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { foundOrNull } from "@/lib/errors";
import { getDeck } from "@/lib/revision/store/read-decks";
import { STUDY_MODES } from "@/lib/revision/rules/study-modes";
import { ZId } from "@/lib/fields";
import { ZStudyMode, type TStudyMode } from "@/lib/revision/schema";

export const metadata: Metadata = { title: "Study" };

const VIEWS: Record<TStudyMode, (props: StudyProps) => React.ReactNode> = {
  flip: FlipStudy,
  learn: LearnStudy,
  test: TestStudy,
  match: MatchStudy,
  order: OrderStudy,
};

export default async function StudyPage({ params }: { params: Promise<{ deckId: string; mode: string }> }) {
  const user = await requirePageUser();
  const { deckId: rawDeckId, mode: rawMode } = await params;
  const deckId = ZId.safeParse(rawDeckId);
  const mode = ZStudyMode.safeParse(rawMode);
  if (!deckId.success || !mode.success) notFound();
  const deck = await foundOrNull(getDeck(user, deckId.data));
  if (!deck) notFound();
  const View = VIEWS[mode.data];
  const name = STUDY_MODES.find((item) => item.slug === mode.data)?.name ?? "Study";

  // Due cards first (most overdue first), then new ones, then the rest in the order they fall due.
  const now = Date.now();
  const rank = (id: string) => {
    const dueAt = deck.progress[id]?.dueAt?.getTime();
    if (dueAt === undefined) return 1;
    return dueAt <= now ? 0 : 2;
  };
  const cards = [...deck.cards].sort(
    (a, b) =>
      rank(a.id) - rank(b.id) ||
      (deck.progress[a.id]?.dueAt?.getTime() ?? 0) - (deck.progress[b.id]?.dueAt?.getTime() ?? 0),
  );

  return (
    <>
      <p className="breadcrumb">
        <Link href="/revision">Revision</Link> › <Link href={`/revision/decks/${deck.id}`}>{deck.title}</Link>
      </p>
      <h1>
        {name}: {deck.title}
      </h1>
      <nav aria-label="Study modes" className="page-actions">
        {STUDY_MODES.map((item) => (
          <Link
            key={item.slug}
            href={`/revision/decks/${deck.id}/${item.slug}`}
            aria-current={item.slug === mode.data ? "page" : undefined}
          >
            {item.name}
          </Link>
        ))}
      </nav>
      {cards.length === 0 ? (
        <TooFewCards
          deckId={deck.id}
          message="This deck is empty: every card in it has been archived from the library."
        />
      ) : (
        <View deckId={deck.id} cards={cards} recordEnabled={user.role === "STUDENT"} seed={Math.floor(now / 1000)} />
      )}
    </>
  );
}
