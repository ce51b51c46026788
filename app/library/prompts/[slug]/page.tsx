import Link from "next/link";
import { notFound } from "next/navigation";
import { SeedSource } from "@/components/library/seed-source";
import { TagBadges } from "@/components/library/tag-badges";
import { getPrompt } from "@/lib/data/library/get-library-item";
import { PROMPT_KIND_LABEL, PROMPT_ORIGIN_LABEL } from "@/lib/data/library/labels";
import { ZSlugParam } from "@/lib/data/library/slug";

export const dynamic = "force-dynamic";

export default async function PromptPage({ params }: { params: Promise<{ slug: string }> }) {
  const slug = ZSlugParam.safeParse((await params).slug);
  const prompt = slug.success ? await getPrompt(slug.data) : null;
  if (!prompt) notFound();

  return (
    <>
      <p className="breadcrumb">
        <Link href="/library?kind=prompts">Library › Prompts</Link>
      </p>
      <article className="detail">
        <h1>{prompt.text}</h1>
        <dl className="facts">
          <dt>Type</dt>
          <dd>{PROMPT_KIND_LABEL[prompt.kind]}</dd>
          <dt>Origin</dt>
          <dd>
            <span className={prompt.origin === "COMPOSED" ? "badge composed" : "badge"}>{PROMPT_ORIGIN_LABEL[prompt.origin]}</span>
          </dd>
          {prompt.marks !== null && (
            <>
              <dt>Marks</dt>
              <dd>{prompt.marks}</dd>
            </>
          )}
          {prompt.suggestedMinutes !== null && (
            <>
              <dt>Suggested time</dt>
              <dd>{prompt.suggestedMinutes} minutes</dd>
            </>
          )}
          <dt>Source</dt>
          <dd>
            <SeedSource seed={prompt.seed} />
          </dd>
          {prompt.note && (
            <>
              <dt>Note</dt>
              <dd>{prompt.note}</dd>
            </>
          )}
          <dt>Tags</dt>
          <dd>
            <TagBadges tags={prompt.tags} />
          </dd>
        </dl>
      </article>
    </>
  );
}
