import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { listQuotationChoices } from "@/lib/library/store/items";
import { SourceQuestionForm } from "./source-question-form";

export const metadata: Metadata = { title: "New extract or source question" };

export default async function NewSourceQuestionPage() {
  await requirePageUser("TEACHER");
  const quotations = await listQuotationChoices();
  return (
    <>
      <p className="breadcrumb">
        <Link href="/library?kind=prompts">Library › Prompts</Link>
      </p>
      <h1>New extract or source question</h1>
      <p>
        Choose two or three extracts from the library, or paste a new one with its attribution. Paste the exact words
        only: they are quoted in students&apos; essays as they stand, so nothing may be added or changed.
      </p>
      <SourceQuestionForm quotations={quotations} />
    </>
  );
}
