// Teachers' uploads, in the same file format as content/: each file is one of prompts,
// quotations or evidence. The whole upload is checked first (file, item and field named for
// every problem) and then applied in one transaction, or not at all.
import { parse as parseYaml } from "yaml";
import { parseContentText, type ContentProblem } from "@/lib/content/load-content";
import {
  ZEvidenceFile,
  ZPromptsFile,
  ZQuotationsFile,
  type TEvidence,
  type TPrompt,
  type TQuotation,
} from "@/lib/content/schema";
import type { DatabaseClient } from "@/lib/db/create-database";
import { syncLibraryEntries } from "./search-index";
import { MAX_FILE_BYTES, MAX_FILES, MAX_UPLOAD_BYTES } from "../upload-limits";
import { applyLibraryItems } from "./write";

export type UploadFile = { name: string; text: string };
export type UploadResult =
  | { ok: true; counts: { prompts: number; quotations: number; evidence: number } }
  | { ok: false; problems: ContentProblem[] };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function uploadLibraryFiles(
  db: DatabaseClient,
  teacherId: string,
  files: UploadFile[],
): Promise<UploadResult> {
  const problems: ContentProblem[] = [];
  if (files.length === 0)
    return { ok: false, problems: [{ file: "upload", message: "Choose at least one .yaml file" }] };
  if (files.length > MAX_FILES)
    return { ok: false, problems: [{ file: "upload", message: `Upload at most ${MAX_FILES} files at a time` }] };
  const total = files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0);
  for (const file of files) {
    const size = Buffer.byteLength(file.text);
    if (!/\.ya?ml$/i.test(file.name)) problems.push({ file: file.name, message: "is not a .yaml file" });
    else if (size > MAX_FILE_BYTES)
      problems.push({
        file: file.name,
        message: `is ${megabytes(size)}; each file may be at most ${megabytes(MAX_FILE_BYTES)}`,
      });
  }
  if (total > MAX_UPLOAD_BYTES)
    problems.push({
      file: "upload",
      message: `is ${megabytes(total)} in all; upload at most ${megabytes(MAX_UPLOAD_BYTES)} at a time`,
    });
  if (problems.length) return { ok: false, problems };

  const items: { prompts: TPrompt[]; quotations: TQuotation[]; evidence: TEvidence[] } = {
    prompts: [],
    quotations: [],
    evidence: [],
  };
  const origins = new Map<string, string>();
  for (const file of files) {
    const kind = topLevelKey(file.text);
    if (kind === "prompts")
      items.prompts.push(...(parseContentText(file.name, file.text, ZPromptsFile, problems)?.prompts ?? []));
    else if (kind === "quotations")
      items.quotations.push(...(parseContentText(file.name, file.text, ZQuotationsFile, problems)?.quotations ?? []));
    else if (kind === "evidence")
      items.evidence.push(...(parseContentText(file.name, file.text, ZEvidenceFile, problems)?.evidence ?? []));
    else if (kind === "unparseable") parseContentText(file.name, file.text, ZPromptsFile, problems);
    else
      problems.push({
        file: file.name,
        message: "should start with prompts:, quotations: or evidence: (the format of content/)",
      });
    for (const group of ["prompts", "quotations", "evidence"] as const) {
      items[group].forEach((item, index) => {
        const key = `${group}:${item.slug}`;
        if (!origins.has(key)) origins.set(key, `${file.name} › ${group}[${index + 1}]`);
      });
    }
  }
  if (problems.length) return { ok: false, problems };

  // Every slug once per kind; every tag named must already exist. What a teacher uploads is theirs:
  // it never claims a seed or a shipped origin, and never changes a shipped item or another
  // teacher's (those are changed in the library, with a curation right, and keep their history).
  const tags = await db.tag.findMany({ select: { id: true, slug: true, kind: true } });
  const tagIds = new Map(tags.map((tag) => [tag.slug, tag.id]));
  const owners = await existingOwners(db, items);
  const people = new Set(tags.filter((tag) => tag.kind === "PERSON").map((tag) => tag.slug));
  const themes = new Set(tags.filter((tag) => tag.kind === "THEME").map((tag) => tag.slug));
  for (const group of ["prompts", "quotations", "evidence"] as const) {
    const seen = new Set<string>();
    for (const item of items[group] as { slug: string; seed?: string; people?: string[]; themes?: string[] }[]) {
      const where = {
        file: origins.get(`${group}:${item.slug}`)?.split(" › ")[0] ?? "upload",
        item: `${group} (${item.slug})`,
      };
      if (seen.has(item.slug)) problems.push({ ...where, field: "slug", message: `is used twice in this upload` });
      seen.add(item.slug);
      if (item.seed)
        problems.push({
          ...where,
          field: "seed",
          message: "names a seed, but what you upload is labelled as yours, never as a seed's: remove the seed line",
        });
      const owner = owners.get(`${group}:${item.slug}`);
      if (owner === null)
        problems.push({
          ...where,
          field: "slug",
          message:
            "is an item of the shipped library, which uploads never change: give yours a new slug, or ask a library curator to edit the shipped item",
        });
      else if (owner !== undefined && owner !== teacherId)
        problems.push({
          ...where,
          field: "slug",
          message: "is another teacher's item, which your upload cannot change: give yours a new slug",
        });
      for (const person of item.people ?? [])
        if (!people.has(person))
          problems.push({ ...where, field: "people", message: `names an unknown person "${person}"` });
      for (const theme of item.themes ?? [])
        if (!themes.has(theme))
          problems.push({ ...where, field: "themes", message: `names an unknown theme "${theme}"` });
    }
  }
  for (const prompt of items.prompts) {
    if (prompt.origin === "seed" || prompt.origin === "exam-practice") {
      problems.push({
        file: origins.get(`prompts:${prompt.slug}`)?.split(" › ")[0] ?? "upload",
        item: `prompts (${prompt.slug})`,
        field: "origin",
        message: `is ${prompt.origin}, but a prompt you upload is yours: use teacher (or composed)`,
      });
    }
  }
  // An extract must be a quotation of the library or of this upload.
  const uploaded = new Set(items.quotations.map((quotation) => quotation.slug));
  const named = items.prompts.flatMap((prompt) =>
    (prompt.sources ?? []).map((source) => ({ prompt: prompt.slug, slug: source.quotation })),
  );
  const existing = new Set(
    (
      await db.quotation.findMany({
        where: { slug: { in: named.map((source) => source.slug) } },
        select: { slug: true },
      })
    ).map((row) => row.slug),
  );
  for (const source of named) {
    if (!uploaded.has(source.slug) && !existing.has(source.slug))
      problems.push({
        file: "upload",
        item: `prompts (${source.prompt})`,
        field: "sources",
        message: `names an unknown quotation "${source.slug}"`,
      });
  }
  if (problems.length) return { ok: false, problems };

  await db.$transaction(
    async (tx) => {
      const ids = await applyLibraryItems(tx, { id: teacherId }, items, { seedIds: new Map(), tagIds });
      await syncLibraryEntries(tx, ids);
    },
    { timeout: 60_000 },
  );
  return {
    ok: true,
    counts: { prompts: items.prompts.length, quotations: items.quotations.length, evidence: items.evidence.length },
  };
}

function topLevelKey(text: string): string | undefined {
  try {
    const data = parseYaml(text) as unknown;
    return data && typeof data === "object" && !Array.isArray(data) ? Object.keys(data)[0] : undefined;
  } catch {
    return "unparseable";
  }
}

// Who owns each item the upload names that already exists: a teacher's id, or null for shipped.
async function existingOwners(
  db: DatabaseClient,
  items: { prompts: TPrompt[]; quotations: TQuotation[]; evidence: TEvidence[] },
) {
  const select = { slug: true, createdById: true } as const;
  const [prompts, quotations, evidence] = await Promise.all([
    db.prompt.findMany({ where: { slug: { in: items.prompts.map((item) => item.slug) } }, select }),
    db.quotation.findMany({ where: { slug: { in: items.quotations.map((item) => item.slug) } }, select }),
    db.evidence.findMany({ where: { slug: { in: items.evidence.map((item) => item.slug) } }, select }),
  ]);
  return new Map([
    ...prompts.map((row) => [`prompts:${row.slug}`, row.createdById] as const),
    ...quotations.map((row) => [`quotations:${row.slug}`, row.createdById] as const),
    ...evidence.map((row) => [`evidence:${row.slug}`, row.createdById] as const),
  ]);
}
