// The shared library is protected: a self-registered teacher can add their own items but cannot
// rewrite, archive or overwrite the shipped library or another teacher's items; every change is
// kept with who and when and can be reverted; a teacher's quotation is labelled as theirs.
// (Each attack below is one a probe made before this was fixed.)
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import * as libraryActions from "@/lib/library/actions";
import * as sourceActions from "@/lib/sources/actions";
import { searchLibrary } from "@/lib/library/store/search";
import { ZLibrarySearchInput } from "@/lib/library/schema";
import { uploadLibraryFiles } from "@/lib/library/store/upload";
import { getItemHistory, getQuotation } from "@/lib/library/store/items";
import { actAs } from "../helpers/act-as";
import { resetToShippedContent, testDatabaseClient } from "../helpers/test-database";
import { makeUser } from "../factories/accounts";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());

const FIGES = "figes-control-of-party-apparatus";
const libraryState = async () =>
  JSON.stringify(
    await Promise.all([
      db.prompt.findMany({ orderBy: { id: "asc" }, include: { tags: { select: { slug: true } }, sources: true } }),
      db.quotation.findMany({ orderBy: { id: "asc" }, include: { tags: { select: { slug: true } } } }),
      db.evidence.findMany({ orderBy: { id: "asc" }, include: { tags: { select: { slug: true } } } }),
      db.libraryEntry.findMany({ orderBy: { id: "asc" }, select: { itemId: true, title: true, archived: true } }),
      db.quotationRevision.count(),
      db.libraryRevision.count(),
    ]),
  );

beforeEach(async () => {
  await resetToShippedContent();
});

