// Who may call each revision and source-analysis action (see matrix.ts).
import { CASES_REVISION_AND_SOURCES } from "./cases/revision-and-sources";
import { walkActionCases } from "./matrix";

walkActionCases(CASES_REVISION_AND_SOURCES);
