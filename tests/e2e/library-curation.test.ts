// A teacher adds a quotation; a student finds it in the library and cannot edit it.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { controlsWithoutNames } from "../helpers/accessibility";
import { baseUrl, launchBrowser, open } from "../helpers/browser";
import { createClass, joinAsStudent, signUpTeacher, unique } from "../helpers/e2e-accounts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const newPage = async (): Promise<Page> => (await browser.newContext()).newPage();

describe("curating the library", () => {
  it("a teacher adds a quotation with its attribution; a student sees it and cannot edit it", async () => {
    const teacher = await newPage();
    await signUpTeacher(teacher);
    const joinCode = await createClass(teacher, "Curation class");
    const words = `The purges were a revolution from above ${unique()}`;

    await open(teacher, "/library");
    await teacher.getByRole("link", { name: "Add a quotation" }).click();
    await teacher.getByLabel("Exact words").fill(words);
    await teacher.getByLabel("Who said or wrote it").fill("E. Historian");
    await teacher.getByLabel("Kind of source").selectOption("historian");
    await teacher.getByLabel("Work").fill("A History of the Terror");
    await teacher.getByLabel("Year").fill("1990");
    await teacher.getByRole("checkbox", { name: "The purges" }).check();
    expect(await controlsWithoutNames(teacher)).toEqual([]);
    await teacher.getByRole("button", { name: "Add to the library" }).click();
    await teacher.waitForURL(/\/library\/quotations\/the-purges-were/);
    expect(await teacher.getByTestId("quotation-text").textContent()).toBe(`“${words}”`);
    expect(await teacher.locator("main").textContent()).toContain("E. Historian, A History of the Terror, 1990");
    const address = teacher.url();

    const student = await newPage();
    await joinAsStudent(student, joinCode);
    await open(student, `/library?q=${encodeURIComponent(words)}`);
    await student
      .getByTestId("results")
      .getByRole("link", { name: new RegExp(words.slice(0, 30)) })
      .click();
    await student.waitForURL(address);
    expect(await student.getByTestId("quotation-text").textContent()).toBe(`“${words}”`);
    expect(await student.getByRole("link", { name: /Edit this quotation/ }).count()).toBe(0);
    expect(await student.getByRole("link", { name: "Add a quotation" }).count()).toBe(0);

    // Going to the edit page directly does not help: students are sent back to their own pages.
    await student.goto(`${baseUrl()}/library/edit/quotation/${address.split("/").pop()}`);
    await student.waitForURL(/\/assignments$/);
  });

  it("shows what a teacher changed in a quotation's wording", async () => {
    const teacher = await newPage();
    await signUpTeacher(teacher);
    await teacher.goto(`${baseUrl()}/library/new?kind=quotation`);
    await teacher.getByLabel("Exact words").fill(`First wording ${unique()}`);
    await teacher.getByLabel("Who said or wrote it").fill("F. Historian");
    await teacher.getByRole("button", { name: "Add to the library" }).click();
    await teacher.waitForURL(/\/library\/quotations\//);
    await teacher.getByRole("link", { name: "Edit this quotation" }).click();
    await teacher.getByLabel("Exact words").fill("Corrected wording");
    await teacher.getByRole("button", { name: "Save changes" }).click();
    await teacher.getByRole("heading", { name: "Wording history" }).waitFor();
    expect(await teacher.getByTestId("quotation-text").textContent()).toBe("“Corrected wording”");
    expect(await teacher.locator("main").textContent()).toMatch(/“First wording [a-f0-9]+” — F\. Historian/);
  });
});
