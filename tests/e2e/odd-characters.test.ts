// A NUL or half an emoji pasted into an essay used to make every later save fail, and the student
// saw only "Not saved". Pasted text is now cleaned as it comes in (and again by the server).
import { describe, expect, it } from "vitest";
import { e2eDatabase } from "../helpers/e2e-database";
import { editor, openNewEssay, saveStatus, waitUntilSaved } from "../helpers/e2e-essay";
import { sharedBrowser } from "../helpers/e2e-session";

const session = sharedBrowser();

describe("odd characters in an essay", () => {
  it("saves an essay with a pasted NUL and a lone surrogate, and stores the words typed after them", async () => {
    const { page, context, assignmentId } = await openNewEssay(session.browser());
    session.adopt(context);
    await editor(page).click();
    await page.keyboard.type("Stalin's rise: ");
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData("text/plain", "pasted\u0000 from a PDF \ud83d here");
      document
        .querySelector(".ProseMirror")!
        .dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await page.keyboard.type(" and the words typed later.");
    await waitUntilSaved(page);
    const stored = () =>
      e2eDatabase().essay.findFirstOrThrow({ where: { assignmentId }, select: { plainText: true, version: true } });
    expect((await stored()).plainText).toBe("Stalin's rise: pasted from a PDF \ufffd here and the words typed later.");

    await page.keyboard.type(" More.");
    await waitUntilSaved(page, (await stored()).version + 1);
    expect((await stored()).plainText).toMatch(/typed later\. More\.$/);
    expect(await saveStatus(page).textContent()).toMatch(/^Saved/);
  });
});
