import { z } from "zod";
import { ZId } from "@/lib/fields";

// Times arrive from <input type="datetime-local"> converted to ISO strings in the browser.
const ZDateTime = (label: string) =>
  z.iso
    .datetime({ offset: true, error: `Enter the ${label} as a date and time` })
    .transform((value) => new Date(value));

// Empty means untimed; anything else must be a whole number of minutes.
const ZTimeLimit = z.preprocess(
  (value) => (value === "" || value === null || value === undefined ? null : Number(value)),
  z
    .number({ error: "Enter the time limit as a whole number of minutes" })
    .int("Enter a whole number of minutes")
    .min(1, "A time limit must be at least 1 minute")
    .max(600, "A time limit can be at most 600 minutes (10 hours)")
    .nullable(),
);
const ZTitle = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? null : value),
  z.string().trim().max(200, "Keep the title under 200 characters").nullable().default(null),
);
const ZClosedBook = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

export const ZCreateAssignmentInput = z
  .object({
    classId: ZId,
    promptId: ZId,
    markSchemeId: ZId,
    title: ZTitle,
    timeLimitMinutes: ZTimeLimit,
    closedBook: ZClosedBook.default(false),
    opensAt: ZDateTime("opening time"),
    dueAt: ZDateTime("due time"),
  })
  // Zod runs these even when a field above failed (then still the text sent): they check only dates.
  .refine((input) => !bothDates(input) || input.dueAt > input.opensAt, {
    message: "The due time must be after the opening time",
    path: ["dueAt"],
  })
  .refine((input) => !(input.dueAt instanceof Date) || input.dueAt.getTime() > Date.now(), {
    message: "The due time must be in the future",
    path: ["dueAt"],
  })
  .refine(
    (input) =>
      !bothDates(input) ||
      typeof input.timeLimitMinutes !== "number" ||
      input.dueAt.getTime() - input.opensAt.getTime() >= input.timeLimitMinutes * 60_000,
    {
      message: "The essay must be open for at least as long as its time limit",
      path: ["timeLimitMinutes"],
    },
  );
function bothDates(input: { opensAt: unknown; dueAt: unknown }): input is { opensAt: Date; dueAt: Date } {
  return (
    input.opensAt instanceof Date &&
    input.dueAt instanceof Date &&
    !Number.isNaN(input.opensAt.getTime()) &&
    !Number.isNaN(input.dueAt.getTime())
  );
}
export type TCreateAssignmentInput = z.infer<typeof ZCreateAssignmentInput>;

export const ZAssignmentIdInput = z.object({ assignmentId: ZId });

// Editing an assignment: its dates any time; its time limit and closed-book setting only while
// nobody has started (the server says so otherwise).
export const ZUpdateAssignmentInput = z
  .object({
    assignmentId: ZId,
    title: ZTitle,
    timeLimitMinutes: ZTimeLimit,
    closedBook: ZClosedBook,
    opensAt: ZDateTime("opening time"),
    dueAt: ZDateTime("due time"),
  })
  .refine((input) => !bothDates(input) || input.dueAt > input.opensAt, {
    message: "The due time must be after the opening time",
    path: ["dueAt"],
  });
export type TUpdateAssignmentInput = z.infer<typeof ZUpdateAssignmentInput>;

export const ZArchiveAssignmentInput = z.object({ assignmentId: ZId, archived: z.boolean() });

// Access arrangements for one student: extra time as +25 %, +50 % or a number of minutes, and
// optionally a later due date.
export const ZAccommodationInput = z
  .object({
    assignmentId: ZId,
    studentId: ZId,
    extraTime: z.enum(["none", "25", "50", "custom"], {
      error: "Choose the extra time: none, 25 %, 50 % or a number of minutes",
    }),
    extraMinutes: z.preprocess(
      (value) => (value === "" || value === null || value === undefined ? null : Number(value)),
      z
        .number({ error: "Enter the extra time as a whole number of minutes" })
        .int("Enter a whole number of minutes")
        .min(1, "Extra time is at least 1 minute")
        .max(600, "Extra time is at most 600 minutes")
        .nullable(),
    ),
    dueAt: z.preprocess(
      (value) => (value === "" || value === null || value === undefined ? null : value),
      ZDateTime("new due time").nullable(),
    ),
  })
  .refine((input) => input.extraTime !== "custom" || typeof input.extraMinutes === "number", {
    message: "Enter how many extra minutes",
    path: ["extraMinutes"],
  });
export type TAccommodationInput = z.infer<typeof ZAccommodationInput>;
