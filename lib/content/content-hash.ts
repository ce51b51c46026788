import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";

// A fingerprint of every file in content/, so an unchanged folder need not be imported again.
export async function hashContent(contentDir: string): Promise<string> {
  const hash = createHash("sha256");
  const files = (await readdir(contentDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(contentDir, path.join(entry.parentPath, entry.name)))
    .sort();
  for (const file of files) {
    hash.update(file).update("\0").update(await readFile(path.join(contentDir, file))).update("\0");
  }
  return hash.digest("hex");
}
