import "server-only";
import { ActionError } from "@/lib/actions/safe-action";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { quotationData, slugFor } from "@/lib/data/library/curate";
import { syncLibraryEntries } from "@/lib/library/sync-library-entries";
import type { TCreateSourceQuestion } from "@/lib/validation/sources";

// A teacher's extract or source question: library quotations chosen by id, or pasted extracts
// added to the library as the teacher's own quotations, all in one transaction.
export async function createSourceQuestion(teacher: SessionUser, input: TCreateSourceQuestion) {
  const chosen = input.extracts.flatMap((extract) => ("quotationId" in extract ? [extract.quotationId] : []));
  const found = await db.quotation.findMany({ where: { id: { in: chosen }, archivedAt: null }, select: { id: true } });
  if (found.length !== new Set(chosen).size) throw new ActionError("A chosen extract is no longer in the library. Choose it again.", "extracts");
  if (new Set(chosen).size !== chosen.length) throw new ActionError("The same extract is chosen twice. Choose different extracts.", "extracts");

  return db.$transaction(async (tx) => {
    const created: string[] = [];
    const quotationIds: string[] = [];
    for (const extract of input.extracts) {
      if ("quotationId" in extract) {
        quotationIds.push(extract.quotationId);
        continue;
      }
      const pasted = extract.pasted;
      const quotation = await tx.quotation.create({
        data: { slug: slugFor(pasted.text), ...quotationData(pasted), createdById: teacher.id },
        select: { id: true },
      });
      created.push(quotation.id);
      quotationIds.push(quotation.id);
    }
    const prompt = await tx.prompt.create({
      data: {
        slug: slugFor(input.text),
        text: input.text,
        kind: input.kind === "extract" ? "EXTRACT" : "SOURCE",
        origin: "TEACHER",
        marks: input.marks ?? 30,
        suggestedMinutes: 60,
        createdById: teacher.id,
        sources: {
          create: input.extracts.map((extract, position) => ({
            position,
            quotationId: quotationIds[position] as string,
            provenanceAuthor: extract.provenance?.author ?? null,
            provenanceDate: extract.provenance?.date ?? null,
            provenanceType: extract.provenance?.type ?? null,
            provenancePurpose: extract.provenance?.purpose ?? null,
            provenanceAudience: extract.provenance?.audience ?? null,
          })),
        },
      },
      select: { id: true, slug: true },
    });
    await syncLibraryEntries(tx, [...created, prompt.id]);
    return prompt;
  });
}
