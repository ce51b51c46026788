// Who argues what: the quotations on a prompt's themes, by interpretation, from the real content.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getViewsMap } from "@/lib/library/store/views-map";
import { resetToShippedContent, testDatabaseClient } from "../helpers/test-database";

const db = testDatabaseClient();
beforeAll(async () => {
  await resetToShippedContent();
});
afterAll(() => db.$disconnect());

describe("historians' views map", () => {
  it("groups the seed quotations on a prompt's themes by interpretation, with who said them", async () => {
    const prompt = await db.prompt.findUniqueOrThrow({ where: { slug: "stalin-power-base-1922-1926" } });
    const groups = await getViewsMap(prompt.id);
    expect(
      groups.map((group) => [group.interpretation, group.quotations.map((quotation) => quotation.speaker)]),
    ).toEqual([
      ["Personality and manoeuvring", ["Bukharin", "David Christian"]],
      ["Power base", ["O. Figes"]],
      ["Use of Leninism", ["O. Figes"]],
    ]);
  });

  it("leaves out archived quotations, and has no map for a prompt without themes", async () => {
    const prompt = await db.prompt.findUniqueOrThrow({ where: { slug: "stalin-power-base-1922-1926" } });
    await db.quotation.update({ where: { slug: "christian-political-skills" }, data: { archivedAt: new Date() } });
    try {
      expect(
        (await getViewsMap(prompt.id))
          .find((group) => group.interpretation === "Personality and manoeuvring")!
          .quotations.map((quotation) => quotation.speaker),
      ).toEqual(["Bukharin"]);
    } finally {
      await db.quotation.update({ where: { slug: "christian-political-skills" }, data: { archivedAt: null } });
    }
    const bare = await db.prompt.create({
      data: { slug: "no-themes", text: "A question with no themes?", kind: "ESSAY", origin: "COMPOSED" },
    });
    expect(await getViewsMap(bare.id)).toEqual([]);
  });
});
