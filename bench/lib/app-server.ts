// What the HTTP and browser benchmarks run against: the production build served by scripts/serve.ts,
// on its own embedded PostgreSQL cluster (.data/postgres-bench), with the real content loaded.
import { setEnv } from "@/lib/env";
import { randomBytes } from "node:crypto";
import os from "node:os";
import { encode } from "next-auth/jwt";
import { createDatabaseClient, type DatabaseClient } from "@/lib/db/create-database";
import { insertableContent } from "@/lib/editor/insertable";
import { buildIfStale } from "@/scripts/lib/build";
import { openDatabase } from "@/scripts/lib/database";
import { findFreePort } from "@/scripts/lib/ports";
import { prepareDatabase } from "@/scripts/lib/prepare-database";
import { freshDatabase, startServer } from "@/scripts/lib/server";

export type BenchApp = {
  baseUrl: string;
  db: DatabaseClient;
  sessionCookie: (userId: string, role?: "STUDENT" | "TEACHER") => Promise<string>;
  stop: () => Promise<void>;
};

export async function startBenchApp(): Promise<BenchApp> {
  setEnv("NEXT_TELEMETRY_DISABLED", "1");
  const database = await openDatabase("bench");
  const url = await freshDatabase(database.url, "");
  await prepareDatabase(url, () => {});
  await buildIfStale();
  const port = await findFreePort();
  const secret = randomBytes(32).toString("base64url");
  const server = await startServer(url, port, secret);
  const db = createDatabaseClient(url, 4);
  return {
    baseUrl: `http://localhost:${port}`,
    db,
    // A signed-in session as next-auth would issue it (the sign-in itself has its own tests).
    sessionCookie: async (userId: string, role: "STUDENT" | "TEACHER" = "STUDENT") =>
      `workbench.session=${await encode({ token: { sub: userId, role, sessionVersion: 0 }, secret })}`,
    stop: async () => {
      await db.$disconnect();
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
      await database.stop();
    },
  };
}

export function machine() {
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

export function percentile(sorted: number[], fraction: number) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

// A document the editor could have made: paragraphs of prose around a quotation and a fact.
export function essayDocument(
  words: number,
  library: {
    quotation: { id: string; text: string; attribution: string };
    evidence: { id: string; slug: string; text: string };
  },
) {
  const vocabulary =
    "Stalin used his position as General Secretary to appoint loyal supporters while his rivals underestimated him and split over the pace of industrialisation and the future of the NEP".split(
      " ",
    );
  const paragraphs: unknown[] = [];
  let written = 0;
  let index = 0;
  while (written < words) {
    const length = Math.min(60, words - written);
    const text = Array.from({ length }, () => vocabulary[index++ % vocabulary.length]).join(" ");
    written += length;
    paragraphs.push({ type: "paragraph", content: [{ type: "text", text: `${text}. ` }] });
  }
  paragraphs.splice(1, 0, {
    type: "paragraph",
    content: [
      { type: "text", text: "As Figes argues, " },
      ...insertableContent({
        type: "quotation",
        quotationId: library.quotation.id,
        text: library.quotation.text,
        attribution: library.quotation.attribution,
      }),
      { type: "text", text: " and " },
      ...insertableContent({
        type: "evidence",
        evidenceId: library.evidence.id,
        slug: library.evidence.slug,
        text: library.evidence.text,
      }),
    ],
  });
  return { type: "doc", content: paragraphs };
}
