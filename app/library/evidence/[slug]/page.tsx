import Link from "next/link";
import { notFound } from "next/navigation";
import { ItemOrigin } from "@/components/library/item-origin";
import { Corrections } from "@/components/library/seed-source";
import { SuggestForPrompt } from "@/components/library/suggest-for-prompt";
import { ItemHistory } from "@/components/library/item-history";
import { getSessionUser } from "@/lib/auth/session";
import { mayChangeItem } from "@/lib/access/library";
import { TagBadges } from "@/components/library/tag-badges";
import { getEvidence, listSuggestablePrompts, getItemHistory } from "@/lib/library/store/items";
import { EVIDENCE_KIND_LABEL, yearRange } from "@/lib/library/views";
import { ZSlugParam } from "@/lib/library/schema";

export const dynamic = "force-dynamic";

export default async function EvidencePage({ params }: { params: Promise<{ slug: string }> }) {
  const slug = ZSlugParam.safeParse((await params).slug);
  const [evidence, user] = await Promise.all([slug.success ? getEvidence(slug.data) : null, getSessionUser()]);
  if (!evidence) notFound();
  const teacher = user?.role === "TEACHER";
  const years = yearRange(evidence.yearFrom, evidence.yearTo, evidence.monthFrom);

  return (
    <>
      <p className="breadcrumb">
        <Link href="/library?kind=evidence">Library › Evidence</Link>
      </p>
      {evidence.archivedAt && (
        <p className="notice">Archived: it no longer appears in search, but stays in essays that used it.</p>
      )}
      <article className="detail">
        {mayChangeItem(user, evidence) && (
          <p className="actions">
            <Link href={`/library/edit/evidence/${evidence.slug}`}>Edit this card</Link>
          </p>
        )}
        <h1>{evidence.title}</h1>
        <p data-testid="evidence-text">{evidence.text}</p>
        <dl className="facts">
          <dt>Kind</dt>
          <dd>{EVIDENCE_KIND_LABEL[evidence.kind]}</dd>
          {years && (
            <>
              <dt>Date</dt>
              <dd>{years}</dd>
            </>
          )}
          <dt>People</dt>
          <dd>
            <TagBadges tags={evidence.tags.filter((tag) => tag.kind === "PERSON")} />
          </dd>
          <dt>Themes</dt>
          <dd>
            <TagBadges tags={evidence.tags.filter((tag) => tag.kind === "THEME")} />
          </dd>
          <dt>Source</dt>
          <dd>
            <ItemOrigin seed={evidence.seed} createdBy={evidence.createdBy} />
          </dd>
          <Corrections corrections={evidence.corrections} />
        </dl>
      </article>
      <ItemHistory history={await getItemHistory(evidence.id)} mayRevert={mayChangeItem(user, evidence)} />
      {teacher && !evidence.archivedAt && (
        <SuggestForPrompt itemKind="evidence" itemId={evidence.id} prompts={await listSuggestablePrompts()} />
      )}
      {evidence.related.length > 0 && (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">Related evidence</h2>
          <ul className="item-list">
            {evidence.related.map((item) => (
              <li key={item.slug}>
                <Link href={`/library/evidence/${item.slug}`}>{item.title}</Link>
                {yearRange(item.yearFrom, item.yearTo) && (
                  <span className="meta"> ({yearRange(item.yearFrom, item.yearTo)})</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
