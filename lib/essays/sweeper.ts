import { db } from "@/lib/db/client";
import { inOneProcessAtATime } from "@/lib/db/one-process";
import { log } from "@/lib/log";
import { submitOverdueEssays } from "./store/overdue";

let timer: NodeJS.Timeout | undefined;

export function startOverdueEssaySweeper(intervalMs: number) {
  if (timer) return;
  let running = false;
  timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const round = await inOneProcessAtATime("overdue-essays", () => submitOverdueEssays(db));
      const submitted = round.ran ? round.result : 0;
      if (submitted) log.info({ submitted }, `Submitted ${submitted} timed essay(s) whose deadline had passed.`);
    } catch (error) {
      log.error({ err: error }, "The overdue-essay sweep failed; it will try again.");
    } finally {
      running = false;
    }
  }, intervalMs);
  // Never keep the process alive just for the sweep.
  timer.unref();
}
