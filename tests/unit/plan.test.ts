import { describe, expect, it } from "vitest";
import { hasPlan, planItemLabel, planSkeleton } from "@/lib/essays/plan";
import { ZEssayPlan } from "@/lib/essays/schema";

const quotation = {
  type: "quotation" as const,
  quotationId: "cq",
  text: "The key to Stalin’s growing power",
  attribution: "O. Figes (2022)",
};
const evidence = {
  type: "evidence" as const,
  evidenceId: "ce",
  slug: "lenin-enrolment",
  text: "The Lenin Enrolment recruited over 500,000 members",
};

describe("argument planner", () => {
  it("starts a paragraph per claim with its evidence inserted as the sidebar would, its counter-argument after, and the judgement round it", () => {
    const skeleton = planSkeleton({
      argument: "The apparatus mattered most.",
      claims: [
        { text: "Appointments gave him votes.", items: [quotation, evidence], counter: "Rivals misjudged him." },
        { text: " ", items: [], counter: "" },
      ],
    });
    expect(skeleton).toEqual([
      { type: "paragraph", content: [{ type: "text", text: "The apparatus mattered most." }] },
      {
        type: "paragraph",
        content: [
          { type: "text", text: "Appointments gave him votes. " },
          {
            type: "quotation",
            attrs: {
              quotationId: "cq",
              text: quotation.text,
              attribution: quotation.attribution,
              sourceId: null,
              passageStart: null,
            },
          },
          { type: "text", text: " " },
          {
            type: "text",
            text: evidence.text,
            marks: [{ type: "evidence", attrs: { evidenceId: "ce", slug: "lenin-enrolment" } }],
          },
          { type: "text", text: " " },
        ],
      },
      { type: "paragraph", content: [{ type: "text", text: "Counter-argument: Rivals misjudged him." }] },
      { type: "paragraph", content: [{ type: "text", text: "Judgement: The apparatus mattered most." }] },
    ]);
  });

  it("labels items as they read in the essay, and counts an empty plan as no plan", () => {
    expect(planItemLabel(quotation)).toBe("“The key to Stalin’s growing power” — O. Figes (2022)");
    expect(planItemLabel({ ...evidence, text: "x".repeat(200) })).toHaveLength(140);
    expect(hasPlan({ argument: " ", claims: [{ text: "", items: [], counter: "" }] })).toBe(false);
    expect(hasPlan({ argument: "", claims: [{ text: "", items: [evidence], counter: "" }] })).toBe(true);
  });

  it("reads a plan saved before the planner (paragraph points) as claims", () => {
    expect(ZEssayPlan.parse({ argument: "A", points: ["One", "Two"] })).toEqual({
      argument: "A",
      claims: [
        { text: "One", items: [], counter: "" },
        { text: "Two", items: [], counter: "" },
      ],
    });
  });
});
