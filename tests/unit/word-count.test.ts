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
      content: [paragraph("Stalin controlled the apparatus."), { type: "paragraph", content: [{ type: "quotation", attrs: { quotationId: "q1", text: "The key", attribution: "O. Figes (2022)" } }] }, paragraph("So he won.")],
    });
    const first = liveSummary(doc);
    expect(first.words).toBe(countWords(plainTextOf(doc)));
    expect(first.plainText).toBe(plainTextOf(doc));
    expect([...first.used.quotationIds]).toEqual(["q1"]);

    // Replacing the last paragraph keeps the first two blocks as the same objects.
    const edited = doc.replace(doc.content.size - doc.lastChild!.nodeSize, doc.content.size, doc.type.schema.nodeFromJSON({ type: "doc", content: [paragraph("So, in the end, he won.")] }).slice(0));
    expect(edited.firstChild).toBe(doc.firstChild);
    expect(liveSummary(edited).words).toBe(countWords(plainTextOf(edited)));
  });
});
