// Reads and validates content/: every problem is reported with its file, item and field, and
// nothing is returned unless the whole folder is valid.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import {
  ZEvidenceFile,
  ZPromptsFile,
  ZQuotationsFile,
  ZSeedsFile,
  ZTagsFile,
  type TContent,
} from "./schema";

export type ContentProblem = { file: string; item?: string; field?: string; message: string };

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`Content is invalid; nothing was imported.\n${problems.map(formatProblem).join("\n")}`);
  }
}

export { describeIssue };

export function formatProblem(problem: ContentProblem) {
  return `  ${[problem.file, problem.item, problem.field].filter(Boolean).join(" › ")}: ${problem.message}`;
}

export async function loadContent(contentDir: string): Promise<TContent> {
  const problems: ContentProblem[] = [];
  const read = <S extends z.ZodType>(file: string, schema: S) => readContentFile(contentDir, file, schema, problems);

  const seeds = await read("seeds.yaml", ZSeedsFile);
  const tags = await read("tags.yaml", ZTagsFile);
  const prompts = await read("prompts.yaml", ZPromptsFile);
  const quotations = await read("quotations.yaml", ZQuotationsFile);
  const evidenceFiles = (await readdir(path.join(contentDir, "evidence")).catch(() => []))
    .filter((name) => name.endsWith(".yaml"))
    .sort();
  const evidence: { file: string; items: NonNullable<z.infer<typeof ZEvidenceFile>>["evidence"] }[] = [];
  for (const name of evidenceFiles) {
    const file = `evidence/${name}`;
    const parsed = await read(file, ZEvidenceFile);
    if (parsed) evidence.push({ file, items: parsed.evidence });
  }

  if (!seeds || !tags || !prompts || !quotations || problems.length) throw new ContentError(problems);

  const content: TContent = {
    seeds: seeds.seeds,
    people: tags.people,
    themes: tags.themes,
    prompts: prompts.prompts,
    quotations: quotations.quotations,
    evidence: evidence.flatMap((group) => group.items),
  };
  checkReferences(content, evidence, problems);
  if (problems.length) throw new ContentError(problems);
  return content;
}

async function readContentFile<S extends z.ZodType>(contentDir: string, file: string, schema: S, problems: ContentProblem[]): Promise<z.infer<S> | undefined> {
  let raw: string;
  try {
    raw = await readFile(path.join(contentDir, file), "utf8");
  } catch {
    problems.push({ file, message: "file is missing" });
    return undefined;
  }
  return parseContentText(file, raw, schema, problems);
}

// Parses one file's text against its schema, adding any problems (file, item, field) to the list.
export function parseContentText<S extends z.ZodType>(file: string, raw: string, schema: S, problems: ContentProblem[]): z.infer<S> | undefined {
  let data: unknown;
  try {
    data = parseYaml(raw);
  } catch (error) {
    problems.push({ file, message: `is not valid YAML: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` });
    return undefined;
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push(describeIssue(file, data, issue));
  return undefined;
}

// Turns a path like ["quotations", 3, "speaker"] into "quotations[4] (figes-party-apparatus)" and "speaker".
function describeIssue(file: string, data: unknown, issue: z.core.$ZodIssue): ContentProblem {
  const [list, index, ...rest] = issue.path;
  if (typeof list !== "string" || typeof index !== "number") {
    return { file, field: issue.path.join(".") || undefined, message: issue.message };
  }
  const items = (data as Record<string, unknown[]>)[list];
  const slug = (items?.[index] as { slug?: unknown } | undefined)?.slug;
  const item = typeof slug === "string" ? `${list}[${index + 1}] (${slug})` : `${list}[${index + 1}]`;
  const field = rest.length ? rest.join(".") : issue.code === "unrecognized_keys" ? issue.keys.join(", ") : undefined;
  return { file, item, field, message: issue.message };
}

function checkReferences(content: TContent, evidenceGroups: { file: string; items: TContent["evidence"] }[], problems: ContentProblem[]) {
  const seedSlugs = new Set(content.seeds.map((seed) => seed.slug));
  const people = new Set(content.people.map((tag) => tag.slug));
  const themes = new Set(content.themes.map((tag) => tag.slug));
  const groups = [
    { kind: "seeds", file: "seeds.yaml", items: content.seeds },
    { kind: "tags", file: "tags.yaml", items: [...content.people, ...content.themes] },
    { kind: "prompts", file: "prompts.yaml", items: content.prompts },
    { kind: "quotations", file: "quotations.yaml", items: content.quotations },
    ...evidenceGroups.map((group) => ({ kind: "evidence", file: group.file, items: group.items })),
  ];

  const firstSeen = new Map<string, string>();
  for (const group of groups) {
    group.items.forEach((item, index) => {
      const key = `${group.kind}:${item.slug}`;
      const label = `${group.kind}[${index + 1}] (${item.slug})`;
      const earlier = firstSeen.get(key);
      if (earlier) problems.push({ file: group.file, item: label, field: "slug", message: `duplicates ${earlier}` });
      else firstSeen.set(key, `${group.file} › ${label}`);

      if (group.kind === "prompts" && "origin" in item && item.origin === "teacher") {
        problems.push({ file: group.file, item: label, field: "origin", message: "is teacher, but content/ ships no teacher's items: use seed, exam-practice or composed" });
      }
      if ((group.kind === "quotations" || group.kind === "evidence") && !("seed" in item && item.seed)) {
        problems.push({ file: group.file, item: label, field: "seed", message: "is required: everything shipped in content/ names the seed it came from" });
      }
      if ("seed" in item && item.seed !== undefined && !seedSlugs.has(item.seed)) {
        problems.push({ file: group.file, item: label, field: "seed", message: `names an unknown seed "${item.seed}" (see seeds.yaml)` });
      }
      for (const [field, known] of [["people", people], ["themes", themes]] as const) {
        const tags = (item as { people?: string[]; themes?: string[] })[field] ?? [];
        for (const tag of tags) {
          if (!known.has(tag)) problems.push({ file: group.file, item: label, field, message: `names an unknown tag "${tag}" (see tags.yaml)` });
        }
      }
    });
  }

  // An extract is a library quotation, so it keeps its exact wording and attribution.
  const quotationSlugs = new Set(content.quotations.map((quotation) => quotation.slug));
  content.prompts.forEach((prompt, index) => {
    prompt.sources?.forEach((source, position) => {
      if (!quotationSlugs.has(source.quotation)) {
        problems.push({ file: "prompts.yaml", item: `prompts[${index + 1}] (${prompt.slug})`, field: `sources.${position}.quotation`, message: `names an unknown quotation "${source.quotation}" (see quotations.yaml)` });
      }
    });
  });
}
