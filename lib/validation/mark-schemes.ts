import { z } from "zod";

// A teacher's own levels-of-response scheme, typed one level a line, highest first:
//   4 | 16-20 | Good understanding; analytical and balanced…
const LEVEL_LINE = /^\s*(?:level\s*)?(\d{1,2})\s*\|\s*(\d{1,3})\s*[-–]\s*(\d{1,3})\s*\|\s*(.+)$/i;

export const ZCreateMarkSchemeInput = z
  .object({
    name: z.string({ error: "Enter a name" }).trim().min(1, "Enter a name for the mark scheme").max(100, "Names are at most 100 characters"),
    levels: z
      .string({ error: "Enter the levels" })
      .max(20_000, "Keep the levels under 20,000 characters")
      .transform((text, context) => {
        const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
        if (lines.length === 0 || lines.length > 10) {
          context.addIssue({ code: "custom", message: "Enter between 1 and 10 levels, one a line" });
          return z.NEVER;
        }
        const levels = [];
        for (const [index, line] of lines.entries()) {
          const match = LEVEL_LINE.exec(line);
          if (!match) {
            context.addIssue({ code: "custom", message: `Line ${index + 1} should look like: 4 | 16-20 | what this level shows` });
            return z.NEVER;
          }
          const [, level, min, max, descriptor] = match;
          levels.push({ level: Number(level), minMarks: Number(min), maxMarks: Number(max), descriptor: descriptor!.trim().slice(0, 2000) });
        }
        return levels.sort((a, b) => b.level - a.level);
      }),
  })
  .superRefine(({ levels }, context) => {
    const problem = bandProblem(levels);
    if (problem) context.addIssue({ code: "custom", message: problem, path: ["levels"] });
  });

// Bands must run from 1 mark up to the total without gaps or overlaps, level by level.
function bandProblem(levels: { level: number; minMarks: number; maxMarks: number }[]): string | undefined {
  const ascending = [...levels].reverse();
  for (const [index, band] of ascending.entries()) {
    if (band.level !== index + 1) return "Number the levels 1, 2, 3… with no gaps or repeats";
    if (band.minMarks > band.maxMarks) return `Level ${band.level}: the lowest mark is above the highest`;
    const expectedMin = index === 0 ? 1 : ascending[index - 1]!.maxMarks + 1;
    if (band.minMarks !== expectedMin) return `Level ${band.level} should start at ${expectedMin} marks, straight after the level below`;
  }
  return undefined;
}
