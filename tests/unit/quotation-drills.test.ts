import { describe, expect, it } from "vitest";
import { buildDrill, completeQuotation, whoSaidIt, type DrillQuotation } from "@/lib/revision/rules/quotation-drills";

const q = (id: string, speaker: string, speakerKind: string, text: string): DrillQuotation => ({
  id,
  speaker,
  speakerKind,
  text,
});
const library = [
  q("q1", "O. Figes", "HISTORIAN", "The key to Stalin’s growing power was his control of the Party apparatus"),
  q(
    "q2",
    "David Christian",
    "HISTORIAN",
    "Stalin had the political skills necessary to maximise the power the secretariat gave him",
  ),
  q("q3", "Robert Service", "HISTORIAN", "Stalin was a ruthless and calculating politician throughout"),
  q("q4", "Bukharin", "CONTEMPORARY", "Stalin sacrifices everything else to the preservation of power"),
  q("q5", "Trotsky", "CONTEMPORARY", "Stalin is the outstanding mediocrity of our party"),
];

describe("quotation drills", () => {
  it("offers the speaker among three others, historians first for a historian's words, the same way every time", () => {
    const question = whoSaidIt(library[0]!, library)!;
    expect(question.answer).toBe("O. Figes");
    expect(question.options).toHaveLength(4);
    expect(new Set(question.options).size).toBe(4);
    expect(question.options).toEqual(expect.arrayContaining(["O. Figes", "David Christian", "Robert Service"]));
    expect(whoSaidIt(library[0]!, library)).toEqual(question);
    expect(whoSaidIt(library[0]!, library.slice(0, 3))).toBeNull();
  });

  it("blanks the three longest neighbouring words after the opening, keeping the rest exactly", () => {
    const question = completeQuotation(library[1]!)!;
    expect(question.answer).toBe("political skills necessary");
    expect(`${question.before} ${question.answer} ${question.after}`).toBe(library[1]!.text);
    expect(completeQuotation(q("short", "X", "HISTORIAN", "Too few words here"))).toBeNull();
  });

  it("alternates the two kinds of question over the library, at most the number asked for", () => {
    const drill = buildDrill(library, 4);
    expect(drill).toHaveLength(4);
    expect(drill.map((question) => question.kind)).toEqual(["who", "complete", "who", "complete"]);
    expect(buildDrill(library, 4)).toEqual(drill);
  });
});