describe("the shipped library and other teachers' items", () => {
  it("refuses a teacher without the curation right any change to a shipped quotation, card or prompt, and changes nothing", async () => {
    actAs(await makeUser(db, "TEACHER", "Mallory"));
    const [figes, card, prompt] = await Promise.all([
      db.quotation.findUniqueOrThrow({ where: { slug: FIGES } }),
      db.evidence.findUniqueOrThrow({ where: { slug: "testament-vote-44-to-10" } }),
      db.prompt.findFirstOrThrow({ where: { origin: "SEED" } }),
    ]);
    const before = await libraryState();
    const refused = {
      ok: false,
      status: 403,
      error: expect.stringContaining("Only a library curator can change the shipped library"),
    };
    expect(
      await libraryActions.updateQuotation({
        id: figes.id,
        text: "Stalin was a genius, as everyone agrees.",
        speaker: "O. Figes",
        speakerKind: "historian",
        year: "2022",
      }),
    ).toMatchObject(refused);
    expect(
      await libraryActions.updateEvidence({
        id: card.id,
        title: "Nothing happened",
        text: "Nothing happened.",
        kind: "fact",
        themes: ["power-base"],
      }),
    ).toMatchObject(refused);
    expect(
      await libraryActions.updatePrompt({ id: prompt.id, text: "Was Stalin always right?", kind: "essay" }),
    ).toMatchObject(refused);
    expect(await libraryActions.setItemArchived({ kind: "quotation", id: figes.id, archived: true })).toMatchObject(
      refused,
    );
    expect(await libraryState()).toBe(before);
  });

  it("refuses to let one account archive the whole library: every one of its items stays in search", async () => {
    actAs(await makeUser(db, "TEACHER"));
    const items = await db.libraryEntry.findMany({ select: { kind: true, itemId: true } });
    expect(items.length).toBeGreaterThan(200);
    const results = await Promise.all(
      items.map((item) =>
        libraryActions.setItemArchived({
          kind: item.kind.toLowerCase() as "prompt" | "quotation" | "evidence",
          id: item.itemId,
          archived: true,
        }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(0);
    expect(await db.libraryEntry.count({ where: { archived: true } })).toBe(0);
  });

  it("refuses to let a teacher edit another teacher's extract question, set or not", async () => {
    const author = await makeUser(db, "TEACHER", "Author");
    const quotations = await db.quotation.findMany({
      where: { speaker: { contains: "Figes" } },
      take: 2,
      select: { id: true },
    });
    actAs(author);
    const created = await sourceActions.createSourceQuestion({
      text: "How convincing are these extracts?",
      kind: "extract",
      marks: "30",
      extracts: quotations.map((quotation) => ({ quotationId: quotation.id })),
    });
    if (!created.ok) throw new Error(created.error);
    actAs(await makeUser(db, "TEACHER", "Someone Else"));
    expect(
      await libraryActions.updatePrompt({ id: created.data.id, text: "Something else entirely", kind: "extract" }),
    ).toMatchObject({ ok: false, status: 403, error: expect.stringContaining("another teacher's") });
    expect((await db.prompt.findUniqueOrThrow({ where: { id: created.data.id } })).text).toBe(
      "How convincing are these extracts?",
    );
    actAs(author);
    expect(
      await libraryActions.updatePrompt({
        id: created.data.id,
        text: "How convincing are these two extracts?",
        kind: "extract",
        marks: "30",
      }),
    ).toMatchObject({ ok: true });
  });

  it("lets a curator change the shipped library, keeping every change with who and when, and any change can be put back", async () => {
    const curator = await makeUser(db, "TEACHER", "Cara Curator", { canCurateLibrary: true });
    actAs(curator);
    const figes = await db.quotation.findUniqueOrThrow({ where: { slug: FIGES }, include: { tags: true } });
    // Every field as the edit form sends it, only the words changed.
    const fields = {
      speaker: figes.speaker,
      speakerKind: "historian" as const,
      year: String(figes.year),
      work: figes.work ?? "",
      context: figes.context ?? "",
      interpretation: figes.interpretation ?? "",
      people: figes.tags.filter((tag) => tag.kind === "PERSON").map((tag) => tag.slug),
      themes: figes.tags.filter((tag) => tag.kind === "THEME").map((tag) => tag.slug),
    };
    expect(await libraryActions.updateQuotation({ id: figes.id, text: "A mistaken wording", ...fields })).toMatchObject(
      { ok: true },
    );
    expect(await libraryActions.setItemArchived({ kind: "quotation", id: figes.id, archived: true })).toMatchObject({
      ok: true,
    });

    const history = await getItemHistory(figes.id);
    expect(history.map((entry) => [entry.change, entry.editedBy])).toEqual([
      ["ARCHIVED", "Cara Curator"],
      ["EDITED", "Cara Curator"],
    ]);
    expect(history[1]!.changed).toEqual(["words"]);

    // Putting it back as it was before the edit undoes the edit and the archiving after it.
    const edit = await db.libraryRevision.findFirstOrThrow({ where: { itemId: figes.id, change: "EDITED" } });
    expect(await libraryActions.revertLibraryItem({ revisionId: edit.id })).toMatchObject({ ok: true });
    expect(await db.quotation.findUniqueOrThrow({ where: { id: figes.id } })).toMatchObject({
      text: figes.text,
      archivedAt: null,
      attributionAsGiven: figes.attributionAsGiven,
    });
    expect((await getItemHistory(figes.id))[0]).toMatchObject({ change: "REVERTED", editedBy: "Cara Curator" });
    // Essays that quoted the mistaken wording meanwhile still hold it as an earlier wording.
    expect(
      (await db.quotationRevision.findMany({ where: { quotationId: figes.id } })).map(
        (revision) => revision.previousText,
      ),
    ).toContain("A mistaken wording");
  });

  it("keeps a teacher's changes to their own items in the item's history, without any curation right", async () => {
    actAs(await makeUser(db, "TEACHER", "Tess Teacher"));
    const created = await libraryActions.createEvidence({
      title: "My card",
      text: "A fact from my notes.",
      kind: "fact",
      yearFrom: "1929",
      themes: ["power-base"],
    });
    if (!created.ok) throw new Error(created.error);
    expect(
      await libraryActions.updateEvidence({
        id: created.data.id,
        title: "My card, retitled",
        text: "A fact from my notes.",
        kind: "fact",
        yearFrom: "1929",
        themes: ["power-base"],
      }),
    ).toMatchObject({ ok: true });
    const history = await getItemHistory(created.data.id);
    expect(history.map((entry) => entry.change)).toEqual(["EDITED", "CREATED"]);
    expect(history[0]).toMatchObject({ editedBy: "Tess Teacher", changed: ["title"] });
  });
});

describe("uploads", () => {
  it("never overwrite a shipped item: the upload is refused whole, naming the conflict, and nothing changes", async () => {
    const teacher = await makeUser(db, "TEACHER");
    const figes = await db.quotation.findUniqueOrThrow({ where: { slug: FIGES } });
    const before = await libraryState();
    const result = await uploadLibraryFiles(db, teacher.id, [
      {
        name: "mine.yaml",
        text: `quotations:\n  - slug: ${FIGES}\n    text: "Stalin was a genius."\n    speaker: ${figes.speaker}\n    speakerKind: historian\n    attributionAsGiven: "${figes.attributionAsGiven}"\n    seed: rise-to-power-32-terms\n  - slug: my-own\n    text: Mine\n    speaker: Me\n    speakerKind: historian\n    attributionAsGiven: Me\n`,
      },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toContainEqual(
        expect.objectContaining({
          item: `quotations (${FIGES})`,
          field: "slug",
          message: expect.stringContaining("shipped library, which uploads never change"),
        }),
      );
      expect(result.problems).toContainEqual(
        expect.objectContaining({
          item: `quotations (${FIGES})`,
          field: "seed",
          message: expect.stringContaining("labelled as yours"),
        }),
      );
    }
    expect(await libraryState()).toBe(before);
  });

  it("never change another teacher's items, and never give a teacher's prompt a shipped origin", async () => {
    const [owner, other] = await Promise.all([makeUser(db, "TEACHER"), makeUser(db, "TEACHER")]);
    const mine =
      "quotations:\n  - slug: owned-words\n    text: Owned words\n    speaker: Me\n    speakerKind: historian\n    attributionAsGiven: Me\n";
    expect(await uploadLibraryFiles(db, owner.id, [{ name: "mine.yaml", text: mine }])).toMatchObject({ ok: true });
    const before = await libraryState();
    expect(
      await uploadLibraryFiles(db, other.id, [
        { name: "theirs.yaml", text: mine.replace("Owned words", "Taken over") },
      ]),
    ).toMatchObject({
      ok: false,
      problems: [
        expect.objectContaining({ field: "slug", message: expect.stringContaining("another teacher's item") }),
      ],
    });
    expect(
      await uploadLibraryFiles(db, other.id, [
        {
          name: "prompts.yaml",
          text: "prompts:\n  - slug: my-prompt\n    text: Was it inevitable?\n    kind: essay\n    origin: exam-practice\n",
        },
      ]),
    ).toMatchObject({
      ok: false,
      problems: [expect.objectContaining({ field: "origin" })],
    });
    expect(await libraryState()).toBe(before);
  });
});

describe("labels", () => {
  it("labels a teacher's quotation attributed to O. Figes as the teacher's, never as a seed's, wherever it is found", async () => {
    const teacher = await makeUser(db, "TEACHER", "Mallory");
    actAs(teacher);
    const created = await libraryActions.createQuotation({
      text: "Stalin was loved by every peasant.",
      speaker: "O. Figes",
      speakerKind: "historian",
      year: "2022",
    });
    if (!created.ok) throw new Error(created.error);
    const stored = await getQuotation(created.data.slug);
    expect(stored).toMatchObject({ seed: null, createdBy: { name: "Mallory" } });
    const found = await searchLibrary(db, ZLibrarySearchInput.parse({ q: "loved every peasant" }), { withBody: true });
    expect(found.hits.find((hit) => hit.itemId === created.data.id)).toMatchObject({ addedBy: "Mallory" });
    // The shipped Figes quotations carry no such label.
    const shipped = await searchLibrary(
      db,
      ZLibrarySearchInput.parse({ q: "", kinds: "quotation", speaker: "O. Figes" }),
    );
    expect(shipped.hits.filter((hit) => hit.itemId !== created.data.id).every((hit) => hit.addedBy === null)).toBe(
      true,
    );
  });
});
