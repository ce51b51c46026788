// content:import upserts by slug, is idempotent, and changes nothing when anything is wrong.
import { rm } from "node:fs/promises";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { importContent } from "@/lib/content/import-content";
import { ContentError, loadContent } from "@/lib/content/load-content";
import { importContentIfChanged, importContentInto } from "@/scripts/content-import";
import { copyContent, editYaml } from "../helpers/content-fixture";
import { resetDatabase, testDatabaseClient, testDatabaseUrl } from "../helpers/test-database";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());
beforeEach(resetDatabase);

async function rowCounts() {
  const [prompts, quotations, evidence, tags, seeds] = await Promise.all([
    db.prompt.count(),
    db.quotation.count(),
    db.evidence.count(),
    db.tag.count(),
    db.seed.count(),
  ]);
  return { prompts, quotations, evidence, tags, seeds };
}

describe("content import", () => {
  it("loads every item in content/ into the database", async () => {
    const content = await loadContent("content");
    const counts = await importContentInto(testDatabaseUrl());
    expect(await rowCounts()).toEqual({
      prompts: content.prompts.length,
      quotations: content.quotations.length,
      evidence: content.evidence.length,
      tags: content.people.length + content.themes.length,
      seeds: 5,
    });
    expect(counts.evidence).toBe(content.evidence.length);

    const figes = await db.quotation.findUnique({
      where: { slug: "figes-control-of-party-apparatus" },
      include: { seed: true, tags: true },
    });
    expect(figes?.speaker).toBe("O. Figes");
    expect(figes?.year).toBe(2022);
    expect(figes?.seed?.fileName).toBe("002_0fd55eea29fdbcdc.txt");
    expect(figes?.tags.map((tag) => tag.slug).sort()).toEqual(["power-base", "stalin", "struggle-for-power"]);
  });

  it("is idempotent: importing twice leaves the same rows, not duplicates", async () => {
    await importContentInto(testDatabaseUrl());
    const first = await rowCounts();
    const before = await db.evidence.findUnique({ where: { slug: "lenin-enrolment-1923-25" } });
    await importContentInto(testDatabaseUrl());
    expect(await rowCounts()).toEqual(first);
    expect((await db.evidence.findUnique({ where: { slug: "lenin-enrolment-1923-25" } }))?.id).toBe(before?.id);
  });

  it("updates an edited item in place and replaces its tags", async () => {
    await importContentInto(testDatabaseUrl());
    const dir = await copyContent();
    try {
      await editYaml(dir, "evidence/power-base-qa-notes.yaml", (data) => {
        const item = data.evidence?.find(
          (entry) => (entry as { slug: string }).slug === "lenin-enrolment-1923-25",
        ) as Record<string, unknown>;
        item.title = "The Lenin Enrolment (edited)";
        item.people = [];
      });
      await importContentInto(testDatabaseUrl(), dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const item = await db.evidence.findUnique({ where: { slug: "lenin-enrolment-1923-25" }, include: { tags: true } });
    expect(item?.title).toBe("The Lenin Enrolment (edited)");
    expect(item?.tags.some((tag) => tag.kind === "PERSON")).toBe(false);
  });

  it("imports nothing at all from a folder with one malformed file", async () => {
    const dir = await copyContent();
    try {
      await editYaml(dir, "evidence/stalin-in-power-mind-map.yaml", (data) => {
        (data.evidence?.[0] as Record<string, unknown>).kind = "rumour";
      });
      await expect(importContentInto(testDatabaseUrl(), dir)).rejects.toBeInstanceOf(ContentError);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(await rowCounts()).toEqual({ prompts: 0, quotations: 0, evidence: 0, tags: 0, seeds: 0 });
  });

  it("rolls back everything when the database refuses part-way through", async () => {
    const content = await loadContent("content");
    // Seeds, tags, prompts and quotations are written before the last card fails (it names a seed
    // that was never created), so any row left behind would show a partial import.
    const broken = {
      ...content,
      evidence: [...content.evidence, { ...content.evidence[0]!, slug: "late-failure", seed: "missing-seed" }],
    };
    await expect(importContent(db, broken, "test")).rejects.toThrow();
    expect(await rowCounts()).toEqual({ prompts: 0, quotations: 0, evidence: 0, tags: 0, seeds: 0 });
  });

  it("is skipped at start-up when this exact content/ is already imported", async () => {
    expect(await importContentIfChanged(testDatabaseUrl())).toBeDefined();
    expect(await importContentIfChanged(testDatabaseUrl())).toBeUndefined();
    expect(await db.contentImport.count()).toBe(1);
  });
});
