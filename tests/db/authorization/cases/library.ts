// The library: who is refused each action, and what the rightful call changes.
import { expect } from "vitest";
import * as libraryActions from "@/lib/library/actions";
import { CURATORS_ONLY, db, quotationRevised, REVISION, type Case } from "../world";

export const CASES_LIBRARY: Record<string, Case> = {
  "library.createQuotation": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403 },
    rightful: "teacher",
    call: () =>
      libraryActions.createQuotation({
        text: "New words",
        speaker: "B. Historian",
        speakerKind: "historian",
        year: "1999",
      }),
    effect: async ({ teacher }) =>
      expect(await db.quotation.findFirstOrThrow({ where: { text: "New words" } })).toMatchObject({
        createdById: teacher.id,
        attributionAsGiven: "B. Historian, 1999",
      }),
  },
  // The world's quotation, evidence card and prompt are shipped items (no creator): curators only.
  "library.updateQuotation": {
    refused: CURATORS_ONLY,
    rightful: "curator",
    call: ({ quotation }) =>
      libraryActions.updateQuotation({
        id: quotation.id,
        text: "Changed words",
        speaker: "A. Historian",
        speakerKind: "historian",
      }),
    effect: async ({ quotation, curator }) => {
      expect((await db.quotation.findUniqueOrThrow({ where: { id: quotation.id } })).text).toBe("Changed words");
      expect(await db.quotationRevision.findFirstOrThrow({ where: { quotationId: quotation.id } })).toMatchObject({
        previousText: "Words",
        editedById: curator.id,
      });
      expect(await db.libraryRevision.findFirstOrThrow({ where: { itemId: quotation.id } })).toMatchObject({
        change: "EDITED",
        editedById: curator.id,
        before: { text: "Words" },
        after: { text: "Changed words" },
      });
    },
  },
  "library.createEvidence": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403 },
    rightful: "teacher",
    call: () =>
      libraryActions.createEvidence({
        title: "New card",
        text: "New fact",
        kind: "fact",
        yearFrom: "1934",
        themes: ["purges"],
      }),
    effect: async () => expect(await db.libraryEntry.count({ where: { title: "New card", kind: "EVIDENCE" } })).toBe(1),
  },
  "library.updateEvidence": {
    refused: CURATORS_ONLY,
    rightful: "curator",
    call: ({ evidence }) =>
      libraryActions.updateEvidence({
        id: evidence.id,
        title: "Renamed card",
        text: "A fact",
        kind: "fact",
        themes: ["purges"],
      }),
    effect: async ({ evidence }) =>
      expect((await db.libraryEntry.findUniqueOrThrow({ where: { itemId: evidence.id } })).title).toBe("Renamed card"),
  },
  "library.createPrompt": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403 },
    rightful: "teacher",
    call: () => libraryActions.createPrompt({ text: "How far was the NEP a success?", kind: "essay", marks: "25" }),
    effect: async () =>
      expect(await db.prompt.findFirstOrThrow({ where: { text: "How far was the NEP a success?" } })).toMatchObject({
        origin: "TEACHER",
        marks: 25,
      }),
  },
  "library.updatePrompt": {
    refused: CURATORS_ONLY,
    rightful: "curator",
    call: ({ prompt }) => libraryActions.updatePrompt({ id: prompt.id, text: "Reworded?", kind: "essay" }),
    effect: async ({ prompt }) =>
      expect((await db.prompt.findUniqueOrThrow({ where: { id: prompt.id } })).text).toBe("Reworded?"),
  },
  "library.setItemArchived": {
    refused: CURATORS_ONLY,
    rightful: "curator",
    call: ({ evidence }) => libraryActions.setItemArchived({ kind: "evidence", id: evidence.id, archived: true }),
    effect: async ({ evidence }) =>
      expect((await db.libraryEntry.findUniqueOrThrow({ where: { itemId: evidence.id } })).archived).toBe(true),
  },
  "library.addSuggestion": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403 },
    rightful: "teacher",
    call: ({ prompt, evidence }) =>
      libraryActions.addSuggestion({ promptId: prompt.id, itemKind: "evidence", itemId: evidence.id }),
    effect: async ({ prompt, evidence, teacher }) =>
      expect(
        await db.promptSuggestion.count({
          where: { promptId: prompt.id, evidenceId: evidence.id, teacherId: teacher.id },
        }),
      ).toBe(1),
  },
  "library.removeSuggestion": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    call: ({ suggestion }) => libraryActions.removeSuggestion({ suggestionId: suggestion.id }),
    effect: async ({ suggestion }) => expect(await db.promptSuggestion.count({ where: { id: suggestion.id } })).toBe(0),
  },
  "library.revertLibraryItem": {
    refused: CURATORS_ONLY,
    rightful: "curator",
    arrange: async (world) => {
      await quotationRevised(world);
      await db.quotation.update({ where: { id: world.quotation.id }, data: { text: "Vandalised words" } });
    },
    call: () => libraryActions.revertLibraryItem({ revisionId: REVISION }),
    effect: async ({ quotation, curator }) => {
      expect((await db.quotation.findUniqueOrThrow({ where: { id: quotation.id } })).text).toBe("Original words");
      expect(
        await db.libraryRevision.findFirstOrThrow({ where: { itemId: quotation.id, change: "REVERTED" } }),
      ).toMatchObject({ editedById: curator.id, before: { text: "Vandalised words" } });
    },
  },
  "library.importLibraryFiles": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403 },
    rightful: "teacher",
    call: () =>
      libraryActions.importLibraryFiles({
        files: [
          {
            name: "mine.yaml",
            text: "quotations:\n  - slug: uploaded-words\n    text: Uploaded words\n    speaker: C. Historian\n    speakerKind: historian\n    attributionAsGiven: C. Historian, 2001\n",
          },
        ],
      }),
    effect: async ({ teacher }) =>
      expect(await db.quotation.findUniqueOrThrow({ where: { slug: "uploaded-words" } })).toMatchObject({
        createdById: teacher.id,
      }),
  },
};
