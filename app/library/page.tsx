import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { TagBadges } from "@/components/library/tag-badges";
import { EVIDENCE_KIND_LABEL, PROMPT_KIND_LABEL, PROMPT_ORIGIN_LABEL, SPEAKER_KIND_LABEL, yearRange } from "@/lib/data/library/labels";
import { listLibrary, type TLibrary } from "@/lib/data/library/list-library";

export const metadata: Metadata = { title: "Library" };
export const dynamic = "force-dynamic";

const ZLibraryParams = z.object({ kind: z.enum(["all", "prompts", "quotations", "evidence"]).catch("all") });
type Kind = z.infer<typeof ZLibraryParams>["kind"];

export default async function LibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { kind } = ZLibraryParams.parse(await searchParams);
  const library = await listLibrary();
  const total = library.prompts.length + library.quotations.length + library.evidence.length;

  return (
    <>
      <h1>Library</h1>
      <p className="lede">Prompts, historians’ and contemporaries’ quotations, and evidence from the revision notes, each traced to the seed it came from.</p>
      <nav aria-label="Library sections">
        <ul className="counts">
          <KindLink kind="all" current={kind} label="Everything" count={total} />
          <KindLink kind="prompts" current={kind} label="Prompts" count={library.prompts.length} />
          <KindLink kind="quotations" current={kind} label="Quotations" count={library.quotations.length} />
          <KindLink kind="evidence" current={kind} label="Evidence" count={library.evidence.length} />
        </ul>
      </nav>
      {(kind === "all" || kind === "prompts") && <PromptList prompts={library.prompts} />}
      {(kind === "all" || kind === "quotations") && <QuotationList quotations={library.quotations} />}
      {(kind === "all" || kind === "evidence") && <EvidenceList evidence={library.evidence} />}
    </>
  );
}

function KindLink({ kind, current, label, count }: { kind: Kind; current: Kind; label: string; count: number }) {
  return (
    <li>
      <Link href={kind === "all" ? "/library" : `/library?kind=${kind}`} aria-current={kind === current ? "page" : undefined}>
        {label} <strong data-testid={`count-${kind}`}>{count}</strong>
      </Link>
    </li>
  );
}

function PromptList({ prompts }: { prompts: TLibrary["prompts"] }) {
  return (
    <section aria-labelledby="prompts-heading">
      <h2 id="prompts-heading">Prompts ({prompts.length})</h2>
      <ul className="item-list" data-testid="prompt-list">
        {prompts.map((prompt) => (
          <li key={prompt.slug}>
            <Link href={`/library/prompts/${prompt.slug}`}>{prompt.text}</Link>
            <p className="meta">
              <span className="badge">{PROMPT_KIND_LABEL[prompt.kind]}</span>
              <span className={prompt.origin === "COMPOSED" ? "badge composed" : "badge"}>{PROMPT_ORIGIN_LABEL[prompt.origin]}</span>
              {prompt.marks !== null && <span className="badge">{prompt.marks} marks</span>}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function QuotationList({ quotations }: { quotations: TLibrary["quotations"] }) {
  return (
    <section aria-labelledby="quotations-heading">
      <h2 id="quotations-heading">Quotations ({quotations.length})</h2>
      <ul className="item-list" data-testid="quotation-list">
        {quotations.map((quotation) => (
          <li key={quotation.slug}>
            <Link href={`/library/quotations/${quotation.slug}`}>“{quotation.text}”</Link>
            <p className="meta">
              — {quotation.speaker}
              {quotation.year !== null && ` (${quotation.year})`} <span className="badge">{SPEAKER_KIND_LABEL[quotation.speakerKind]}</span>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function EvidenceList({ evidence }: { evidence: TLibrary["evidence"] }) {
  return (
    <section aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Evidence ({evidence.length})</h2>
      <ul className="item-list" data-testid="evidence-list">
        {evidence.map((item) => (
          <li key={item.slug}>
            <Link href={`/library/evidence/${item.slug}`}>{item.title}</Link>
            <p className="meta">
              {yearRange(item.yearFrom, item.yearTo) && <span className="badge">{yearRange(item.yearFrom, item.yearTo)}</span>}
              <span className="badge">{EVIDENCE_KIND_LABEL[item.kind]}</span>
              <TagBadges tags={item.tags.filter((tag) => tag.kind === "THEME")} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
