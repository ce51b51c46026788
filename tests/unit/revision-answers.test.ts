// Typed recall forgives how a name or date is written, never what it is; questions come from the
// card's own words.
import { describe, expect, it } from "vitest";
import { matchAnswer } from "@/lib/revision/rules/answer-match";
import { BLANK, recallQuestion, shuffled, titleWithoutDate, type StudyCard } from "@/lib/revision/rules/questions";

describe("typed recall matching", () => {
  it("accepts names however they are cased, accented or slightly misspelt, and says the right spelling", () => {
    expect(matchAnswer("zinoviev", "Zinoviev")).toMatchObject({ correct: true, nearMiss: false });
    expect(matchAnswer("  KAMENEV!! ", "Kamenev")).toMatchObject({ correct: true, nearMiss: false });
    expect(matchAnswer("Zinoview", "Zinoviev")).toMatchObject({
      correct: true,
      nearMiss: true,
      message: "Correct, but check the spelling: Zinoviev.",
    });
    expect(matchAnswer("Kamanev", "Kamenev").correct).toBe(true);
    expect(matchAnswer("Nikolayev", "Leonid Nikolayev").correct).toBe(true);
    expect(matchAnswer("Bukhárin", "Bukharin")).toMatchObject({ correct: true, nearMiss: false });
  });

  it("refuses a different person", () => {
    expect(matchAnswer("Kirov", "Zinoviev").correct).toBe(false);
    expect(matchAnswer("Trotsky", "Tomsky").correct).toBe(false);
  });

  it("forgives how a date is written but never a wrong year", () => {
    expect(matchAnswer("dec 1934", "December 1934").correct).toBe(true);
    expect(matchAnswer("1st December 1934", "1 December 1934").correct).toBe(true);
    expect(matchAnswer("1934", "1934").correct).toBe(true);
    expect(matchAnswer("1935", "1934")).toMatchObject({ correct: false, message: "Not quite: the answer is 1934." });
    expect(matchAnswer("December 1935", "December 1934").correct).toBe(false);
    expect(matchAnswer("500 000", "500,000").correct).toBe(true);
  });

  it("answers odd characters with a verdict, never an error", () => {
    for (const odd of [
      "",
      "   ",
      "😀😀",
      "<script>alert(1)</script>",
      "\u202e4391",
      "\u0000",
      "Зиновьев",
      '\'; DROP TABLE "Deck"; --',
    ]) {
      const verdict = matchAnswer(odd, "Zinoviev");
      expect(verdict.correct).toBe(false);
      expect(verdict.message.length).toBeGreaterThan(0);
    }
    expect(matchAnswer("", "1934").message).toBe("No answer was typed. The answer is 1934.");
  });
});

describe("questions from a card's own words", () => {
  const kirov: StudyCard = {
    id: "k",
    title: "Kirov murdered, December 1934",
    text: "Kirov was assassinated in December 1934. Stalin claimed that a huge conspiracy, led by Trotsky, was responsible.",
    yearFrom: 1934,
    yearTo: 1934,
    monthFrom: 12,
    people: ["Kirov", "Stalin", "Trotsky"],
    themes: ["The purges"],
  };

  it("blanks the year where the text gives one, everywhere it appears", () => {
    const question = recallQuestion(kirov);
    expect(question).toMatchObject({ answer: "1934", asking: "a year" });
    expect(question.prompt).toBe(
      `Kirov was assassinated in December ${BLANK}. Stalin claimed that a huge conspiracy, led by Trotsky, was responsible.`,
    );
  });

  it("otherwise blanks a person other than Stalin, then a figure, then asks for the title", () => {
    const undated = {
      ...kirov,
      text: "Stalin claimed that a huge conspiracy, led by Trotsky, was responsible.",
      people: ["Stalin", "Trotsky"],
    };
    expect(recallQuestion(undated)).toMatchObject({
      answer: "Trotsky",
      asking: "a name",
      prompt: `Stalin claimed that a huge conspiracy, led by ${BLANK}, was responsible.`,
    });
    const figure = { ...kirov, text: "Over 500,000 joined the party.", people: [] };
    expect(recallQuestion(figure)).toMatchObject({ answer: "500,000", asking: "a number" });
    const plain = { ...kirov, text: "A conspiracy was claimed.", people: [] };
    expect(recallQuestion(plain)).toMatchObject({
      answer: kirov.title,
      asking: "the card's title",
      prompt: "A conspiracy was claimed.",
    });
  });

  it("takes the date out of a title for putting events in order", () => {
    expect(titleWithoutDate("Kirov murdered, December 1934")).toBe("Kirov murdered");
    expect(titleWithoutDate("1 October 1928: the First Five-Year Plan announced")).toBe(
      "The First Five-Year Plan announced",
    );
    expect(titleWithoutDate("The Great Terror: 10 million, 10% of the population")).toBe(
      "The Great Terror: 10 million, 10% of the population",
    );
    expect(titleWithoutDate("First show trials, 1936")).toBe("First show trials");
  });

  it("shuffles the same way for the same seed and keeps every card", () => {
    const items = ["a", "b", "c", "d", "e", "f"];
    expect(shuffled(items, 7)).toEqual(shuffled(items, 7));
    expect([...shuffled(items, 7)].sort()).toEqual(items);
  });
});
