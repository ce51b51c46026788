import "server-only";
import { db } from "@/lib/db";
import { quotationAttribution } from "@/lib/editor/attribution";

// The library's quotations, to choose extracts from.
export async function listQuotationChoices() {
  const rows = await db.quotation.findMany({ where: { archivedAt: null }, orderBy: [{ speaker: "asc" }, { year: "asc" }], select: { id: true, text: true, speaker: true, year: true } });
  return rows.map((row) => ({ id: row.id, label: `${quotationAttribution(row)}: “${row.text.length > 90 ? `${row.text.slice(0, 89)}…` : row.text}”` }));
}
