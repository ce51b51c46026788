import type { Metadata } from "next";
import Link from "next/link";
import { Highlighted } from "@/components/library/highlighted";
import { getSessionUser } from "@/lib/auth/session";
import { loadLibrarySearch } from "@/lib/library/store/items";
import { SPEAKER_KIND_LABEL, yearRange } from "@/lib/library/views";
import type { LibraryHit } from "@/lib/library/views";
import { ZLibrarySearchInput, type TLibrarySearchInput } from "@/lib/library/schema";

export const metadata: Metadata = { title: "Library" };

const KIND_PATH = { PROMPT: "prompts", QUOTATION: "quotations", EVIDENCE: "evidence" } as const;
const KIND_LABEL = { PROMPT: "Prompt", QUOTATION: "Quotation", EVIDENCE: "Evidence" } as const;

export default async function LibraryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = await searchParams;
  const input = ZLibrarySearchInput.parse({ ...raw, kinds: raw.kind ?? raw.kinds, pageSize: raw.pageSize ?? 50 });
  const user = await getSessionUser();
  const { result, facets, counts } = await loadLibrarySearch(input, {
    includeArchived: user?.role === "TEACHER" && raw.archived === "1",
  });
  const total = counts.prompts + counts.quotations + counts.evidence;
  const kind: string = input.kinds.length === 1 ? input.kinds[0]! : "all";
  const pages = Math.max(1, Math.ceil(result.total / input.pageSize));

  return (
    <>
      <h1>Library</h1>
      <p className="lede">
        Prompts, historians’ and contemporaries’ quotations, and evidence from the revision notes, each traced to where
        it came from.
      </p>
      {user?.role === "TEACHER" && (
        <p className="actions">
          <Link href="/library/new?kind=quotation">Add a quotation</Link> ·{" "}
          <Link href="/library/new?kind=evidence">Add evidence</Link> ·{" "}
          <Link href="/library/new?kind=prompt">Add a prompt</Link> ·{" "}
          <Link href="/library/source-questions/new">Add an extract or source question</Link> ·{" "}
          <Link href="/library/transfer">Import or export</Link>
        </p>
      )}
      <nav aria-label="Library sections">
        <ul className="counts">
          <KindLink kind="all" current={kind} label="Everything" count={total} />
          <KindLink kind="prompt" current={kind} label="Prompts" count={counts.prompts} testId="prompts" />
          <KindLink kind="quotation" current={kind} label="Quotations" count={counts.quotations} testId="quotations" />
          <KindLink kind="evidence" current={kind} label="Evidence" count={counts.evidence} testId="evidence" />
        </ul>
      </nav>

      <form method="get" action="/library" role="search" aria-label="Search the library" className="search-form">
        <div className="field search-text">
          <label htmlFor="library-q">Search</label>
          <input id="library-q" name="q" type="search" defaultValue={input.q} placeholder="e.g. Lenin Enrolment" />
        </div>
        <Select
          label="Kind"
          name="kind"
          value={kind === "all" ? "" : kind}
          options={[
            ["", "Everything"],
            ["prompt", "Prompts"],
            ["quotation", "Quotations"],
            ["evidence", "Evidence"],
          ]}
        />
        <Select
          label="Person"
          name="people"
          value={input.people[0] ?? ""}
          options={[["", "Anyone"], ...facets.people.map((tag) => [tag.slug, tag.label] as [string, string])]}
        />
        <Select
          label="Theme"
          name="themes"
          value={input.themes[0] ?? ""}
          options={[["", "Any theme"], ...facets.themes.map((tag) => [tag.slug, tag.label] as [string, string])]}
        />
        <div className="field year">
          <label htmlFor="library-yearFrom">From year</label>
          <input
            id="library-yearFrom"
            name="yearFrom"
            type="number"
            inputMode="numeric"
            min={1850}
            max={2030}
            defaultValue={input.yearFrom ?? ""}
          />
        </div>
        <div className="field year">
          <label htmlFor="library-yearTo">To year</label>
          <input
            id="library-yearTo"
            name="yearTo"
            type="number"
            inputMode="numeric"
            min={1850}
            max={2030}
            defaultValue={input.yearTo ?? ""}
          />
        </div>
        <Select
          label="Author (quotations)"
          name="speaker"
          value={input.speaker ?? ""}
          options={[
            ["", "Any author"],
            ...facets.speakers.map((row) => [row.speaker, `${row.speaker} (${row.count})`] as [string, string]),
          ]}
        />
        <Select
          label="Source (quotations)"
          name="speakerKind"
          value={input.speakerKind ?? ""}
          options={[
            ["", "Any source"],
            ["historian", "Historian"],
            ["contemporary", "Contemporary"],
            ["document", "Document"],
          ]}
        />
        <Select
          label="Interpretation"
          name="interpretation"
          value={input.interpretation ?? ""}
          options={[
            ["", "Any interpretation"],
            ...facets.interpretations.map((value) => [value, value] as [string, string]),
          ]}
        />
        <button type="submit">Search</button>
      </form>

      <p role="status" data-testid="result-count">
        {result.total === 0
          ? "No results. Try fewer words or clear a filter."
          : `${result.totalIsCapped ? `More than ${result.total}` : result.total} result${result.total === 1 ? "" : "s"}${result.totalIsCapped ? ": add a word or a filter to narrow them" : ""}.`}
      </p>
      <ol className="item-list results" data-testid="results">
        {result.hits.map((hit) => (
          <Result key={hit.itemId} hit={hit} stems={result.stems} />
        ))}
      </ol>
      {pages > 1 && <Pagination input={input} raw={raw} pages={pages} />}
    </>
  );
}

