import Link from "next/link";
import { notFound } from "next/navigation";
import { Corrections, SeedSource } from "@/components/library/seed-source";
import { TagBadges } from "@/components/library/tag-badges";
import { getQuotation } from "@/lib/data/library/get-library-item";
import { SPEAKER_KIND_LABEL } from "@/lib/data/library/labels";
import { ZSlugParam } from "@/lib/data/library/slug";

export const dynamic = "force-dynamic";

export default async function QuotationPage({ params }: { params: Promise<{ slug: string }> }) {
  const slug = ZSlugParam.safeParse((await params).slug);
  const quotation = slug.success ? await getQuotation(slug.data) : null;
  if (!quotation) notFound();

  return (
    <>
      <p className="breadcrumb">
        <Link href="/library?kind=quotations">Library › Quotations</Link>
      </p>
      <article className="detail">
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
          <dt>Attribution in the seed</dt>
          <dd>{quotation.attributionAsGiven}</dd>
          <dt>Source</dt>
          <dd>
            <SeedSource seed={quotation.seed} />
          </dd>
          <dt>Tags</dt>
          <dd>
            <TagBadges tags={quotation.tags} />
          </dd>
          <Corrections corrections={quotation.corrections} />
        </dl>
      </article>
    </>
  );
}
