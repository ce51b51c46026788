import { z } from "zod";
import { ZId } from "@/lib/fields";

const ZLevel = z
  .number({ error: "Choose a level" })
  .int("Choose a level")
  .min(0, "Choose a level")
  .max(10, "Choose a level");
const ZMark = z
  .number({ error: "Enter the mark as a whole number" })
  .int("Enter the mark as a whole number")
  .min(0, "Marks start at 0")
  .max(100, "Marks go up to 100");

export const ZSetSecondMarker = z.strictObject({
  assignmentId: ZId,
  // The second marker's email; empty to stop second marking.
  email: z.string().trim().toLowerCase().max(254, "Emails are at most 254 characters"),
  tolerance: z
    .number({ error: "Enter the tolerance in marks" })
    .int("Enter the tolerance as a whole number of marks")
    .min(0, "The tolerance is at least 0 marks")
    .max(30, "The tolerance is at most 30 marks"),
});
export const ZSecondMark = z.strictObject({ essayId: ZId, level: ZLevel, mark: ZMark });
export const ZAgreeMark = z.strictObject({ essayId: ZId, level: ZLevel, mark: ZMark });
