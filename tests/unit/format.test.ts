// Counts read as English: "1 second", never "1 seconds"; thousands grouped as in the UK.
import { describe, expect, it } from "vitest";
import { counted, describeTimeLimit, ownWordsNote } from "@/lib/format";

describe("counted", () => {
  it("is singular for one and plural otherwise, zero included", () => {
    expect(counted(1, "second")).toBe("1 second");
    expect(counted(0, "word")).toBe("0 words");
    expect(counted(2, "pair")).toBe("2 pairs");
    expect(counted(1062, "word")).toBe("1,062 words");
    expect(counted(3, "essay", "essays")).toBe("3 essays");
  });

  it("says a time limit of one minute as one minute", () => {
    expect(describeTimeLimit(1)).toBe("1 minute");
    expect(describeTimeLimit(45)).toBe("45 minutes");
    expect(describeTimeLimit(null)).toBe("Untimed");
  });
});

describe("ownWordsNote", () => {
  it("splits a count into the student's own words and those quoted or inserted, only when some are not their own", () => {
    expect(ownWordsNote(212, 80)).toBe("80 own, 132 quoted or inserted");
    expect(ownWordsNote(1_250, 1_000)).toBe("1,000 own, 250 quoted or inserted");
    expect(ownWordsNote(3, 3)).toBeNull();
    expect(ownWordsNote(12, null)).toBeNull();
  });
});
