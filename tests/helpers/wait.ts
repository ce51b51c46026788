// Waits on a state that only another process can show (a server's output, a row another process
// writes, a port answering), where there is no event to wait on: the condition is checked every
// `every` ms and the wait ends as soon as it holds. Never a fixed pause; when the condition never
// holds, the error says what was awaited and what was seen instead.
import { setTimeout as sleep } from "node:timers/promises";

export async function until<T>(
  check: () => T | Promise<T>,
  options: { timeout: number; what: string; seen?: () => string; every?: number },
): Promise<NonNullable<T>> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() - started > options.timeout) {
      const seen = options.seen ? `\n${options.seen()}` : "";
      throw new Error(`Waited ${options.timeout / 1000} s for ${options.what}, in vain.${seen}`);
    }
    await sleep(options.every ?? 100);
  }
}
