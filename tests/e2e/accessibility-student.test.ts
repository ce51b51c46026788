// axe-core on every page a student can open (tests/helpers/e2e-tour.ts), in the light theme and the
// dark one: no serious or critical problem (contrast, names, ARIA) on any of them. And the theme
// button, which chooses between the two.
import { describe, expect, it } from "vitest";
import { everyPageChecked } from "../helpers/accessibility";
import { open } from "../helpers/browser";
import { makeUser } from "../factories/accounts";
import { e2eDatabase } from "../helpers/e2e-database";
import { sharedBrowser } from "../helpers/e2e-session";
import { STUDENT_PAGES } from "../helpers/e2e-tour";

const session = sharedBrowser();
everyPageChecked(session, "student", STUDENT_PAGES);

describe("the theme button", () => {
  it("switches the page to dark and back, and later pages keep the choice", async () => {
    const student = await makeUser(e2eDatabase(), "STUDENT");
    const page = await session.signedIn(student.email);
    await open(page, "/assignments");
    const rootBackground = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const light = await rootBackground();
    await page.getByRole("button", { name: "Theme: as your device" }).click();
    await page.getByRole("button", { name: "Theme: light" }).click();
    await expect.poll(() => page.getByRole("button", { name: "Theme: dark" }).count()).toBe(1);
    const dark = await rootBackground();
    expect(dark).not.toBe(light);
    await open(page, "/revision");
    expect(await page.locator("html").getAttribute("data-theme")).toBe("dark");
    expect(await rootBackground()).toBe(dark);
  });
});
