// axe-core on every page a teacher can open (tests/helpers/e2e-tour.ts), in the light theme and the
// dark one: no serious or critical problem (contrast, names, ARIA) on any of them.
import { everyPageChecked } from "../helpers/accessibility";
import { sharedBrowser } from "../helpers/e2e-session";
import { TEACHER_PAGES } from "../helpers/e2e-tour";

everyPageChecked(sharedBrowser(), "teacher", TEACHER_PAGES);
