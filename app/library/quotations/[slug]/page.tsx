import Link from "next/link";
import { notFound } from "next/navigation";
import { ItemOrigin } from "@/components/library/item-origin";
import { Corrections } from "@/components/library/seed-source";
import { SuggestForPrompt } from "@/components/library/suggest-for-prompt";
import { ItemHistory } from "@/components/library/item-history";
import { getSessionUser } from "@/lib/auth/session";
import { mayChangeItem } from "@/lib/access/library";
import { formatDateTime } from "@/lib/format";
import { TagBadges } from "@/components/library/tag-badges";
import { getQuotation, listSuggestablePrompts, getItemHistory } from "@/lib/library/store/items";
import { SPEAKER_KIND_LABEL } from "@/lib/library/views";
import { ZSlugParam } from "@/lib/library/schema";

export const dynamic = "force-dynamic";

export default async function QuotationPage({ params }: { params: Promise<{ slug: string }> }) {
  const slug = ZSlugParam.safeParse((await params).slug);
  const [quotation, user] = await Promise.all([slug.success ? getQuotation(slug.data) : null, getSessionUser()]);
  if (!quotation) notFound();
  const teacher = user?.role === "TEACHER";

  return (
    <>
      <p className="breadcrumb">
        <Link href="/library?kind=quotations">Library › Quotations</Link>
      </p>
      {quotation.archivedAt && (
        <p className="notice">Archived: it no longer appears in search, but stays in essays that quoted it.</p>
      )}
      <article className="detail">
        {mayChangeItem(user, quotation) && (
          <p className="actions">
            <Link href={`/library/edit/quotation/${quotation.slug}`}>Edit this quotation</Link>
          </p>
        )}
        <h1>
          Quotation: {quotation.speaker}
          {quotation.year !== null && ` (${quotation.year})`}
        </h1>
        <figure>
          <blockquote className="quotation" data-testid="quotation-text">
            “{quotation.text}”
          </blockquote>
          <figcaption>
            — {quotation.speaker}
            {quotation.work && `, ${quotation.work}`}
            {quotation.year !== null && ` (${quotation.year})`}
          </figcaption>
        </figure>
        <dl className="facts">
          <dt>Speaker</dt>
          <dd>
            {quotation.speaker} <span className="badge">{SPEAKER_KIND_LABEL[quotation.speakerKind]}</span>
          </dd>
          {quotation.work && (
            <>
              <dt>Work</dt>
              <dd>{quotation.work}</dd>
            </>
          )}
          {quotation.context && (
            <>
              <dt>Context</dt>
              <dd>{quotation.context}</dd>
            </>
          )}
          {quotation.interpretation && (
            <>
              <dt>Interpretation</dt>
              <dd>{quotation.interpretation}</dd>
            </>
          )}
          <dt>{quotation.seed && !quotation.createdBy ? "Attribution in the seed" : "Attribution"}</dt>
          <dd>{quotation.attributionAsGiven}</dd>
          <dt>Source</dt>
          <dd>
            <ItemOrigin seed={quotation.seed} createdBy={quotation.createdBy} />
          </dd>
          <dt>Tags</dt>
          <dd>
            <TagBadges tags={quotation.tags} />
          </dd>
          <Corrections corrections={quotation.corrections} />
        </dl>
      </article>
      <ItemHistory history={await getItemHistory(quotation.id)} mayRevert={mayChangeItem(user, quotation)} />
      {quotation.revisions.length > 0 && (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">Wording history</h2>
          <ol className="item-list">
            {quotation.revisions.map((revision) => (
              <li key={revision.editedAt.toISOString()}>
                <p>
                  Before {formatDateTime(revision.editedAt)}
                  {revision.editedBy && `, when ${revision.editedBy.name} edited it`}: “{revision.previousText}” —{" "}
                  {revision.previousAttributionAsGiven}
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}
      {teacher && !quotation.archivedAt && (
        <SuggestForPrompt itemKind="quotation" itemId={quotation.id} prompts={await listSuggestablePrompts()} />
      )}
    </>
  );
}
