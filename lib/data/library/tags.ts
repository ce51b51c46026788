import "server-only";
import { db } from "@/lib/db";

export async function listTags() {
  const tags = await db.tag.findMany({ select: { slug: true, label: true, kind: true }, orderBy: { label: "asc" } });
  return { people: tags.filter((tag) => tag.kind === "PERSON"), themes: tags.filter((tag) => tag.kind === "THEME") };
}
