import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { listTags } from "@/lib/library/store/items";
import { UploadForm } from "./upload-form";

export const metadata: Metadata = { title: "Import and export" };

export default async function TransferPage() {
  await requirePageUser("TEACHER");
  const tags = await listTags();
  return (
    <>
      <p className="breadcrumb">
        <Link href="/library">Library</Link>
      </p>
      <h1>Import and export</h1>
      <p className="lede">
        Files use the same YAML format as the workbench’s own content: download one, edit or add items, and upload it
        again.
      </p>
      <h2>Download</h2>
      <form method="get" action="/api/library/export" aria-label="Download library items">
        <div className="field">
          <label htmlFor="export-kind">What</label>
          <select id="export-kind" name="kind" defaultValue="quotations">
            <option value="quotations">Quotations</option>
            <option value="evidence">Evidence</option>
            <option value="prompts">Prompts</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="export-theme">Only this theme</label>
          <select id="export-theme" name="theme" defaultValue="">
            <option value="">Every theme</option>
            {tags.themes.map((tag) => (
              <option key={tag.slug} value={tag.slug}>
                {tag.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="export-person">Only this person</label>
          <select id="export-person" name="person" defaultValue="">
            <option value="">Anyone</option>
            {tags.people.map((tag) => (
              <option key={tag.slug} value={tag.slug}>
                {tag.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Download .yaml</button>
      </form>
      <h2>Upload</h2>
      <p>
        Each file holds one of <code>prompts:</code>, <code>quotations:</code> or <code>evidence:</code>. Items are
        matched by <code>slug</code>: a new slug adds an item, an existing one updates it (changes to a quotation’s
        words are kept in its history). Up to 10 files, 1 MB each.
      </p>
      <UploadForm />
    </>
  );
}
