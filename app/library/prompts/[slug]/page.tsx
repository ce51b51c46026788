import Link from "next/link";
import { notFound } from "next/navigation";
import { ItemOrigin } from "@/components/library/item-origin";
import { RemoveSuggestionButton } from "@/components/library/remove-suggestion-button";
import { RevisePromptButton } from "@/components/revision/revise-prompt-button";
import { ItemHistory } from "@/components/library/item-history";
import { getSessionUser } from "@/lib/auth/session";
import { mayChangeItem } from "@/lib/access/library";
import { TagBadges } from "@/components/library/tag-badges";
import { getPrompt, getItemHistory } from "@/lib/library/store/items";
import { PROMPT_KIND_LABEL, PROMPT_ORIGIN_LABEL } from "@/lib/library/views";
import { ZSlugParam } from "@/lib/library/schema";
import { getPromptExtracts } from "@/lib/sources/store/read";
import { ExtractAttribution } from "@/components/sources/extracts-read-only";
import { counted } from "@/lib/format";
import { SetAssignmentForm } from "@/app/classes/[classId]/set-assignment-form";
import { listMarkSchemeChoices } from "@/lib/assignments/store/assignments";
import { listClassesForTeacher } from "@/lib/classes/store/classes";
import { getViewsMap } from "@/lib/library/store/views-map";
import { ViewsMap } from "@/components/library/views-map";

export const dynamic = "force-dynamic";

export default async function PromptPage({ params }: { params: Promise<{ slug: string }> }) {
  const slug = ZSlugParam.safeParse((await params).slug);
  const user = await getSessionUser();
  const prompt = slug.success ? await getPrompt(slug.data, user) : null;
  if (!prompt) notFound();
  const teacher = user?.role === "TEACHER";
  const [extracts, views] = await Promise.all([getPromptExtracts(prompt.id, prompt.kind), getViewsMap(prompt.id)]);
  // A teacher sets the prompt to one of their classes from here, as from the class's page.
  const settable = teacher && !prompt.archivedAt && prompt.kind !== "REVISION";
  const [classes, markSchemes] =
    settable && user ? await Promise.all([listClassesForTeacher(user), listMarkSchemeChoices(user)]) : [[], []];
  const openClasses = classes.filter((item) => !item.archivedAt).map(({ id, name }) => ({ id, name }));

  return (
    <>
      <p className="breadcrumb">
        <Link href="/library?kind=prompts">Library › Prompts</Link>
      </p>
      {prompt.archivedAt && <p className="notice">Archived: it is no longer offered for new essays.</p>}
      <article className="detail">
        {mayChangeItem(user, prompt) && (
          <p className="actions">
            <Link href={`/library/edit/prompt/${prompt.slug}`}>Edit this prompt</Link>
          </p>
        )}
        <h1>{prompt.text}</h1>
        {user && !prompt.archivedAt && <RevisePromptButton promptId={prompt.id} />}
        {settable && (
          <details className="settings set-from-prompt">
            <summary>Set this for a class</summary>
            {openClasses.length === 0 ? (
              <p>
                You have no classes yet. <Link href="/classes">Create a class</Link>, then set this prompt from here or
                from the class&apos;s page.
              </p>
            ) : (
              <SetAssignmentForm
                classes={openClasses}
                prompts={[
                  { id: prompt.id, text: prompt.text, origin: prompt.origin, marks: prompt.marks, kind: prompt.kind },
                ]}
                markSchemes={markSchemes}
              />
            )}
          </details>
        )}
        <dl className="facts">
          <dt>Type</dt>
          <dd>{PROMPT_KIND_LABEL[prompt.kind]}</dd>
          <dt>Origin</dt>
          <dd>
            <span className={prompt.origin === "COMPOSED" ? "badge composed" : "badge"}>
              {PROMPT_ORIGIN_LABEL[prompt.origin]}
            </span>
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
              <dd>{counted(prompt.suggestedMinutes, "minute")}</dd>
            </>
          )}
          {prompt.markScheme && (
            <>
              <dt>Default mark scheme</dt>
              <dd>
                {prompt.markScheme.name}
                <ul className="levels">
                  {(
                    prompt.markScheme.levels as {
                      level: number;
                      minMarks: number;
                      maxMarks: number;
                      descriptor: string;
                    }[]
                  ).map((level) => (
                    <li key={level.level}>
                      Level {level.level} ({level.minMarks}–{level.maxMarks}): {level.descriptor}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          <dt>Source</dt>
          <dd>
            <ItemOrigin seed={prompt.seed} createdBy={prompt.createdBy} origin={prompt.origin} />
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
        {extracts.length > 0 && (
          <section aria-labelledby="extracts-heading">
            <h2 id="extracts-heading">{prompt.kind === "SOURCE" ? "Sources" : "Extracts"}</h2>
            {extracts.map((extract) => (
              <article key={extract.id} className="extract-card" aria-label={extract.label}>
                <h3>{extract.label}</h3>
                <blockquote className="extract-text">{extract.text}</blockquote>
                <ExtractAttribution extract={extract} />
              </article>
            ))}
          </section>
        )}
      </article>
      <ViewsMap groups={views} />
      <ItemHistory history={await getItemHistory(prompt.id)} mayRevert={mayChangeItem(user, prompt)} />
      {user && (
        <section aria-labelledby="suggested-heading">
          <h2 id="suggested-heading">
            {teacher ? "Your suggested evidence and quotations" : "Suggested by your teacher"}
          </h2>
          {prompt.suggestions.length === 0 ? (
            <p className="meta">
              {teacher
                ? "None yet. Open a quotation or evidence card and suggest it for this prompt."
                : "Nothing suggested yet."}
            </p>
          ) : (
            <ul className="item-list" data-testid="suggestions">
              {prompt.suggestions.map((suggestion) => {
                const label = suggestion.quotation
                  ? `“${suggestion.quotation.text}” — ${suggestion.quotation.speaker}`
                  : suggestion.evidence!.title;
                const href = suggestion.quotation
                  ? `/library/quotations/${suggestion.quotation.slug}`
                  : `/library/evidence/${suggestion.evidence!.slug}`;
                return (
                  <li key={suggestion.id} data-removable>
                    <Link href={href}>{label}</Link>{" "}
                    {teacher && <RemoveSuggestionButton suggestionId={suggestion.id} label={label} />}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
