import type { TMarkSchemeLevels } from "@/lib/marking/schema";

// Levels of response: pick the best-fit level, then a mark inside its band. Level 0 is
// "nothing worthy of credit" and carries only 0 marks.
export const NO_CREDIT_LEVEL = 0;

export function bandOf(levels: TMarkSchemeLevels, level: number) {
  if (level === NO_CREDIT_LEVEL) return { level: 0, minMarks: 0, maxMarks: 0, descriptor: "Nothing worthy of credit." };
  return levels.find((band) => band.level === level) ?? null;
}

// Why a level and mark cannot stand together, or null when they can. A draft may have a level
// and no mark yet; a mark needs its level.
export function markProblem(levels: TMarkSchemeLevels, level: number | null, mark: number | null): string | null {
  if (level === null) return mark === null ? null : "Choose a level before giving a mark.";
  const band = bandOf(levels, level);
  if (!band) return `This mark scheme has no Level ${level}. Choose one of its levels.`;
  if (mark === null) return null;
  if (mark < band.minMarks || mark > band.maxMarks) {
    const range =
      band.minMarks === band.maxMarks ? `${band.minMarks} marks` : `${band.minMarks}–${band.maxMarks} marks`;
    return `Level ${level} is ${range}, so ${mark} is outside its band. Give a mark in the band, or choose the level that ${mark} belongs to.`;
  }
  return null;
}
