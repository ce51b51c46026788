// Pure rules of the library's history: what a change altered, in words a teacher reads.

type Snapshot = Record<string, unknown>;

const FIELD_LABEL: Record<string, string> = {
  text: "words",
  title: "title",
  speaker: "speaker",
  speakerKind: "kind of source",
  work: "work",
  year: "year",
  context: "context",
  interpretation: "interpretation",
  attributionAsGiven: "attribution",
  kind: "kind",
  yearFrom: "from year",
  yearTo: "to year",
  monthFrom: "month",
  marks: "marks",
  suggestedMinutes: "suggested time",
  note: "note",
  archived: "archived",
  people: "people",
  themes: "themes",
};

// The fields a change altered, in the order a form shows them; every field for a creation.
export function changedFields(before: Snapshot | null, after: Snapshot): string[] {
  const keys = Object.keys(FIELD_LABEL).filter((key) => key in after || (before !== null && key in before));
  const changed =
    before === null
      ? keys.filter((key) => key !== "archived")
      : keys.filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null));
  return changed.map((key) => FIELD_LABEL[key]!);
}
