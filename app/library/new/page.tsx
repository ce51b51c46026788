import type { Metadata } from "next";
import Link from "next/link";
import { ItemForm, type ItemKind } from "@/components/library/item-form";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { listTags } from "@/lib/library/store/items";

export const metadata: Metadata = { title: "Add to the library" };

const TITLES = { quotation: "Add a quotation", evidence: "Add evidence", prompt: "Add a prompt" } as const;

export default async function NewItemPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  await requirePageUser("TEACHER");
  const requested = (await searchParams).kind;
  const kind: ItemKind = requested === "evidence" || requested === "prompt" ? requested : "quotation";
  const tags = await listTags();
  return (
    <>
      <p className="breadcrumb">
        <Link href="/library">Library</Link>
      </p>
      <h1>{TITLES[kind]}</h1>
      {kind === "quotation" && (
        <p className="lede">
          Only add words you can attribute: who said or wrote them, and where or when if you know. Students quote these
          exactly.
        </p>
      )}
      <ItemForm kind={kind} people={tags.people} themes={tags.themes} />
    </>
  );
}
