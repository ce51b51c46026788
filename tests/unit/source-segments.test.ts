// An extract's wording cut at its highlights' edges, and typed or selected words found in it.
import { describe, expect, it } from "vitest";
import { extractStatus } from "@/lib/sources/rules/addressed";
import { locateWords, segmentsOf, surnameOf } from "@/lib/sources/rules/segments";

const TEXT = "Stalin had the political skills necessary to maximise the power the secretariat gave him";

describe("extract segments", () => {
  it("cuts the wording at every highlight edge, overlapping highlights included, losing no character", () => {
    const segments = segmentsOf(TEXT, [
      { id: "a", start: 0, end: 6 },
      { id: "b", start: 15, end: 31 },
      { id: "c", start: 25, end: 41 },
    ]);
    expect(segments.map((segment) => segment.text).join("")).toBe(TEXT);
    expect(
      segments.filter((segment) => segment.highlightIds.length).map((segment) => [segment.text, segment.highlightIds]),
    ).toEqual([
      ["Stalin", ["a"]],
      ["political ", ["b"]],
      ["skills", ["b", "c"]],
      [" necessary", ["c"]],
    ]);
  });

  it("ignores a highlight that no longer fits the wording", () => {
    expect(segmentsOf("short", [{ id: "x", start: 2, end: 50 }])).toEqual([
      { start: 0, end: 5, text: "short", highlightIds: [] },
    ]);
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

describe("how far the essay has taken up an extract", () => {
  const extracts = [
    { id: "a", label: "Extract A", speaker: "O. Figes" },
    { id: "b", label: "Extract B", speaker: "O. Figes" },
    { id: "c", label: "Extract C", speaker: "David Christian" },
  ];
  const [a, b, c] = extracts as [(typeof extracts)[0], (typeof extracts)[0], (typeof extracts)[0]];
  const status = (extract: typeof a, plainText: string, quoted = false, passages = 0) =>
    extractStatus(extract, extracts, { quoted, passages, plainText });

  it("is quoted once a passage or the quotation is in the essay, counting passages", () => {
    expect(status(a, "", true, 2)).toEqual({ state: "quoted", text: "Used in your essay (2 passages)" });
    expect(status(a, "", true, 0)).toEqual({ state: "quoted", text: "Used in your essay" });
  });

  it("is mentioned by its label, or by a surname no other extract shares", () => {
    expect(status(b, "As extract B shows, the apparatus mattered.")).toEqual({
      state: "mentioned",
      text: "Extract B mentioned, not quoted",
    });
    expect(status(a, "In this extract a historian argues…").state).toBe("not yet");
    expect(status(c, "Christian stresses political skill.")).toEqual({
      state: "mentioned",
      text: "Christian mentioned, not quoted",
    });
    expect(status(c, "Christianity played no part.").state).toBe("not yet");
    expect(status(c, "Nothing about him.")).toEqual({ state: "not yet", text: "Not yet addressed" });
  });

  it("asks for the extract's label when two extracts share the surname the essay names", () => {
    expect(status(a, "Figes sees Stalin as the master of the apparatus.")).toEqual({
      state: "ambiguous",
      text: "Figes mentioned, but Extract B is also by Figes: name this one as Extract A",
    });
    expect(status(b, "Extract B (Figes) is more convincing.").state).toBe("mentioned");
    expect(status(a, "Extract B (Figes) is more convincing.").state).toBe("ambiguous");
  });
});
