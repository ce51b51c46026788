// The server's check of a writing-log batch sent with a save (zod stays on the server; the
// recorder in writing-log.ts is what the browser loads).
import { z } from "zod";
import {
  LOG_ORIGINS,
  MAX_LOG_BATCH_BYTES,
  MAX_LOG_STEPS,
  sum,
  summarise,
  type BatchSummary,
  type LogBatch,
} from "./writing-log";

const ZLogStep = z.strictObject({
  t: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60 * 60_000),
  o: z.enum(LOG_ORIGINS),
  s: z
    .record(z.string(), z.unknown())
    .refine((step) => typeof step.stepType === "string", "Each step needs its stepType"),
  d: z
    .array(
      z
        .number()
        .int()
        .min(0)
        .max(24 * 60 * 60_000),
    )
    .max(100_000)
    .optional(),
});

const ZLogBatch = z.strictObject({
  essayId: z.string().max(64),
  startedAt: z.number().int().min(0),
  base: z.record(z.string(), z.unknown()).optional(),
  steps: z
    .array(ZLogStep)
    .max(MAX_LOG_STEPS, `A writing log batch has at most ${MAX_LOG_STEPS.toLocaleString("en-GB")} steps`),
});

export type LogCheck =
  { ok: true; batch: LogBatch; json: string; endedAt: number; summary: BatchSummary } | { ok: false; error: string };

// Checks a batch sent with a save. Any problem refuses the batch alone (the save goes ahead): the
// message says what was wrong.
export function checkLogBatch(value: unknown, essayId: string, now = Date.now()): LogCheck {
  const parsed = ZLogBatch.safeParse(value);
  if (!parsed.success)
    return {
      ok: false,
      error: `The writing log sent with this save was malformed (${parsed.error.issues[0]?.message ?? "unreadable"}), so it was not kept.`,
    };
  const batch = parsed.data as LogBatch;
  if (batch.essayId !== essayId)
    return { ok: false, error: "The writing log sent with this save is for another essay, so it was not kept." };
  // Stored as one value: the steps, and the document they start from when it is sent.
  const json = JSON.stringify(
    batch.base === undefined ? { steps: batch.steps } : { base: batch.base, steps: batch.steps },
  );
  if (json.length > MAX_LOG_BATCH_BYTES)
    return {
      ok: false,
      error: `The writing log sent with this save is over ${MAX_LOG_BATCH_BYTES / 1024 / 1024} MB, so it was not kept.`,
    };
  for (let index = 1; index < batch.steps.length; index++) {
    if (batch.steps[index]!.t < batch.steps[index - 1]!.t)
      return {
        ok: false,
        error: "The writing log sent with this save has its steps out of order, so it was not kept.",
      };
  }
  const endedAt = batch.startedAt + (batch.steps.at(-1)?.t ?? 0) + sum(batch.steps.at(-1)?.d ?? []);
  if (batch.startedAt > now + 60_000 || endedAt > now + 60_000)
    return { ok: false, error: "The writing log sent with this save is dated in the future, so it was not kept." };
  return { ok: true, batch, json, endedAt, summary: summarise(batch) };
}
