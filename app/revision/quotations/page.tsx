import type { Metadata } from "next";
import Link from "next/link";
import { QuotationDrill } from "@/components/revision/quotation-drill";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { db } from "@/lib/db/client";
import { buildDrill } from "@/lib/revision/rules/quotation-drills";

export const metadata: Metadata = { title: "Quotation drill" };

// Ten questions on the library's quotations: who said it, and the missing words.
export default async function QuotationDrillPage() {
  await requirePageUser();
  const quotations = await db.quotation.findMany({ where: { archivedAt: null }, orderBy: { slug: "asc" }, select: { id: true, text: true, speaker: true, speakerKind: true } });
  const drill = buildDrill(quotations);
  return (
    <>
      <p className="breadcrumb">
        <Link href="/revision">Revision</Link>
      </p>
      <h1>Quotation drill</h1>
      <p>Historians&apos; and contemporaries&apos; words from the library, exactly as the sources give them: say who said each, or type the missing words. Spelling slips and punctuation are forgiven.</p>
      {drill.length === 0 ? <p className="muted">The library has too few quotations for a drill yet.</p> : <QuotationDrill drill={drill} />}
    </>
  );
}
