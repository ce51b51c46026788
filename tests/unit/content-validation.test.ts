// A malformed content file is rejected with its file, item and field named, and nothing loads.
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ContentError, loadContent, type ContentProblem } from "@/lib/content/load-content";
import { copyContent, editYaml } from "../helpers/content-fixture";

let dir: string;
beforeEach(async () => {
  dir = await copyContent();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function problems(): Promise<ContentProblem[]> {
  try {
    await loadContent(dir);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error("expected the content to be rejected");
}

type Item = Record<string, unknown>;

describe("loadContent rejects bad content", () => {
  it("names the file, item and field of a quotation with no attribution", async () => {
    await editYaml(dir, "quotations.yaml", (data) => {
      delete (data.quotations?.[0] as Item).attributionAsGiven;
    });
    expect(await problems()).toContainEqual({
      file: "quotations.yaml",
      item: "quotations[1] (figes-control-of-party-apparatus)",
      field: "attributionAsGiven",
      message: "is required",
    });
  });

  it("refuses an event year of 3024", async () => {
    await editYaml(dir, "evidence/power-base-qa-notes.yaml", (data) => {
      (data.evidence?.[2] as Item).yearFrom = 3024;
    });
    expect(await problems()).toContainEqual(
      expect.objectContaining({
        file: "evidence/power-base-qa-notes.yaml",
        item: "evidence[3] (lenin-enrolment-1923-25)",
        field: "yearFrom",
      }),
    );
  });

  it("refuses a month of 13, and a month without a year", async () => {
    await editYaml(dir, "evidence/power-base-qa-notes.yaml", (data) => {
      (data.evidence?.[2] as Item).monthFrom = 13;
      const undated = data.evidence?.find((item) => (item as Item).yearFrom === undefined) as Item;
      undated.monthFrom = 12;
    });
    const found = await problems();
    expect(found).toContainEqual(
      expect.objectContaining({
        item: "evidence[3] (lenin-enrolment-1923-25)",
        field: "monthFrom",
        message: "must be a month number, 1 to 12",
      }),
    );
    expect(found).toContainEqual(expect.objectContaining({ field: "monthFrom", message: "needs yearFrom as well" }));
  });

  it("refuses an extract question with only one extract", async () => {
    await editYaml(dir, "prompts.yaml", (data) => {
      const extracts = data.prompts?.find((prompt) => (prompt as Item).slug === "extracts-why-stalin-rose") as Item;
      (extracts.sources as Item[]).splice(1);
    });
    expect(await problems()).toContainEqual(
      expect.objectContaining({
        item: expect.stringContaining("extracts-why-stalin-rose"),
        field: "sources",
        message: "an extract or source question needs two or three extracts",
      }),
    );
  });

  it("refuses an extract that is not a library quotation", async () => {
    await editYaml(dir, "prompts.yaml", (data) => {
      const sources = data.prompts?.find(
        (prompt) => (prompt as Item).slug === "sources-stalin-and-his-critics",
      ) as Item;
      (sources.sources as Item[])[1]!.quotation = "an-invented-quotation";
    });
    expect(await problems()).toContainEqual(
      expect.objectContaining({
        item: expect.stringContaining("sources-stalin-and-his-critics"),
        field: "sources.1.quotation",
        message: 'names an unknown quotation "an-invented-quotation" (see quotations.yaml)',
      }),
    );
  });

  it("refuses a slug used twice, naming where it was first used", async () => {
    await editYaml(dir, "evidence/stalin-in-power-mind-map.yaml", (data) => {
      (data.evidence?.[0] as Item).slug = "lenin-enrolment-1923-25";
    });
    const found = await problems();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: "evidence/stalin-in-power-mind-map.yaml", field: "slug" });
    expect(found[0]?.message).toContain("evidence/power-base-qa-notes.yaml");
  });

  it("refuses an item that names a seed or tag that does not exist", async () => {
    await editYaml(dir, "prompts.yaml", (data) => {
      (data.prompts?.[0] as Item).seed = "not-a-seed";
      (data.prompts?.[0] as Item).themes = ["not-a-theme"];
    });
    const found = await problems();
    expect(found).toContainEqual(expect.objectContaining({ file: "prompts.yaml", field: "seed" }));
    expect(found).toContainEqual(
      expect.objectContaining({
        file: "prompts.yaml",
        field: "themes",
        message: expect.stringContaining("not-a-theme"),
      }),
    );
  });

  it("refuses a field it does not know, rather than dropping it silently", async () => {
    await editYaml(dir, "quotations.yaml", (data) => {
      (data.quotations?.[1] as Item).auther = "Figes";
    });
    expect(await problems()).toContainEqual(
      expect.objectContaining({
        file: "quotations.yaml",
        item: "quotations[2] (figes-great-oath-leninism)",
        field: "auther",
      }),
    );
  });

  it("refuses a file that is not YAML, naming the file", async () => {
    await writeFile(path.join(dir, "tags.yaml"), "people: [unclosed\n");
    expect(await problems()).toContainEqual(
      expect.objectContaining({ file: "tags.yaml", message: expect.stringContaining("not valid YAML") }),
    );
  });

  it("refuses a missing file", async () => {
    await rm(path.join(dir, "seeds.yaml"));
    expect(await problems()).toContainEqual({ file: "seeds.yaml", message: "file is missing" });
  });

  it("refuses a prompt found in a seed that does not say which", async () => {
    await editYaml(dir, "prompts.yaml", (data) => {
      delete (data.prompts?.[0] as Item).seed;
    });
    expect(await problems()).toContainEqual(
      expect.objectContaining({
        file: "prompts.yaml",
        item: "prompts[1] (stalinism-consequence-of-leninism)",
        field: "seed",
      }),
    );
  });

  it("reports every problem at once, in a message a person can act on", async () => {
    await editYaml(dir, "quotations.yaml", (data) => {
      (data.quotations?.[0] as Item).text = "";
      (data.quotations?.[2] as Item).speakerKind = "novelist";
    });
    let message = "";
    await loadContent(dir).catch((error: Error) => (message = error.message));
    expect(message).toContain("nothing was imported");
    expect(message).toContain(
      "quotations.yaml › quotations[1] (figes-control-of-party-apparatus) › text: must not be empty",
    );
    expect(message).toContain(
      "quotations.yaml › quotations[3] (christian-political-skills) › speakerKind: must be historian, contemporary or document",
    );
  });
});
