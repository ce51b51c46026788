// A class's markbook: every essay set to the class, each student's result in it, and whether
// each student's marks are rising or falling. Pure: the store reads, these decide.

export type CellStatus = "not started" | "writing" | "submitted" | "marked";

export type MarkbookCell = {
  status: CellStatus;
  // The latest draft's mark and level, once the teacher has given them.
  mark: number | null;
  level: number | null;
  draft: number;
  released: boolean;
  essayId: string | null;
};

export type MarkbookColumn = { id: string; title: string; dueAt: Date; totalMarks: number; markScheme: string };

export type MarkbookRow = { id: string; name: string; email: string; cells: MarkbookCell[]; trend: Trend };

export type Trend = {
  direction: "rising" | "falling" | "steady" | "too few marks";
  pointsPerEssay: number | null;
  average: number | null;
  marked: number;
};

// A change of under two percentage points an essay is within a marker's noise: steady.
export const STEADY_WITHIN = 2;

// Least-squares slope of the student's percentages, taken in the order the essays were due.
export function trendOf(cells: MarkbookCell[], columns: MarkbookColumn[]): Trend {
  const points = cells.flatMap((cell, index) =>
    cell.mark === null ? [] : [(cell.mark / columns[index]!.totalMarks) * 100],
  );
  const average = points.length ? round1(points.reduce((sum, point) => sum + point, 0) / points.length) : null;
  if (points.length < 2) return { direction: "too few marks", pointsPerEssay: null, average, marked: points.length };
  const meanX = (points.length - 1) / 2;
  const meanY = points.reduce((sum, point) => sum + point, 0) / points.length;
  let numerator = 0;
  let denominator = 0;
  points.forEach((point, x) => {
    numerator += (x - meanX) * (point - meanY);
    denominator += (x - meanX) ** 2;
  });
  const slope = round1(numerator / denominator);
  return {
    direction: Math.abs(slope) < STEADY_WITHIN ? "steady" : slope > 0 ? "rising" : "falling",
    pointsPerEssay: slope,
    average,
    marked: points.length,
  };
}

export function describeTrend(trend: Trend): string {
  if (trend.pointsPerEssay === null) return trend.marked === 1 ? "One mark so far" : "No marks yet";
  const change = `${trend.pointsPerEssay > 0 ? "+" : ""}${trend.pointsPerEssay} points an essay`;
  return `${trend.direction[0]!.toUpperCase()}${trend.direction.slice(1)} (${change})`;
}

export function cellText(cell: MarkbookCell, column: MarkbookColumn): string {
  if (cell.mark === null)
    return cell.status === "marked" ? "Marked" : cell.status[0]!.toUpperCase() + cell.status.slice(1);
  return `${cell.mark}/${column.totalMarks}${cell.level === null ? "" : ` L${cell.level}`}`;
}

// CSV for a spreadsheet: RFC 4180 quoting, and a cell that a spreadsheet would run as a formula
// (=, +, -, @, tab or carriage return first) is made text with a leading apostrophe.
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function markbookCsv(columns: MarkbookColumn[], rows: MarkbookRow[]): string {
  const header = [
    "Student",
    "Email",
    ...columns.flatMap((column) => [
      `${column.title} (due ${column.dueAt.toISOString().slice(0, 10)}) mark /${column.totalMarks}`,
      `${column.title} level`,
      `${column.title} status`,
    ]),
    "Average %",
    "Trend (points an essay)",
  ];
  const lines = rows.map((row) => [
    row.name,
    row.email,
    ...row.cells.flatMap((cell) => [
      cell.mark,
      cell.level,
      cell.status + (cell.mark !== null && !cell.released ? " (not released)" : ""),
    ]),
    row.trend.average,
    row.trend.pointsPerEssay,
  ]);
  return [header, ...lines].map((line) => line.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

function round1(value: number) {
  return Math.round(value * 10) / 10;
}
