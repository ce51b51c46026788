import type { TStudyMode } from "@/lib/revision/schema";

export const STUDY_MODES: { slug: TStudyMode; name: string; description: string }[] = [
  {
    slug: "flip",
    name: "Flip cards",
    description: "See the title, recall the evidence, turn the card and rate yourself. Due cards come first.",
  },
  {
    slug: "learn",
    name: "Learn",
    description: "Pick the right card from four, then type the missing year, name or figure.",
  },
  { slug: "test", name: "Practice test", description: "Up to 20 questions, marked at the end with a score." },
  { slug: "match", name: "Match", description: "Pair six terms with their meaning against the clock." },
  { slug: "order", name: "Date order", description: "Put events in the order they happened." },
];
