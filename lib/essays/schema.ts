import { z } from "zod";
import {
  MAX_PLAN_ARGUMENT_CHARACTERS,
  MAX_PLAN_CLAIM_CHARACTERS,
  MAX_PLAN_CLAIMS,
  MAX_PLAN_ITEMS_PER_CLAIM,
} from "@/lib/editor/limits";
import { ZId } from "@/lib/fields";

// The plan panel: see ZEssayPlan below.
// A library item attached to a claim: what the sidebar would insert (the server checks a
// quotation's words against the library when it reaches the essay, as for any insertion).
const ZPlanItem = z.discriminatedUnion(
  "type",
  [
    z.strictObject({
      type: z.literal("quotation"),
      quotationId: ZId,
      text: z.string().max(MAX_PLAN_CLAIM_CHARACTERS),
      attribution: z.string().max(300),
      sourceId: ZId.optional(),
      passageStart: z.number().int().min(0).optional(),
    }),
    z.strictObject({
      type: z.literal("evidence"),
      evidenceId: ZId,
      slug: z.string().max(200),
      text: z.string().max(MAX_PLAN_CLAIM_CHARACTERS),
    }),
  ],
  { error: "A plan item must be a quotation or an evidence card from the library" },
);

const ZClaimText = (what: string) =>
  z
    .string({ error: `The ${what} must be text` })
    .max(
      MAX_PLAN_CLAIM_CHARACTERS,
      `Keep each ${what} under ${MAX_PLAN_CLAIM_CHARACTERS.toLocaleString("en-GB")} characters`,
    );

// The argument planner: the judgement (the line of argument), then claims, each with its evidence
// and quotations and the counter-argument it must answer. A plan saved before the planner (a list
// of paragraph points) is read as claims with nothing attached.
export const ZEssayPlan = z.preprocess(
  (value) => {
    if (
      !value ||
      typeof value !== "object" ||
      "claims" in value ||
      !("points" in value) ||
      !Array.isArray((value as { points: unknown }).points)
    )
      return value;
    const { points, ...rest } = value as { points: unknown[] };
    return { ...rest, claims: points.map((text) => ({ text, items: [], counter: "" })) };
  },
  z.object({
    argument: z
      .string({ error: "The judgement must be text" })
      .max(
        MAX_PLAN_ARGUMENT_CHARACTERS,
        `Keep the judgement under ${MAX_PLAN_ARGUMENT_CHARACTERS.toLocaleString("en-GB")} characters`,
      ),
    claims: z
      .array(
        z.object({
          text: ZClaimText("claim"),
          items: z
            .array(ZPlanItem)
            .max(MAX_PLAN_ITEMS_PER_CLAIM, `Attach at most ${MAX_PLAN_ITEMS_PER_CLAIM} items to a claim`),
          counter: ZClaimText("counter-argument"),
        }),
      )
      .max(MAX_PLAN_CLAIMS, `A plan has at most ${MAX_PLAN_CLAIMS} claims`),
  }),
);
export type TEssayPlan = z.infer<typeof ZEssayPlan>;
export type TPlanClaim = TEssayPlan["claims"][number];

export const EMPTY_PLAN: TEssayPlan = { argument: "", claims: [] };

// What the autosave sends: the document is checked against the editor's schema separately.
export const ZEssaySave = z.object(
  {
    baseVersion: z.number({ error: "Say which version this save is based on" }).int().min(0),
    document: z.unknown().refine((value) => value !== undefined, "Send the essay document"),
    plan: ZEssayPlan.nullable().default(null),
    // The editor's steps since the last save (./writing-log.ts), checked apart from the save.
    log: z.unknown().optional(),
  },
  { error: "The save must be an object with the version it is based on and the essay document." },
);
export type TEssaySave = z.infer<typeof ZEssaySave>;

export const ZStartEssay = z.object({ assignmentId: ZId });
export const ZSubmitEssay = z.object({ essayId: ZId, version: z.number().int().min(0) });
// Versions are numbered by the database (a UUID, hyphens and all).
export const ZRevisionId = z
  .string({ error: "Missing version" })
  .min(1, "Missing version")
  .max(64, "Invalid version")
  .regex(/^[a-z0-9-]+$/i, "Invalid version");
export const ZRestoreVersion = z.object({ essayId: ZId, revisionId: ZRevisionId });
