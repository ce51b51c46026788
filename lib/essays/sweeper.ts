import { db } from "@/lib/db/client";
import { submitOverdueEssays } from "./overdue";

let timer: NodeJS.Timeout | undefined;

export function startOverdueEssaySweeper(intervalMs: number) {
  if (timer) return;
  let running = false;
  timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const submitted = await submitOverdueEssays(db);
      if (submitted) console.info(`Submitted ${submitted} timed essay(s) whose deadline had passed.`);
    } catch (error) {
      console.error("The overdue-essay sweep failed; it will try again.", error);
    } finally {
      running = false;
    }
  }, intervalMs);
  // Never keep the process alive just for the sweep.
  timer.unref();
}
