// The argument planner's pure parts, shared by the writing page (in the browser) and the pages
// that show a saved plan.
import type { JSONContent } from "@tiptap/core";
import { quotationLabel } from "@/lib/editor/quotation-label";
import { insertableContent, type Insertable } from "@/lib/editor/insertable";
import type { TEssayPlan, TPlanClaim } from "./schema";

export function planItemLabel(item: Insertable): string {
  if (item.type === "quotation") return quotationLabel(item);
  return item.text.length > 140 ? `${item.text.slice(0, 139)}…` : item.text;
}

export function samePlanItem(a: Insertable, b: Insertable): boolean {
  return a.type === "quotation"
    ? b.type === "quotation" &&
        a.quotationId === b.quotationId &&
        a.sourceId === b.sourceId &&
        a.passageStart === b.passageStart
    : b.type === "evidence" && a.evidenceId === b.evidenceId;
}

export function hasPlan(plan: TEssayPlan): boolean {
  return (
    Boolean(plan.argument.trim()) ||
    plan.claims.some((claim) => claim.text.trim() || claim.items.length || claim.counter.trim())
  );
}

// "Start paragraphs from plan": the judgement as an opening paragraph, then a paragraph per claim
// (its words, then its evidence and quotations, each as the sidebar would insert it), and the
// counter-argument after it, labelled, to be answered; the judgement again, labelled, to
// conclude. Empty claims are skipped; the student rewrites the labels and explains between.
export function planSkeleton(plan: TEssayPlan): JSONContent[] {
  const paragraph = (content: JSONContent[]): JSONContent => ({ type: "paragraph", content });
  const text = (words: string): JSONContent => ({ type: "text", text: words });
  const blocks: JSONContent[] = [];
  if (plan.argument.trim()) blocks.push(paragraph([text(plan.argument.trim())]));
  for (const claim of plan.claims.filter(usedClaim)) {
    const content: JSONContent[] = [];
    if (claim.text.trim()) content.push(text(`${claim.text.trim()} `));
    for (const item of claim.items) content.push(...insertableContent(item), text(" "));
    blocks.push(paragraph(content));
    if (claim.counter.trim()) blocks.push(paragraph([text(`Counter-argument: ${claim.counter.trim()}`)]));
  }
  if (plan.argument.trim() && blocks.length > 1) blocks.push(paragraph([text(`Judgement: ${plan.argument.trim()}`)]));
  return blocks;
}

function usedClaim(claim: TPlanClaim) {
  return Boolean(claim.text.trim() || claim.items.length || claim.counter.trim());
}
