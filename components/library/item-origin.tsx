import { SeedSource } from "./seed-source";

const WITHOUT_SEED = {
  EXAM_PRACTICE: "Published exam practice material (not from a seed document)",
  COMPOSED: "Composed for the workbench in exam-board style",
} as const;

// Where an item came from: a seed document, the teacher who added it, or (for prompts) exam
// practice material or our own composition.
export function ItemOrigin({
  seed,
  createdBy,
  origin,
}: {
  seed: { fileName: string; title: string } | null;
  createdBy: { name: string } | null;
  origin?: string;
}) {
  // A teacher's own item is labelled as theirs, never as a seed's, whatever it claims.
  if (createdBy) return <>Added by {createdBy.name}, not from the seed notes</>;
  if (seed) return <SeedSource seed={seed} />;
  if (origin === "EXAM_PRACTICE" || origin === "COMPOSED") return <>{WITHOUT_SEED[origin]}</>;
  return <>Added by a teacher</>;
}
