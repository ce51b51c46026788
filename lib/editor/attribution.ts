// How a quotation is attributed inside an essay: who, and when where the seed says, e.g.
// "O. Figes (2022)". The library keeps the seed's full attribution line beside it.
export function quotationAttribution({ speaker, year }: { speaker: string; year: number | null }): string {
  return year ? `${speaker} (${year})` : speaker;
}
