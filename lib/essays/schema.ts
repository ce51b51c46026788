import { z } from "zod";
import { MAX_PLAN_ARGUMENT_CHARACTERS, MAX_PLAN_POINT_CHARACTERS, MAX_PLAN_POINTS } from "@/lib/editor/limits";
import { ZId } from "@/lib/fields";

// The plan panel: a line of argument and the point of each paragraph.
export const ZEssayPlan = z.object({
  argument: z.string({ error: "The line of argument must be text" }).max(MAX_PLAN_ARGUMENT_CHARACTERS, `Keep the line of argument under ${MAX_PLAN_ARGUMENT_CHARACTERS.toLocaleString("en-GB")} characters`),
  points: z
    .array(z.string({ error: "Each paragraph point must be text" }).max(MAX_PLAN_POINT_CHARACTERS, `Keep each paragraph point under ${MAX_PLAN_POINT_CHARACTERS.toLocaleString("en-GB")} characters`))
    .max(MAX_PLAN_POINTS, `A plan has at most ${MAX_PLAN_POINTS} paragraph points`),
});
export type TEssayPlan = z.infer<typeof ZEssayPlan>;

export const EMPTY_PLAN: TEssayPlan = { argument: "", points: [] };

// What the autosave sends: the document is checked against the editor's schema separately.
export const ZEssaySave = z.object({
  baseVersion: z.number({ error: "Say which version this save is based on" }).int().min(0),
  document: z.unknown().refine((value) => value !== undefined, "Send the essay document"),
  plan: ZEssayPlan.nullable().default(null),
  // The editor's steps since the last save (./writing-log.ts), checked apart from the save.
  log: z.unknown().optional(),
}, { error: "The save must be an object with the version it is based on and the essay document." });
export type TEssaySave = z.infer<typeof ZEssaySave>;

export const ZStartEssay = z.object({ assignmentId: ZId });
export const ZSubmitEssay = z.object({ essayId: ZId, version: z.number().int().min(0) });
// Versions are numbered by the database (a UUID, hyphens and all).
export const ZRevisionId = z.string({ error: "Missing version" }).min(1, "Missing version").max(64, "Invalid version").regex(/^[a-z0-9-]+$/i, "Invalid version");
export const ZRestoreVersion = z.object({ essayId: ZId, revisionId: ZRevisionId });
