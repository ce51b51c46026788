import { z } from "zod";
import { ZEmail, ZId } from "@/lib/fields";

export const ZStartRound = z.strictObject({ assignmentId: ZId });
export const ZRecordJudgement = z.strictObject({ roundId: ZId, winnerId: ZId, loserId: ZId });
export const ZAddJudge = z.strictObject({ roundId: ZId, email: ZEmail });
export const ZRemoveJudge = z.strictObject({ roundId: ZId, judgeId: ZId });
