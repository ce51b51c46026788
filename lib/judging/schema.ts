import { z } from "zod";
import { ZId } from "@/lib/fields";

export const ZStartRound = z.strictObject({ assignmentId: ZId });
export const ZRecordJudgement = z.strictObject({ roundId: ZId, winnerId: ZId, loserId: ZId });
