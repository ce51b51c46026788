// Who may call each judging and second-marking action (see matrix.ts).
import { CASES_JUDGING } from "./cases/judging";
import { CASES_MODERATION } from "./cases/moderation";
import { walkActionCases } from "./matrix";

walkActionCases({ ...CASES_JUDGING, ...CASES_MODERATION });
