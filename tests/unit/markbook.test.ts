import { describe, expect, it } from "vitest";
import {
  csvCell,
  describeTrend,
  markbookCsv,
  trendOf,
  type MarkbookCell,
  type MarkbookColumn,
} from "@/lib/markbook/rules";

const column = (id: string, totalMarks = 25): MarkbookColumn => ({
  id,
  title: `Essay ${id}`,
  dueAt: new Date(`2026-0${id}-01T09:00:00Z`),
  totalMarks,
  markScheme: "25-mark essay",
});
const marked = (mark: number, level = 3): MarkbookCell => ({
  status: "marked",
  mark,
  level,
  draft: 1,
  released: true,
  essayId: `e${mark}`,
});
const missing: MarkbookCell = {
  status: "not started",
  mark: null,
  level: null,
  draft: 0,
  released: false,
  essayId: null,
};

describe("markbook trend", () => {
  it("fits a line through the percentages in the order the essays were due, skipping essays without a mark", () => {
    const columns = [column("1"), column("2"), column("3"), column("4")];
    // 40 %, (none), 60 %, 80 %: +20 points an essay over the three marked.
    const trend = trendOf([marked(10), missing, marked(15), marked(20)], columns);
    expect(trend).toEqual({ direction: "rising", pointsPerEssay: 20, average: 60, marked: 3 });
    expect(describeTrend(trend)).toBe("Rising (+20 points an essay)");
  });

  it("compares percentages, so marks out of different totals are fair", () => {
    expect(trendOf([marked(20), marked(8)], [column("1", 25), column("2", 10)])).toMatchObject({
      direction: "steady",
      pointsPerEssay: 0,
      average: 80,
    });
  });

  it("calls a change under two points an essay steady, a fall falling, and one mark too few", () => {
    expect(
      trendOf([marked(20), marked(20), marked(19)], [column("1", 100), column("2", 100), column("3", 100)]).direction,
    ).toBe("steady");
    expect(describeTrend(trendOf([marked(20), marked(10)], [column("1"), column("2")]))).toBe(
      "Falling (-40 points an essay)",
    );
    expect(describeTrend(trendOf([marked(20), missing], [column("1"), column("2")]))).toBe("One mark so far");
    expect(describeTrend(trendOf([missing], [column("1")]))).toBe("No marks yet");
  });
});

describe("markbook CSV", () => {
  it("quotes commas and quotation marks, and turns would-be formulas into text", () => {
    expect(csvCell('Was Stalinism, "really", Leninism?')).toBe('"Was Stalinism, ""really"", Leninism?"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
  });

  it("has a row per student with mark, level and status per essay, then average and trend", () => {
    const columns = [column("1"), column("2")];
    const csv = markbookCsv(columns, [
      {
        id: "s",
        name: "Sam Student",
        email: "sam@example.com",
        cells: [marked(10, 2), { ...marked(15, 3), released: false }],
        trend: trendOf([marked(10), marked(15)], columns),
      },
    ]);
    const [header, row] = csv.trimEnd().split("\r\n");
    expect(header).toBe(
      "Student,Email,Essay 1 (due 2026-01-01) mark /25,Essay 1 level,Essay 1 status,Essay 2 (due 2026-02-01) mark /25,Essay 2 level,Essay 2 status,Average %,Trend (points an essay)",
    );
    expect(row).toBe("Sam Student,sam@example.com,10,2,marked,15,3,marked (not released),50,20");
  });
});
