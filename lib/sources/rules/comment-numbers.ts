// Comments on highlights are numbered after the comments on the essay's words, in the order the
// page shows them (extract by extract, highlight by highlight), so every "Reply to comment N"
// on a page names one comment.
export function firstCommentNumbers(
  sources: {
    extracts: readonly { id: string }[];
    highlights: readonly { id: string; sourceId: string }[];
    commentsByHighlight: Record<string, readonly unknown[]>;
  },
  essayComments: number,
): Map<string, number> {
  const numbers = new Map<string, number>();
  let next = essayComments + 1;
  for (const extract of sources.extracts) {
    for (const highlight of sources.highlights.filter((item) => item.sourceId === extract.id)) {
      numbers.set(highlight.id, next);
      next += sources.commentsByHighlight[highlight.id]?.length ?? 0;
    }
  }
  return numbers;
}
