import { segmentsOf } from "@/lib/sources/rules/segments";

type Props = { text: string; highlights: { id: string; start: number; end: number }[]; activeId?: string | null };

// The extract's exact words with the student's highlights drawn as marks. Each piece carries its
// offset, so a selection in the browser maps back to characters of the wording.
export function ExtractText({ text, highlights, activeId }: Props) {
  return (
    <>
      {segmentsOf(text, highlights).map((segment) =>
        segment.highlightIds.length ? (
          <mark
            key={segment.start}
            data-offset={segment.start}
            data-highlights={segment.highlightIds.join(" ")}
            className={
              activeId && segment.highlightIds.includes(activeId) ? "source-highlight active" : "source-highlight"
            }
          >
            {segment.text}
          </mark>
        ) : (
          <span key={segment.start} data-offset={segment.start}>
            {segment.text}
          </span>
        ),
      )}
    </>
  );
}
