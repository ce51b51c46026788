// The content rules from shared/domain.md, checked against content/ and the seed copies in
// content/seeds/: complete provenance, exact quotations, no figure that the seed does not give.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load-content";
import type { TContent } from "@/lib/content/schema";

const contentDir = path.resolve("content");
let content: TContent;
const seedText = new Map<string, string>();

beforeAll(async () => {
  content = await loadContent(contentDir);
  for (const seed of content.seeds)
    seedText.set(seed.slug, readFileSync(path.join(contentDir, "seeds", seed.file), "utf8"));
});

// Spacing and line breaks differ between a seed and a tidy YAML string; words must not.
const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

describe("content/", () => {
  it("names a seed document for every seed file shipped, and ships every seed named", () => {
    const shipped = readdirSync(path.join(contentDir, "seeds")).sort();
    expect(content.seeds.map((seed) => seed.file).sort()).toEqual(shipped);
    expect(shipped).toHaveLength(5);
  });

  it("holds the quotations the seeds give, each word for word in its seed", () => {
    expect(content.quotations.map((quotation) => quotation.speaker)).toEqual(
      expect.arrayContaining(["O. Figes", "David Christian", "Bukharin", "Stalin", "Lenin"]),
    );
    expect(content.quotations.filter((quotation) => quotation.speaker === "O. Figes")).toHaveLength(2);
    for (const quotation of content.quotations) {
      const seed = normalise(seedText.get(quotation.seed ?? "") ?? "");
      expect(seed, `${quotation.slug}: text`).toContain(normalise(quotation.text));
      expect(seed, `${quotation.slug}: attributionAsGiven`).toContain(normalise(quotation.attributionAsGiven));
    }
  });

  it("never states a figure the seed does not give, unless the correction is recorded", () => {
    const numbers = (text: string) =>
      (text.match(/\d[\d,]*/g) ?? []).map((figure) => figure.replace(/,/g, "")).filter(Boolean);
    const problems: string[] = [];
    for (const item of [...content.evidence, ...content.quotations]) {
      const seed = (seedText.get(item.seed ?? "") ?? "").replace(/,/g, "");
      const corrected = item.corrections.map((correction) => correction.to).join(" ");
      const text = "title" in item ? `${item.title} ${item.text}` : item.text;
      for (const figure of numbers(text)) {
        if (!seed.includes(figure) && !corrected.includes(figure)) problems.push(`${item.slug}: ${figure}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("labels every prompt with its origin, and names the seed of every prompt found in one", () => {
    for (const prompt of content.prompts) {
      if (prompt.origin === "seed") expect(seedText.has(prompt.seed ?? ""), prompt.slug).toBe(true);
      if (prompt.origin === "composed") expect(prompt.note, prompt.slug).toMatch(/composed/i);
    }
    const origins = new Set(content.prompts.map((prompt) => prompt.origin));
    expect([...origins].sort()).toEqual(["composed", "exam-practice", "seed"]);
  });

  it("includes the questions shared/domain.md lists as posed by the seeds", () => {
    const texts = content.prompts.map((prompt) => prompt.text);
    for (const question of [
      "Was Stalinism a consequence of Leninism?",
      "Who used the most terror: Lenin or Stalin?",
      "Was the Soviet Constitution of 1936 a 'democratic document'?",
      "What were the reasons for the purges?",
      "How did Stalin's power change during the Second World War?",
    ]) {
      expect(texts).toContain(question);
    }
  });

  it("carries the evidence examples shared/domain.md names, with their figures", () => {
    const all = content.evidence.map((item) => `${item.title} ${item.text}`).join("\n");
    expect(all).toContain("Lenin Enrolment");
    expect(all).toContain("over 500,000");
    expect(all).toContain("44 votes to 10");
    expect(all).toMatch(/Three out of five marshals/);
  });

  it("dates the evidence the timeline needs, e.g. Kirov's murder in December 1934", () => {
    const kirov = content.evidence.filter(
      (item) => item.kind === "event" && /Kirov murdered|murder of Kirov/i.test(item.title),
    );
    expect(kirov.length).toBeGreaterThan(0);
    expect(kirov.every((item) => item.yearFrom === 1934)).toBe(true);
  });

  it("records each corrected name, and keeps the seed's misspellings out of the text", () => {
    const misspellings = ["Zinoview", "Kamanev", "Yezhiv", "Krupstaya", "Burkharin"];
    for (const item of [...content.evidence, ...content.quotations]) {
      for (const misspelling of misspellings) expect(item.text, item.slug).not.toContain(misspelling);
    }
    const corrections = content.evidence.flatMap((item) => item.corrections.map((correction) => correction.from));
    expect(corrections).toEqual(
      expect.arrayContaining(["Zinoview", "Kamanev", "Yezhiv", "Krupstaya", "Burkharin", "1831"]),
    );
  });
});
