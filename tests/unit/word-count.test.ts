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
