import { describe, expect, it } from "vitest";
import { describeOneSided, groupByInterpretation, oneSidedQuoting } from "@/lib/library/views-map";

const q = (id: string, speaker: string, interpretation: string) => ({
  id,
  slug: id,
  text: `Words of ${id}`,
  speaker,
  year: null,
  interpretation,
});
const groups = groupByInterpretation([
  q("figes", "O. Figes", "Power base"),
  q("christian", "David Christian", "Personality and manoeuvring"),
  q("bukharin", "Bukharin", "Personality and manoeuvring"),
  q("oath", "O. Figes", "Use of Leninism"),
]);

describe("historians' views map", () => {
  it("groups quotations by the interpretation they support, in alphabetical order", () => {
    expect(groups.map((group) => [group.interpretation, group.quotations.map((quotation) => quotation.id)])).toEqual([
      ["Personality and manoeuvring", ["christian", "bukharin"]],
      ["Power base", ["figes"]],
      ["Use of Leninism", ["oath"]],
    ]);
  });

  it("finds an essay quoting only one side of a two-sided prompt, and names the others with their historians", () => {
    const nudge = oneSidedQuoting(groups, ["figes", "not-in-the-map"]);
    expect(nudge).toEqual({
      quoted: "Power base",
      others: [
        { interpretation: "Personality and manoeuvring", speakers: ["David Christian", "Bukharin"] },
        { interpretation: "Use of Leninism", speakers: ["O. Figes"] },
      ],
    });
    expect(describeOneSided(nudge!)).toBe(
      "Your quotations all argue “Power base”. The library also has historians arguing “Personality and manoeuvring” (David Christian, Bukharin) and “Use of Leninism” (O. Figes). Weighing the other side is what lifts an essay to the top levels. You can still submit as it is.",
    );
  });

  it("says nothing when the essay quotes two sides, quotes no side, or the prompt has only one", () => {
    expect(oneSidedQuoting(groups, ["figes", "christian"])).toBeNull();
    expect(oneSidedQuoting(groups, [])).toBeNull();
    expect(oneSidedQuoting(groups.slice(1, 2), ["figes"])).toBeNull();
  });
});
