// Who may call each library action (see matrix.ts).
import { CASES_LIBRARY } from "./cases/library";
import { walkActionCases } from "./matrix";

walkActionCases(CASES_LIBRARY);
