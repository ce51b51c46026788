// The app's server modules start with `import "server-only"`, a guard for Next's bundles: it stops
// server code from reaching the browser, and outside a bundle's server build it throws. The
// production server script (scripts/serve.ts) is itself the server and imports the direct routes'
// modules from source, so for it the guard resolves to an empty module. Call before importing them.
import { register } from "node:module";

const HOOKS = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return next(specifier, context);
}`;

let registered = false;
export function allowServerOnlyModules() {
  if (registered) return;
  register(`data:text/javascript,${encodeURIComponent(HOOKS)}`);
  registered = true;
}
