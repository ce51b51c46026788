// An extract's wording cut at its highlights' edges, and typed or selected words found in it.
import { describe, expect, it } from "vitest";
import { locateWords, segmentsOf, surnameOf } from "@/lib/sources/segments";

const TEXT = "Stalin had the political skills necessary to maximise the power the secretariat gave him";

describe("extract segments", () => {
  it("cuts the wording at every highlight edge, overlapping highlights included, losing no character", () => {
    const segments = segmentsOf(TEXT, [
      { id: "a", start: 0, end: 6 },
      { id: "b", start: 15, end: 31 },
      { id: "c", start: 25, end: 41 },
    ]);
    expect(segments.map((segment) => segment.text).join("")).toBe(TEXT);
    expect(segments.filter((segment) => segment.highlightIds.length).map((segment) => [segment.text, segment.highlightIds])).toEqual([
      ["Stalin", ["a"]],
      ["political ", ["b"]],
      ["skills", ["b", "c"]],
      [" necessary", ["c"]],
    ]);
  });

  it("ignores a highlight that no longer fits the wording", () => {
    expect(segmentsOf("short", [{ id: "x", start: 2, end: 50 }])).toEqual([{ start: 0, end: 5, text: "short", highlightIds: [] }]);
  });

  it("finds the selected words where they were selected, or typed words where they first occur", () => {
    const twice = "the power the secretariat gave him the power";
    expect(locateWords(twice, "the power", { start: 35, end: 44 })).toEqual({ start: 35, end: 44 });
    expect(locateWords(twice, "the power")).toEqual({ start: 0, end: 9 });
    expect(locateWords(twice, "absolute power")).toBeNull();
    expect(locateWords(twice, "   ")).toBeNull();
  });

  it("names an extract's author by surname, as students write it", () => {
    expect(surnameOf("O. Figes")).toBe("Figes");
    expect(surnameOf("David Christian")).toBe("Christian");
    expect(surnameOf("Bukharin")).toBe("Bukharin");
  });
});
