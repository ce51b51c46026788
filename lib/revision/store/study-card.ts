import "server-only";
import type { StudyCard } from "@/lib/revision/rules/questions";

// What every study mode needs of an evidence row, read the same way wherever a deck is read.
export const STUDY_CARD_SELECT = {
  id: true,
  title: true,
  text: true,
  yearFrom: true,
  yearTo: true,
  monthFrom: true,
  tags: { select: { label: true, kind: true }, orderBy: { label: "asc" } },
} as const;

type EvidenceRow = Omit<StudyCard, "people" | "themes"> & { tags: { label: string; kind: "PERSON" | "THEME" }[] };

export function toStudyCard({ tags, ...evidence }: EvidenceRow): StudyCard {
  return {
    ...evidence,
    people: tags.filter((tag) => tag.kind === "PERSON").map((tag) => tag.label),
    themes: tags.filter((tag) => tag.kind === "THEME").map((tag) => tag.label),
  };
}
