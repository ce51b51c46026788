// A saved essay may hold only what the editor makes: attributes included. (A probe stored a
// heading of level 99, and HTML in a heading's level.)
import { describe, expect, it } from "vitest";
import { checkEssayDocument } from "@/lib/editor/document";
import { documentSizeWarning, MAX_DOCUMENT_BYTES, MAX_DOCUMENT_CHARACTERS } from "@/lib/editor/limits";

const doc = (...content: unknown[]) => ({ type: "doc", content });
const heading = (level: unknown) => ({
  type: "heading",
  attrs: { level },
  content: [{ type: "text", text: "Stalin's rise" }],
});
const link = (attrs: Record<string, unknown>) => ({
  type: "paragraph",
  content: [
    { type: "text", text: "a source", marks: [{ type: "link", attrs: { href: "https://example.org", ...attrs } }] },
  ],
});

describe("essay documents", () => {
  it("keeps the headings and lists the editor makes", () => {
    expect(checkEssayDocument(doc(heading(2), heading(3))).ok).toBe(true);
    expect(
      checkEssayDocument(
        doc({
          type: "orderedList",
          attrs: { start: 3 },
          content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "First" }] }] }],
        }),
      ).ok,
    ).toBe(true);
    expect(checkEssayDocument(doc(link({ target: "_blank", rel: "noopener noreferrer nofollow" }))).ok).toBe(true);
  });

  it("refuses attributes the editor never makes, saying what is wrong", () => {
    for (const level of [99, 1, "<img src=x onerror=alert(1)>", null]) {
      expect(checkEssayDocument(doc(heading(level)))).toEqual({
        ok: false,
        error: expect.stringContaining("level the editor does not make"),
      });
    }
    expect(
      checkEssayDocument(
        doc({
          type: "orderedList",
          attrs: { start: "<b>1</b>" },
          content: [{ type: "listItem", content: [{ type: "paragraph" }] }],
        }),
      ),
    ).toMatchObject({ ok: false, error: expect.stringContaining("numbered list") });
    expect(checkEssayDocument(doc(link({ class: "evil" })))).toMatchObject({
      ok: false,
      error: expect.stringContaining("link"),
    });
    expect(checkEssayDocument(doc(link({ title: '"><script>' })))).toMatchObject({
      ok: false,
      error: expect.stringContaining("link"),
    });
  });

  it("warns early, from 90% of the size an essay may be, and says when it can no longer be saved", () => {
    expect(documentSizeWarning(80_000, 35_000)).toBeNull();
    expect(documentSizeWarning(MAX_DOCUMENT_BYTES * 0.95, 0)).toMatch(/used 95% of the 1 MB/);
    expect(documentSizeWarning(0, MAX_DOCUMENT_CHARACTERS * 0.92)).toMatch(/used 92%/);
    expect(documentSizeWarning(MAX_DOCUMENT_BYTES + 1, 0)).toMatch(/over the 1 MB .* cannot be saved/);
  });
});
