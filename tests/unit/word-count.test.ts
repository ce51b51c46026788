// The word count students see live and teachers see stored: one rule for both.
import { describe, expect, it } from "vitest";
import { countWords } from "@/lib/editor/word-count";

describe("countWords", () => {
  it.each([
    ["", 0],
    ["   \n\n ", 0],
    ["Stalin's rise", 2],
    ["The Lenin Enrolment recruited over 500,000 members", 7],
    ["In 1924–29 the triumvirate split", 6],
    ["Zinoviev, Kamenev and Trotsky.", 4],
    ["“The key to Stalin’s growing power” — O. Figes (2022)", 9],
    ["left-wing opposition", 2],
    ["3.5 million", 2],
    ["end.Next", 2],
  ])("%j has %i words", (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  // The rule as the regular expression it was first written as; the hand-written scanner must
  // count exactly as it does, including letters outside ASCII and outside the Basic Plane.
  const REFERENCE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+|[.,](?=\p{N})\p{N}+)*/gu;
  const referenceCount = (text: string) => [...text.matchAll(REFERENCE)].length;

  it.each([
    ["3.5kg of grain", 4],
    ["Сталин's “генсек” — 1,000,000", 3],
    ["naïve Ångström", 2],
    ["²⁄₃ of ½", 4],
    ["𝐒𝐭𝐚𝐥𝐢𝐧 𝟏𝟗𝟐𝟒", 2],
    ["a-", 1],
    ["-a '- ’’x x'' y.-5 7.,8 9..1", 9],
    ["1.2.3,4", 1],
    ["\u{1F600}smile\u{1F600}", 1],
    ["\uD800lone surrogate", 2],
  ])("%j has %i words, as the regular expression counts them", (text, words) => {
    expect(countWords(text)).toBe(words);
    expect(referenceCount(text)).toBe(words);
  });

  it("agrees with the regular expression on thousands of random strings of awkward characters", () => {
    const alphabet = [
      "a",
      "Z",
      "é",
      "Ж",
      "9",
      "٣",
      "½",
      "²",
      "𝐒",
      "𝟏",
      "😀",
      "'",
      "’",
      "-",
      ".",
      ",",
      " ",
      "\n",
      "–",
      "“",
      "_",
      "\uD800",
    ];
    let seed = 20261130;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let sample = 0; sample < 5_000; sample++) {
      const text = Array.from(
        { length: 1 + Math.floor(random() * 24) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join("");
      expect(countWords(text), JSON.stringify(text)).toBe(referenceCount(text));
    }
  });
});

describe("the live summary", () => {
  it("counts as the server does, before and after an edit that keeps the other blocks", async () => {
    const { Node } = await import("@tiptap/pm/model");
    const { getSchema } = await import("@tiptap/core");
    const { essayExtensions } = await import("@/lib/editor/extensions");
    const { liveSummary } = await import("@/lib/editor/live-summary");
    const { plainTextOf } = await import("@/lib/editor/plain-text");
    const schema = getSchema(essayExtensions);
    const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
    const doc = Node.fromJSON(schema, {
      type: "doc",
      content: [
        paragraph("Stalin controlled the apparatus."),
        {
          type: "paragraph",
          content: [
            { type: "quotation", attrs: { quotationId: "q1", text: "The key", attribution: "O. Figes (2022)" } },
          ],
        },
        paragraph("So he won."),
      ],
    });
    const first = liveSummary(doc);
    expect(first.words).toBe(countWords(plainTextOf(doc)));
    expect(first.plainText).toBe(plainTextOf(doc));
    expect([...first.used.quotationIds]).toEqual(["q1"]);

    // Replacing the last paragraph keeps the first two blocks as the same objects.
    const edited = doc.replace(
      doc.content.size - doc.lastChild!.nodeSize,
      doc.content.size,
      doc.type.schema.nodeFromJSON({ type: "doc", content: [paragraph("So, in the end, he won.")] }).slice(0),
    );
    expect(edited.firstChild).toBe(doc.firstChild);
    expect(liveSummary(edited).words).toBe(countWords(plainTextOf(edited)));
  });
});

describe("the student's own words", () => {
  it("leave out quotations and inserted evidence, so a quotation's attribution is not a mention of its author", async () => {
    const { essaySchema } = await import("@/lib/editor/document");
    const { liveSummary } = await import("@/lib/editor/live-summary");
    const { extractStatus } = await import("@/lib/sources/rules/addressed");
    const doc = essaySchema.nodeFromJSON({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "As one historian argues, " },
            { type: "quotation", attrs: { quotationId: "q1", text: "a grey blur", attribution: "O. Figes (2022)" } },
            { type: "text", text: " and in 1929 " },
            {
              type: "text",
              text: "the Politburo backed him",
              marks: [{ type: "evidence", attrs: { evidenceId: "e1" } }],
            },
          ],
        },
      ],
    });
    const summary = liveSummary(doc);
    expect(summary.ownText.replace(/\s+/g, " ").trim()).toBe("As one historian argues, and in 1929");
    expect(summary.ownWords).toBe(7);
    expect(summary.words).toBeGreaterThan(summary.ownWords);

    // Quoting Extract B (Figes) says nothing about Extract A (also Figes).
    const extracts = [
      { id: "a", label: "Extract A", speaker: "Orlando Figes" },
      { id: "b", label: "Extract B", speaker: "Orlando Figes" },
    ];
    expect(
      extractStatus(extracts[0]!, extracts, { quoted: false, passages: 0, plainText: summary.ownText }).state,
    ).toBe("not yet");
    expect(
      extractStatus(extracts[0]!, extracts, { quoted: false, passages: 0, plainText: summary.plainText }).state,
    ).toBe("ambiguous");
  });
});
