import { SeedSource } from "./seed-source";

// Where an item came from: a seed document, or the teacher who added it.
export function ItemOrigin({ seed, createdBy }: { seed: { fileName: string; title: string } | null; createdBy: { name: string } | null }) {
  if (seed) return <SeedSource seed={seed} />;
  return <>Added by {createdBy?.name ?? "a teacher"}</>;
}
