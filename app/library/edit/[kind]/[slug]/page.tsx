import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArchiveButton } from "@/components/library/archive-button";
import { ItemForm, type ItemKind } from "@/components/library/item-form";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { mayChangeItem } from "@/lib/access/library";
import { getEditableItem } from "@/lib/library/store/items";
import { ZSlugParam } from "@/lib/library/schema";
import { listTags } from "@/lib/library/store/items";

export const metadata: Metadata = { title: "Edit library item" };

const PATHS = { quotation: "quotations", evidence: "evidence", prompt: "prompts" } as const;

export default async function EditItemPage({ params }: { params: Promise<{ kind: string; slug: string }> }) {
  const teacher = await requirePageUser("TEACHER");
  const { kind: rawKind, slug: rawSlug } = await params;
  const slug = ZSlugParam.safeParse(rawSlug);
  if (!slug.success || !["quotation", "evidence", "prompt"].includes(rawKind)) notFound();
  const kind = rawKind as ItemKind;
  const [item, tags] = await Promise.all([getEditableItem(kind, slug.data), listTags()]);
  if (!item) notFound();
  if (!mayChangeItem(teacher, item)) {
    return (
      <>
        <p className="breadcrumb">
          <Link href={`/library/${PATHS[kind]}/${slug.data}`}>Back to the item</Link>
        </p>
        <h1>Edit {kind}</h1>
        <p className="notice" role="status">
          {item.createdById === null
            ? "This item is part of the shipped library: only a library curator can change it, so that its words stay exactly as their sources give them. Ask your administrator, or add your own item."
            : "This item is another teacher’s: only they, or a library curator, can change it."}
        </p>
      </>
    );
  }
  return (
    <>
      <p className="breadcrumb">
        <Link href={`/library/${PATHS[kind]}/${slug.data}`}>Back to the item</Link>
      </p>
      <h1>Edit {kind}</h1>
      {kind === "quotation" && (
        <p className="notice">
          Changing the words or attribution keeps the previous version in the quotation’s history, because essays quote
          it.
        </p>
      )}
      <ItemForm kind={kind} id={item.id} values={item.values} people={tags.people} themes={tags.themes} />
      <h2>Archive</h2>
      <p>Archived items leave search and suggestions, but stay in essays that used them.</p>
      <ArchiveButton kind={kind} id={item.id} archived={item.archived} />
    </>
  );
}
