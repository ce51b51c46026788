// Historians' views on a prompt: the library's quotations on the prompt's themes, grouped by the
// interpretation each supports (the `interpretation` label the seeds give), so a student sees who
// argues what. A prompt with two or more interpretations is two-sided: an essay that quotes only
// one of them is nudged, before it is submitted, toward the other side.

export type ViewQuotation = { id: string; slug: string; text: string; speaker: string; year: number | null };
export type ViewGroup = { interpretation: string; quotations: ViewQuotation[] };

export function groupByInterpretation(quotations: (ViewQuotation & { interpretation: string })[]): ViewGroup[] {
  const groups = new Map<string, ViewQuotation[]>();
  for (const { interpretation, ...quotation } of quotations)
    groups.set(interpretation, [...(groups.get(interpretation) ?? []), quotation]);
  return [...groups]
    .map(([interpretation, items]) => ({ interpretation, quotations: items }))
    .sort((a, b) => a.interpretation.localeCompare(b.interpretation));
}

export type OneSided = { quoted: string; others: { interpretation: string; speakers: string[] }[] };

// Which side an essay's quotations take: null unless the prompt is two-sided and every quotation
// the essay uses that carries an interpretation carries the same one.
export function oneSidedQuoting(groups: ViewGroup[], quotationIds: Iterable<string>): OneSided | null {
  if (groups.length < 2) return null;
  const used = new Set(quotationIds);
  const quoted = groups.filter((group) => group.quotations.some((quotation) => used.has(quotation.id)));
  if (quoted.length !== 1) return null;
  return {
    quoted: quoted[0]!.interpretation,
    others: groups
      .filter((group) => group !== quoted[0])
      .map((group) => ({
        interpretation: group.interpretation,
        speakers: [...new Set(group.quotations.map((quotation) => quotation.speaker))],
      })),
  };
}

export function describeOneSided({ quoted, others }: OneSided): string {
  const other = others.map((group) => `“${group.interpretation}” (${group.speakers.join(", ")})`).join(" and ");
  return `Your quotations all argue “${quoted}”. The library also has historians arguing ${other}. Weighing the other side is what lifts an essay to the top levels. You can still submit as it is.`;
}
