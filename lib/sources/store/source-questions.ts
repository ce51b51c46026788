import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db, transaction } from "@/lib/db/client";
import { invalid } from "@/lib/errors";
import { createPrompt, createQuotation, provenanceColumns } from "@/lib/library/store/write";
import type { TCreateSourceQuestion } from "@/lib/sources/schema";

// A teacher's extract or source question: library quotations chosen by id, or pasted extracts
// added to the library as the teacher's own quotations, all in one transaction, written through
// the library's one write module.
export async function createSourceQuestion(teacher: SessionUser, input: TCreateSourceQuestion) {
  const chosen = input.extracts.flatMap((extract) => ("quotationId" in extract ? [extract.quotationId] : []));
  const found = await db.quotation.findMany({ where: { id: { in: chosen }, archivedAt: null }, select: { id: true } });
  if (found.length !== new Set(chosen).size)
    throw invalid("A chosen extract is no longer in the library. Choose it again.", "extracts");
  if (new Set(chosen).size !== chosen.length)
    throw invalid("The same extract is chosen twice. Choose different extracts.", "extracts");

  return transaction(async (tx) => {
    const quotationIds: string[] = [];
    for (const extract of input.extracts) {
      if ("quotationId" in extract) quotationIds.push(extract.quotationId);
      else quotationIds.push((await createQuotation(tx, teacher, { ...extract.pasted, people: [], themes: [] })).id);
    }
    const prompt = await createPrompt(tx, teacher, {
      text: input.text,
      kind: input.kind,
      marks: input.marks ?? 30,
      suggestedMinutes: 60,
      people: [],
      themes: [],
    });
    await tx.promptSource.createMany({
      data: input.extracts.map((extract, position) => ({
        promptId: prompt.id,
        position,
        quotationId: quotationIds[position] as string,
        ...provenanceColumns(extract.provenance),
      })),
    });
    return prompt;
  });
}
