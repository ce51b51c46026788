import { describe, expect, it } from "vitest";
import { meaningWithoutTitle, shortMeaning } from "@/lib/revision/rules/questions";

describe("Match meanings without their titles' words", () => {
  it("blanks the title's own words and numbers in the meaning", () => {
    expect(meaningWithoutTitle("The Lenin Enrolment brought in 240,000 new members.", "The Lenin Enrolment")).toBe(
      "The […] […] brought in 240,000 new members.",
    );
    expect(
      meaningWithoutTitle("The Central Committee voted 44 to 10 not to publish it.", "Testament vote 44 to 10"),
    ).toBe("The Central Committee voted […] to […] not to publish it.");
  });

  it("blanks other forms of the same word, in any case", () => {
    expect(
      meaningWithoutTitle("Kulaks were deported; kulak families lost their land.", "Dekulakisation and the kulaks"),
    ).toBe("[…] were deported; […] families lost their land.");
    expect(meaningWithoutTitle("Farms were collectivised from 1929.", "Collectivisation")).toBe(
      "Farms were […] from 1929.",
    );
  });

  it("leaves common words and short words alone, and a meaning with none of the title's words unchanged", () => {
    expect(meaningWithoutTitle("He was named to it after Lenin died.", "What was the Secretariat?")).toBe(
      "He was named to it after Lenin died.",
    );
    const meaning = shortMeaning("Stalin controlled appointments. He used them well.");
    expect(meaningWithoutTitle(meaning, "The General Secretary")).toBe("Stalin controlled appointments.");
  });
});