function Result({ hit, stems }: { hit: LibraryHit; stems: string[] }) {
  const years = yearRange(hit.yearFrom, hit.yearTo);
  return (
    <li data-kind={hit.kind}>
      <span className="badge">{KIND_LABEL[hit.kind]}</span>
      <Link href={`/library/${KIND_PATH[hit.kind]}/${hit.slug}`}>
        {hit.kind === "QUOTATION" ? "“" : ""}
        <Highlighted text={hit.title} stems={stems} />
        {hit.kind === "QUOTATION" ? "”" : ""}
      </Link>
      <p className="meta">
        {hit.kind === "QUOTATION" && (
          <>
            — {hit.speaker}
            {hit.yearFrom !== null && ` (${hit.yearFrom})`}{" "}
            {hit.speakerKind && (
              <span className="badge">{SPEAKER_KIND_LABEL[hit.speakerKind as keyof typeof SPEAKER_KIND_LABEL]}</span>
            )}{" "}
            {hit.interpretation && <span className="badge">{hit.interpretation}</span>}
          </>
        )}
        {hit.kind === "EVIDENCE" && years && <span className="badge">{years}</span>}
        {hit.addedBy && <span className="badge added-by">Added by {hit.addedBy}, not from the seed notes</span>}
      </p>
      {hit.kind === "EVIDENCE" && hit.excerpt && (
        <p className="excerpt">
          <Highlighted text={hit.excerpt} stems={stems} />
        </p>
      )}
    </li>
  );
}

function KindLink({
  kind,
  current,
  label,
  count,
  testId,
}: {
  kind: string;
  current: string;
  label: string;
  count: number;
  testId?: string;
}) {
  return (
    <li>
      <Link
        href={kind === "all" ? "/library" : `/library?kind=${kind}`}
        aria-current={kind === current ? "page" : undefined}
      >
        {label} <strong data-testid={`count-${testId ?? kind}`}>{count}</strong>
      </Link>
    </li>
  );
}

function Select({
  label,
  name,
  value,
  options,
}: {
  label: string;
  name: string;
  value: string;
  options: [string, string][];
}) {
  return (
    <div className="field">
      <label htmlFor={`library-${name}`}>{label}</label>
      <select id={`library-${name}`} name={name} defaultValue={value}>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}

function Pagination({
  input,
  raw,
  pages,
}: {
  input: TLibrarySearchInput;
  raw: Record<string, string | string[] | undefined>;
  pages: number;
}) {
  const href = (page: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(raw))
      if (typeof value === "string" && value && key !== "page") params.set(key, value);
    params.set("page", String(page));
    return `/library?${params.toString()}`;
  };
  return (
    <nav aria-label="Pages of results" className="pagination">
      {input.page > 1 && <Link href={href(input.page - 1)}>Previous page</Link>}
      <span>
        Page {input.page} of {pages}
      </span>
      {input.page < pages && <Link href={href(input.page + 1)}>Next page</Link>}
    </nav>
  );
}
