import { highlightRuns } from "@/lib/library/search-query";

// Text with the searched words marked; the text is rendered as text, never as HTML.
export function Highlighted({ text, stems }: { text: string; stems: string[] }) {
  return (
    <>
      {highlightRuns(text, stems).map((run, index) =>
        run.match ? <mark key={index}>{run.text}</mark> : <span key={index}>{run.text}</span>,
      )}
    </>
  );
}
