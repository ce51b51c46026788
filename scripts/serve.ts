// The production server: Next's request handler, with the app's direct routes answered ahead of
// it (lib/http/direct-route-registry.ts: each route owns its method and path; today only the
// autosave, which every writing student sends every few seconds: bench/essay-save.ts measured 299
// saves/s through Next's route pipeline and about 1,400/s answered here on the same two cores).
// This file imports the routes it answers. Everything else, including every page and the same
// URLs' other methods, is Next's. Started by `npm start`, by the tests' and benchmarks' servers, and in
// production by `npm run serve` (after `npm run build` and `npm run db:migrate`):
//   tsx scripts/serve.ts --port 3000      (NODE_ENV=production; refuses to start without its
//                                          configuration, a build or the migrations: lib/preflight.ts)
// WORKBENCH_DIRECT_ROUTES=off leaves every request to Next (the tests compare the two).
import { randomUUID } from "node:crypto";
import http from "node:http";
import next from "next";
import { addressBehindProxies, CLIENT_ADDRESS_HEADER, vouchForClientAddresses } from "@/lib/http/client-address";
import { matchDirectRoute, type DirectRoute } from "@/lib/http/direct-route-registry";
import { rawEnv, toolEnv } from "@/lib/env";
import { DIRECT_ANSWER_HEADERS, NEXT_ROUTE_VARY, SECURITY_HEADERS } from "@/lib/http/security-headers";
import { log, REQUEST_ID_HEADER } from "@/lib/log";
import { serveProblems } from "./lib/preflight";
import { allowServerOnlyModules } from "./lib/server-only";

const HEADERS = {
  ...DIRECT_ANSWER_HEADERS,
  Vary: NEXT_ROUTE_VARY,
  ...Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value])),
};
const FAILED = JSON.stringify({ error: "Something went wrong and nothing was changed. Please try again." });

const portIndex = process.argv.indexOf("--port");
const settings = toolEnv();
const port = Number(portIndex >= 0 ? process.argv[portIndex + 1] : (settings.PORT ?? 3000));
const answerDirectly = settings.WORKBENCH_DIRECT_ROUTES !== "off";
// How many proxies in front of this server append to X-Forwarded-For (0: none; the header is ignored).
const trustedProxies = Number(settings.WORKBENCH_TRUSTED_PROXIES ?? 0) || 0;

// Served over https (NEXTAUTH_URL says so): browsers are told to use nothing else for a year.
const HSTS = settings.NEXTAUTH_URL?.startsWith("https://") ? "max-age=31536000; includeSubDomains" : null;

// The routes this server answers itself: their modules are the app's server code, run here
// rather than in Next's build (see ./lib/server-only.ts).
async function loadDirectRoutes(): Promise<DirectRoute[]> {
  allowServerOnlyModules();
  const { autosaveRoute } = await import("@/lib/essays/autosave-endpoint");
  return [autosaveRoute];
}

// While the installation has no administrator, its first account is made only with a link printed
// here (or with npm run admin:create): on a new installation anyone could reach the sign-up page.
async function announceSetupLink() {
  allowServerOnlyModules();
  const { issueSetupLink } = await import("@/lib/accounts/store/accounts");
  const link = await issueSetupLink(settings.NEXTAUTH_URL ?? `http://localhost:${port}`);
  if (link)
    console.log(
      `\nNo administrator yet. Make the installation's first account (its administrator) at:\n  ${link}\nThe link works until that account is made; each start of the server prints a new one.\n`,
    );
}

async function main() {
  const problems = await serveProblems(rawEnv());
  if (problems.length) {
    console.error(`The server cannot start:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    process.exit(1);
  }
  const app = next({ dev: false, dir: process.cwd(), port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const routes = answerDirectly ? await loadDirectRoutes() : [];
  vouchForClientAddresses();
  const server = http.createServer((request, response) => {
    // The client's address as this server saw it: whatever a client sent under this name is replaced.
    request.headers[CLIENT_ADDRESS_HEADER] = addressBehindProxies(
      request.socket.remoteAddress,
      request.headers["x-forwarded-for"],
      trustedProxies,
    );
    if (HSTS) response.setHeader("Strict-Transport-Security", HSTS);
    // Every request gets an id, in the log lines about it and on its answer (a trusted proxy's own is kept).
    const forwardedId = trustedProxies > 0 ? request.headers[REQUEST_ID_HEADER] : undefined;
    const requestId =
      typeof forwardedId === "string" && /^[\w.:-]{8,100}$/.test(forwardedId) ? forwardedId : randomUUID();
    request.headers[REQUEST_ID_HEADER] = requestId;
    response.setHeader("X-Request-Id", requestId);
    const found = answerDirectly ? matchDirectRoute(routes, request.method, request.url) : null;
    if (!found) return void handle(request, response);
    found.route
      .answer({
        params: found.params,
        cookie: request.headers.cookie ?? null,
        contentLength: request.headers["content-length"] ?? null,
        body: request,
        requestId,
      })
      .then((answer) => {
        // A body refused part-way is not read to its end: the connection closes after the answer.
        response.writeHead(answer.status, request.complete ? HEADERS : { ...HEADERS, Connection: "close" });
        response.end(JSON.stringify(answer.body));
      })
      .catch((error: unknown) => {
        log.error({ err: error, requestId, method: request.method, path: request.url }, "A direct route failed");
        if (!response.headersSent) response.writeHead(500, HEADERS);
        response.end(FAILED);
      });
  });
  server.listen(port, () => log.info({ port, directRoutes: answerDirectly }, "Serving"));
  await announceSetupLink();
  // Finish the requests in flight, then exit; a connection that will not close is not waited for.
  const stop = (signal: NodeJS.Signals) => {
    log.info({ signal }, "Stopping: finishing the requests in flight");
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  log.fatal({ err: error }, "The server could not start");
  process.exit(1);
});
