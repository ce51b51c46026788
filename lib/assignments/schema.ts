import { z } from "zod";
import { ZId } from "@/lib/fields";

// Times arrive from <input type="datetime-local"> converted to ISO strings in the browser.
const ZDateTime = (label: string) =>
  z.iso.datetime({ offset: true, error: `Enter the ${label} as a date and time` }).transform((value) => new Date(value));

export const ZCreateAssignmentInput = z
  .object({
    classId: ZId,
    promptId: ZId,
    markSchemeId: ZId,
    // Empty means untimed; anything else must be a whole number of minutes.
    timeLimitMinutes: z.preprocess(
      (value) => (value === "" || value === null || value === undefined ? null : Number(value)),
      z
        .number({ error: "Enter the time limit as a whole number of minutes" })
        .int("Enter a whole number of minutes")
        .min(1, "A time limit must be at least 1 minute")
        .max(600, "A time limit can be at most 600 minutes (10 hours)")
        .nullable(),
    ),
    opensAt: ZDateTime("opening time"),
    dueAt: ZDateTime("due time"),
  })
  // Zod runs these even when a field above failed (then still the text sent): they check only dates.
  .refine((input) => !bothDates(input) || input.dueAt > input.opensAt, { message: "The due time must be after the opening time", path: ["dueAt"] })
  .refine((input) => !(input.dueAt instanceof Date) || input.dueAt.getTime() > Date.now(), { message: "The due time must be in the future", path: ["dueAt"] })
  .refine((input) => !bothDates(input) || typeof input.timeLimitMinutes !== "number" || input.dueAt.getTime() - input.opensAt.getTime() >= input.timeLimitMinutes * 60_000, {
    message: "The essay must be open for at least as long as its time limit",
    path: ["timeLimitMinutes"],
  });
function bothDates(input: { opensAt: unknown; dueAt: unknown }): input is { opensAt: Date; dueAt: Date } {
  return input.opensAt instanceof Date && input.dueAt instanceof Date && !Number.isNaN(input.opensAt.getTime()) && !Number.isNaN(input.dueAt.getTime());
}
export type TCreateAssignmentInput = z.infer<typeof ZCreateAssignmentInput>;

export const ZAssignmentIdInput = z.object({ assignmentId: ZId });
