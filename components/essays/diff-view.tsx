import type { EssayDiff } from "@/lib/essays/diff";
import { counted } from "@/lib/format";

// Two versions of an essay as one text: words taken out struck through, words put in underlined
// and tinted, each announced to screen readers as removed or added.
export function DiffView({ diff, label }: { diff: EssayDiff; label: string }) {
  return (
    <div className="essay-diff" role="region" aria-label={label} tabIndex={0}>
      <p className="meta">
        <span className="diff-added-key">+{counted(diff.wordsAdded, "word")}</span> ·{" "}
        <span className="diff-removed-key">−{counted(diff.wordsRemoved, "word")}</span>
      </p>
      <div className="diff-text">
        {diff.parts.map((part, index) =>
          part.kind === "same" ? (
            <span key={index}>{part.text}</span>
          ) : part.kind === "added" ? (
            <ins key={index}>
              <span className="visually-hidden">[added: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </ins>
          ) : (
            <del key={index}>
              <span className="visually-hidden">[removed: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </del>
          ),
        )}
      </div>
    </div>
  );
}
