import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse, stringify } from "yaml";

// A private copy of content/ that a test may break without touching the real one.
export async function copyContent(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "workbench-content-"));
  await cp(path.resolve("content"), dir, { recursive: true });
  return dir;
}

export async function editYaml(dir: string, file: string, edit: (data: Record<string, unknown[]>) => void) {
  const target = path.join(dir, file);
  const data = parse(await readFile(target, "utf8")) as Record<string, unknown[]>;
  edit(data);
  await writeFile(target, stringify(data));
}
