// Who may call each marking and feedback action (see matrix.ts).
import { CASES_MARKING } from "./cases/marking";
import { walkActionCases } from "./matrix";

walkActionCases(CASES_MARKING);
