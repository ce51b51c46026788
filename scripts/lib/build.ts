// Builds the production app when there is no build, or when any source file is newer than it.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "generated", "next.config.ts", "package-lock.json", "tsconfig.json"];

// True when it built.
export async function buildIfStale(): Promise<boolean> {
  const buildId = path.resolve(".next/BUILD_ID");
  if (existsSync(buildId) && newestModification(SOURCES) <= statSync(buildId).mtimeMs) return false;
  console.log("Building the app (next build)…");
  const result = spawnSync(path.resolve("node_modules/.bin/next"), ["build"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("next build failed (its output is above).");
  return true;
}

function newestModification(paths: string[]): number {
  let newest = 0;
  for (const entry of paths) {
    if (!existsSync(entry)) continue;
    const info = statSync(entry);
    if (info.isDirectory()) {
      for (const child of readdirSync(entry)) newest = Math.max(newest, newestModification([path.join(entry, child)]));
    } else {
      newest = Math.max(newest, info.mtimeMs);
    }
  }
  return newest;
}
