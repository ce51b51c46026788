// Who may call each route handler (see matrix.ts).
import { ROUTE_CASES } from "./cases/routes";
import { walkRouteCases } from "./matrix";

walkRouteCases(ROUTE_CASES);
