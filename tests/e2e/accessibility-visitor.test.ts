// axe-core on every page a visitor who is not signed in can open, in the light theme and the dark
// one: no serious or critical problem (contrast, names, ARIA) on any of them.
import { everyPageChecked } from "../helpers/accessibility";
import { sharedBrowser } from "../helpers/e2e-session";
import { SIGNED_OUT_PAGES } from "../helpers/e2e-tour";

everyPageChecked(sharedBrowser(), "visitor", SIGNED_OUT_PAGES);
