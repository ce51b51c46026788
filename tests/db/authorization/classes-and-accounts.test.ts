// Who may call each classes, assignments and accounts action (see matrix.ts).
import { CASES_CLASSES_AND_ACCOUNTS } from "./cases/classes-and-accounts";
import { walkActionCases } from "./matrix";

walkActionCases(CASES_CLASSES_AND_ACCOUNTS);
