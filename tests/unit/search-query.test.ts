import { describe, expect, it } from "vitest";
import { excerptAround, highlightRuns, queryWords, toTsQuery } from "@/lib/library/search-query";

describe("toTsQuery", () => {
  it("keeps only words, so quotes, backslashes and operators never reach Postgres", () => {
    expect(toTsQuery(`Lenin's "Enrolment" \\ & | ! :* <-> ; DROP TABLE`)).toBe("lenin & s & enrolment & drop & table");
  });

  it("matches longer words from the last one only when searching as you type", () => {
    expect(toTsQuery("lenin enrol", { prefix: true })).toBe("lenin & enrol:*");
    expect(toTsQuery("lenin enrol")).toBe("lenin & enrol");
  });

  it("returns nothing to search for when there are no words", () => {
    expect(toTsQuery(" '\" \\ ;-- ")).toBeNull();
  });

  it("uses at most 16 distinct words of a very long text", () => {
    expect(queryWords("stalin ".repeat(5000))).toEqual(["stalin"]);
    expect(queryWords(Array.from({ length: 40 }, (_, index) => `word${index}`).join(" "))).toHaveLength(16);
  });
});

describe("highlightRuns", () => {
  it("marks words that begin with a matched stem, keeping everything else as plain text", () => {
    expect(highlightRuns("The Lenin Enrolment doubled membership.", ["lenin", "enrol"])).toEqual([
      { text: "The ", match: false },
      { text: "Lenin", match: true },
      { text: " ", match: false },
      { text: "Enrolment", match: true },
      { text: " doubled membership.", match: false },
    ]);
  });

  it("leaves markup in stored text as text", () => {
    const runs = highlightRuns("<img src=x onerror=alert(1)> purges", ["purg"]);
    expect(runs.map((run) => run.text).join("")).toBe("<img src=x onerror=alert(1)> purges");
    expect(runs.filter((run) => run.match).map((run) => run.text)).toEqual(["purges"]);
  });
});

describe("excerptAround", () => {
  it("shows the passage around the first match of a long text", () => {
    const text = `${"Background. ".repeat(40)}The Kirov murder of 1934 began the purges. ${"More. ".repeat(40)}`;
    const excerpt = excerptAround(text, ["kirov"], 120);
    expect(excerpt).toContain("Kirov murder");
    expect(excerpt.startsWith("…")).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(122);
  });
});
