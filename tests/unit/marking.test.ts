// The rules marking keeps without a database: a mark inside its level's band, and a comment
// anchored to exactly the chosen words of the essay, whatever else is highlighted there.
import { describe, expect, it } from "vitest";
import { anchorComment, anchoredCommentIds, removeCommentAnchor } from "@/lib/marking/rules/anchors";
import { markProblem } from "@/lib/marking/rules/bands";
import { DEFAULT_MARK_SCHEMES } from "@/lib/marking/store/default-mark-schemes";

const levels = DEFAULT_MARK_SCHEMES[0]!.levels.map((level) => ({ ...level }));
const essay = {
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Figes argues " },
        {
          type: "quotation",
          attrs: { quotationId: "q1", text: "control of the apparatus", attribution: "O. Figes (2022)" },
        },
        { type: "text", text: " and he is right." },
      ],
    },
  ],
};

describe("levels of response", () => {
  it("accepts a draft with a level and no mark, and a mark inside the band", () => {
    expect(markProblem(levels, 4, null)).toBeNull();
    expect(markProblem(levels, 4, 16)).toBeNull();
    expect(markProblem(levels, null, null)).toBeNull();
  });

  it("explains what to fix when the mark and level disagree", () => {
    expect(markProblem(levels, 3, 19)).toBe(
      "Level 3 is 11–15 marks, so 19 is outside its band. Give a mark in the band, or choose the level that 19 belongs to.",
    );
    expect(markProblem(levels, null, 12)).toBe("Choose a level before giving a mark.");
    expect(markProblem(levels, 7, 12)).toBe("This mark scheme has no Level 7. Choose one of its levels.");
  });
});

describe("comment anchors", () => {
  it("quotes a historian's words inside the selection as the essay shows them", () => {
    const anchored = anchorComment(essay, { from: 1, to: 22 }, "c1");
    expect("error" in anchored).toBe(false);
    if ("error" in anchored) return;
    expect(anchored.quotedText).toBe("Figes argues “control of the apparatus” and he");
    expect(anchoredCommentIds(anchored.document)).toEqual(["c1"]);
  });

  it("keeps an earlier comment when a later one overlaps it, and removes only the one deleted", () => {
    const first = anchorComment(essay, { from: 1, to: 7 }, "c1");
    if ("error" in first) throw new Error(first.error);
    const second = anchorComment(first.document, { from: 4, to: 20 }, "c2");
    if ("error" in second) throw new Error(second.error);
    expect(anchoredCommentIds(second.document)).toEqual(["c1", "c2"]);
    expect(anchoredCommentIds(removeCommentAnchor(second.document, "c1"))).toEqual(["c2"]);
  });
});
