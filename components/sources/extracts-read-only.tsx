import type { ExtractView, HighlightView } from "@/lib/sources/views";
import { NOTE_KIND_LABEL } from "@/lib/sources/rules/note-kinds";
import { ExtractText } from "./extract-text";

type Props = {
  extracts: ExtractView[];
  highlights: HighlightView[];
  heading: string;
  children?: (highlight: HighlightView) => React.ReactNode;
};

// The extracts as read after writing: each with its highlights and the student's notes, and a
// slot per highlight for the teacher's comments.
export function ExtractsReadOnly({ extracts, highlights, heading, children }: Props) {
  return (
    <section aria-labelledby="extracts-heading" className="extracts-read-only">
      <h2 id="extracts-heading">{heading}</h2>
      {extracts.map((extract) => {
        const own = highlights.filter((highlight) => highlight.sourceId === extract.id);
        return (
          <article key={extract.id} aria-label={extract.label} className="extract-card">
            <h3>
              {extract.label}: {extract.attribution}
            </h3>
            <ExtractAttribution extract={extract} />
            <blockquote className="extract-text">
              <ExtractText text={extract.text} highlights={own} />
            </blockquote>
            {own.length === 0 ? (
              <p className="meta">No highlights on this {extract.label.split(" ")[0]?.toLowerCase()}.</p>
            ) : (
              <ol className="highlight-list" aria-label={`Highlights on ${extract.label}`}>
                {own.map((highlight) => (
                  <li key={highlight.id}>
                    <mark className="source-highlight">{highlight.quotedText}</mark>
                    {(highlight.noteKind || highlight.note) && (
                      <p className="highlight-note">
                        {highlight.noteKind && (
                          <span className="badge">
                            {NOTE_KIND_LABEL[highlight.noteKind as keyof typeof NOTE_KIND_LABEL] ?? highlight.noteKind}
                          </span>
                        )}{" "}
                        {highlight.note}
                      </p>
                    )}
                    {children?.(highlight)}
                  </li>
                ))}
              </ol>
            )}
          </article>
        );
      })}
    </section>
  );
}

export function ExtractAttribution({ extract }: { extract: ExtractView }) {
  return (
    <p className="meta">
      {extract.attributionAsGiven}
      {extract.provenance.length > 0 && (
        <>
          {" · "}
          {extract.provenance.map((item) => `${item.label}: ${item.value}`).join(" · ")}
        </>
      )}
    </p>
  );
}
