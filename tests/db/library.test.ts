// The library's search, uploads and curation against the real content in a real PostgreSQL.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as libraryActions from "@/lib/library/actions";
import { searchLibrary } from "@/lib/library/store/search";
import { uploadLibraryFiles, type UploadFile } from "@/lib/library/store/upload";
import { ZLibrarySearchInput } from "@/lib/library/schema";
import { actAs } from "../helpers/act-as";
import { tampered } from "../helpers/tampered";
import { resetToShippedContent, testDatabaseClient } from "../helpers/test-database";
import { makeUser } from "../factories/accounts";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());
const search = (input: Record<string, unknown>, options = {}) =>
  searchLibrary(db, ZLibrarySearchInput.parse(input), options);

async function libraryRows() {
  const [prompts, quotations, evidence, entries, revisions] = await Promise.all([
    db.prompt.count(),
    db.quotation.count(),
    db.evidence.count(),
    db.libraryEntry.count(),
    db.quotationRevision.count(),
  ]);
  return { prompts, quotations, evidence, entries, revisions };
}

describe("library", () => {
  beforeAll(async () => {
    await resetToShippedContent();
  });

  describe("search", () => {
    it("finds the Lenin Enrolment card first, with its words as matched stems", async () => {
      const result = await search({ q: "Lenin Enrolment" });
      expect(result.hits[0]).toMatchObject({
        kind: "EVIDENCE",
        slug: expect.stringMatching(/lenin-enrolment|control-of-party-membership/),
      });
      expect(result.hits.some((hit) => hit.slug === "lenin-enrolment-1923-25")).toBe(true);
      expect(result.stems.sort()).toEqual(["enrol", "lenin"]);
    });

    it("filters quotations by author to exactly the two Figes quotations", async () => {
      const result = await search({ kinds: "quotation", speaker: "O. Figes" });
      expect(result.hits.map((hit) => hit.slug).sort()).toEqual([
        "figes-control-of-party-apparatus",
        "figes-great-oath-leninism",
      ]);
    });

    it("filters by person, theme, year range, kind of source and interpretation", async () => {
      const kirov = await search({
        people: "kirov",
        themes: "purges",
        yearFrom: 1934,
        yearTo: 1934,
        kinds: "evidence",
      });
      expect(kirov.hits.map((hit) => hit.slug)).toContain("kirov-murder-1-december-1934");
      expect(
        kirov.hits.every(
          (hit) =>
            hit.tagSlugs.includes("kirov") &&
            hit.tagSlugs.includes("purges") &&
            hit.yearFrom! <= 1934 &&
            (hit.yearTo ?? hit.yearFrom)! >= 1934,
        ),
      ).toBe(true);
      const contemporaries = await search({ kinds: "quotation", speakerKind: "contemporary" });
      expect(contemporaries.hits.map((hit) => hit.speaker).sort()).toEqual(["Bukharin", "Lenin", "Stalin", "Stalin"]);
      const power = await search({ interpretation: "Power base" });
      expect(power.hits.map((hit) => hit.slug)).toEqual(["figes-control-of-party-apparatus"]);
    });

    it("lists everything, in pages, for an empty search", async () => {
      const first = await search({ pageSize: 50 });
      const total = (await db.prompt.count()) + (await db.quotation.count()) + (await db.evidence.count());
      expect(first.total).toBe(total);
      const all = [];
      for (let page = 1; page <= Math.ceil(total / 50); page++)
        all.push(...(await search({ pageSize: 50, page })).hits);
      expect(new Set(all.map((hit) => hit.itemId)).size).toBe(total);
    });

    it("never fails on odd text: quotes, backslashes, SQL, symbols or 10,000 characters", async () => {
      for (const q of [
        `'; DROP TABLE "Quotation"; --`,
        "\\\\ \\ ' \" % _ * :* & | ! ( ) <-> ",
        "x".repeat(10_000),
        "the of and",
        "😀",
        "   ",
      ]) {
        const result = await search({ q });
        expect(Array.isArray(result.hits), q.slice(0, 20)).toBe(true);
      }
      expect(await db.quotation.count()).toBeGreaterThan(0);
    });

    it("puts a teacher's suggestions for a prompt first", async () => {
      const teacher = await makeUser(db, "TEACHER");
      const prompt = await db.prompt.findUniqueOrThrow({ where: { slug: "rise-weaknesses-of-opponents" } });
      const card = await db.evidence.findUniqueOrThrow({ where: { slug: "weaknesses-mistakes-of-opponents" } });
      await db.promptSuggestion.create({ data: { promptId: prompt.id, teacherId: teacher.id, evidenceId: card.id } });
      const result = await search({ q: "Stalin" }, { suggestionsFor: { promptId: prompt.id, teacherId: teacher.id } });
      expect(result.hits[0]).toMatchObject({ slug: "weaknesses-mistakes-of-opponents", suggested: true });
    });
  });

  describe("uploads", () => {
    let teacherId: string;
    beforeEach(async () => {
      teacherId = (await makeUser(db, "TEACHER")).id;
    });

    const quotation = (fields: Record<string, unknown> = {}) => ({
      slug: "new-upload",
      text: "Exact words",
      speaker: "D. Historian",
      speakerKind: "historian",
      attributionAsGiven: "D. Historian, 2010",
      year: 2010,
      ...fields,
    });
    const file = (name: string, body: string): UploadFile => ({ name, text: body });
    const yamlOf = (items: Record<string, unknown>[]) =>
      `quotations:\n${items
        .map(
          (item) =>
            `  - ${Object.entries(item)
              .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
              .join("\n    ")}`,
        )
        .join("\n")}\n`;

    async function expectRefused(files: UploadFile[], expected: Record<string, unknown>) {
      const before = await libraryRows();
      const result = await uploadLibraryFiles(db, teacherId, files);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining(expected));
      expect(await libraryRows()).toEqual(before);
    }

    it("refuses a quotation with no attribution, naming file, item and field", async () => {
      const { attributionAsGiven: _, ...unattributed } = quotation();
      await expectRefused([file("mine.yaml", yamlOf([quotation({ slug: "fine-one" }), unattributed]))], {
        file: "mine.yaml",
        item: "quotations[2] (new-upload)",
        field: "attributionAsGiven",
      });
    });

    it("refuses a slug used twice across the upload", async () => {
      await expectRefused(
        [file("a.yaml", yamlOf([quotation()])), file("b.yaml", yamlOf([quotation({ text: "Other words" })]))],
        { field: "slug", message: "is used twice in this upload" },
      );
    });

    it("refuses a year of 3024", async () => {
      await expectRefused([file("mine.yaml", yamlOf([quotation({ year: 3024 })]))], {
        file: "mine.yaml",
        field: "year",
        message: "cannot be in the future",
      });
      await expectRefused(
        [
          file(
            "cards.yaml",
            "evidence:\n  - slug: far-future\n    title: T\n    text: A fact\n    kind: fact\n    yearFrom: 3024\n    themes: [purges]\n",
          ),
        ],
        { file: "cards.yaml", field: "yearFrom", message: "must be 1960 or earlier" },
      );
    });

    it("refuses 5 MB of text, saying how large it is and what is allowed", async () => {
      const huge = yamlOf([quotation({ text: "x".repeat(5 * 1024 * 1024) })]);
      await expectRefused([file("huge.yaml", huge)], {
        file: "huge.yaml",
        message: "is 5.0 MB; each file may be at most 1.0 MB",
      });
      const result = await libraryActions.importLibraryFiles({ files: [file("huge.yaml", huge)] });
      expect(result).toMatchObject({ ok: false });
    });

    it("refuses unknown tags or seeds, a file that is not YAML, and a file of the wrong shape", async () => {
      await expectRefused([file("mine.yaml", yamlOf([quotation({ themes: ["not-a-theme"] })]))], {
        field: "themes",
        message: 'names an unknown theme "not-a-theme"',
      });
      await expectRefused([file("mine.yaml", yamlOf([quotation({ seed: "not-a-seed" })]))], { field: "seed" });
      await expectRefused([file("mine.yaml", yamlOf([quotation({ seed: "rise-to-power-32-terms" })]))], {
        field: "seed",
        message: expect.stringContaining("labelled as yours"),
      });
      await expectRefused([file("broken.yaml", "quotations: [unclosed\n")], {
        file: "broken.yaml",
        message: expect.stringContaining("not valid YAML"),
      });
      await expectRefused([file("list.yaml", "- just a list\n")], {
        file: "list.yaml",
        message: expect.stringContaining("should start with"),
      });
      await expectRefused([file("notes.txt", "quotations: []\n")], {
        file: "notes.txt",
        message: "is not a .yaml file",
      });
    });

    it("adds the teacher's own items, and updates them by slug keeping a quotation's old wording and a history", async () => {
      actAs(null);
      expect(
        await uploadLibraryFiles(db, teacherId, [file("mine.yaml", yamlOf([quotation({ slug: "teacher-added" })]))]),
      ).toEqual({ ok: true, counts: { prompts: 0, quotations: 1, evidence: 0 } });
      const added = await db.quotation.findUniqueOrThrow({ where: { slug: "teacher-added" } });
      expect(added).toMatchObject({ createdById: teacherId, seedId: null });
      expect((await search({ q: "Exact words" })).hits.find((hit) => hit.slug === "teacher-added")).toMatchObject({
        addedBy: "A Teacher",
      });

      expect(
        await uploadLibraryFiles(db, teacherId, [
          file("mine.yaml", yamlOf([quotation({ slug: "teacher-added", text: "Exact words, corrected" })])),
        ]),
      ).toMatchObject({ ok: true });
      expect(await db.quotationRevision.findFirstOrThrow({ where: { quotationId: added.id } })).toMatchObject({
        previousText: "Exact words",
        editedById: teacherId,
      });
      expect(
        (await db.libraryRevision.findMany({ where: { itemId: added.id }, orderBy: { editedAt: "asc" } })).map(
          (revision) => revision.change,
        ),
      ).toEqual(["UPLOADED", "UPLOADED"]);
    });
  });

  describe("curation", () => {
    it("keeps the month a card's source gives, only with its year, for the timeline", async () => {
      actAs(await makeUser(db, "TEACHER"));
      const fields = {
        title: "Kirov's funeral",
        text: "Stalin carried the coffin",
        kind: "event" as const,
        themes: ["purges"],
      };
      const created = await libraryActions.createEvidence({ ...fields, yearFrom: "1934", monthFrom: "12" });
      if (!created.ok) throw new Error(created.error);
      const card = () =>
        db.evidence.findFirstOrThrow({
          where: { title: "Kirov's funeral" },
          select: { id: true, yearFrom: true, monthFrom: true },
        });
      const { id } = await card();
      expect(await card()).toMatchObject({ yearFrom: 1934, monthFrom: 12 });
      expect(await libraryActions.updateEvidence({ id, ...fields, yearFrom: "", monthFrom: "12" })).toMatchObject({
        ok: false,
        fieldErrors: { monthFrom: "A month needs its year: enter the From year too" },
      });
      expect(await libraryActions.updateEvidence({ id, ...fields, yearFrom: "1934", monthFrom: "13" })).toMatchObject({
        ok: false,
        fieldErrors: { monthFrom: "Choose the month from the list" },
      });
      expect(await card()).toMatchObject({ yearFrom: 1934, monthFrom: 12 });
      expect(await libraryActions.updateEvidence({ id, ...fields, yearFrom: "1935", monthFrom: "" })).toMatchObject({
        ok: true,
      });
      expect(await card()).toMatchObject({ yearFrom: 1935, monthFrom: null });
    });

    it("archives an item out of search while keeping it", async () => {
      actAs(await makeUser(db, "TEACHER", "A Curator", { canCurateLibrary: true }));
      const card = await db.evidence.findUniqueOrThrow({ where: { slug: "testament-vote-44-to-10" } });
      expect((await search({ q: "44 votes" })).hits.map((hit) => hit.slug)).toContain(card.slug);
      expect(await libraryActions.setItemArchived({ kind: "evidence", id: card.id, archived: true })).toMatchObject({
        ok: true,
      });
      expect((await search({ q: "44 votes" })).hits.map((hit) => hit.slug)).not.toContain(card.slug);
      expect((await search({ q: "44 votes" }, { includeArchived: true })).hits.map((hit) => hit.slug)).toContain(
        card.slug,
      );
      expect(await db.evidence.count({ where: { id: card.id } })).toBe(1);
      await libraryActions.setItemArchived({ kind: "evidence", id: card.id, archived: false });
    });

    it("refuses bad curation input beside the field and changes nothing", async () => {
      actAs(await makeUser(db, "TEACHER"));
      const before = await libraryRows();
      expect(await libraryActions.createQuotation({ text: "", speaker: "X", speakerKind: "historian" })).toMatchObject({
        ok: false,
        fieldErrors: { text: "Enter the quotation's exact words" },
      });
      expect(
        await libraryActions.createQuotation(tampered({ text: "Words", speaker: "X", speakerKind: "novelist" })),
      ).toMatchObject({ ok: false, fieldErrors: { speakerKind: expect.any(String) } });
      expect(
        await libraryActions.createEvidence({
          title: "T",
          text: "F",
          kind: "fact",
          yearFrom: "3024",
          themes: ["purges"],
        }),
      ).toMatchObject({ ok: false, fieldErrors: { yearFrom: "Events here fall between 1850 and 1960" } });
      expect(await libraryActions.createEvidence({ title: "T", text: "F", kind: "fact", themes: [] })).toMatchObject({
        ok: false,
        fieldErrors: { themes: "Choose at least one theme" },
      });
      expect(
        await libraryActions.createEvidence({ title: "T", text: "F", kind: "fact", themes: ["trotsky"] }),
      ).toMatchObject({ ok: false, fieldErrors: { themes: expect.stringContaining("not one of the themes") } });
      expect(await libraryRows()).toEqual(before);
    });
  });
});
