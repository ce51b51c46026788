// next-auth signs sessions with NEXTAUTH_SECRET. Where none is set (a developer's machine), one
// is generated once and kept beside the embedded database, so sessions survive restarts.
import { toolEnv } from "@/lib/env";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export function ensureAuthSecret(folder = ".data") {
  const configured = toolEnv().NEXTAUTH_SECRET;
  if (configured) return configured;
  const file = path.resolve(folder, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}
