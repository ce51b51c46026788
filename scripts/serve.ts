// The production server: Next's request handler, with one request answered ahead of it. The
// autosave (PUT /api/essays/:id) goes straight to the handler the app publishes at start-up
// (lib/http/direct-routes.ts, through lib/http/direct-route-registry.ts), skipping Next's routing and route pipeline, which was most of its
// cost; everything else, including every page and the same URL's other methods, is Next's.
// Started by `npm start` and by the tests' and benchmarks' servers:
//   tsx scripts/serve.ts --port 3000      (NODE_ENV=production, after `next build`)
import http from "node:http";
import next from "next";
import { directRoutes } from "@/lib/http/direct-route-registry";
import { SECURITY_HEADERS } from "@/lib/http/security-headers";

// The security headers every response carries, and never cached.
const SAVE_HEADERS = {
  "Content-Type": "application/json",
  "Cache-Control": "no-store",
  ...Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value])),
};
const ESSAY_SAVE = /^\/api\/essays\/([^/?#]+)\/?(?:\?.*)?$/;

const portIndex = process.argv.indexOf("--port");
const port = Number(portIndex >= 0 ? process.argv[portIndex + 1] : (process.env.PORT ?? 3000));

async function main() {
  const app = next({ dev: false, dir: process.cwd(), port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = http.createServer((request, response) => {
    const routes = directRoutes(); // until Next has loaded the app, its route answers
    const save = request.method === "PUT" ? ESSAY_SAVE.exec(request.url ?? "") : null;
    if (!routes || !save) return void handle(request, response);
    let essayId: string;
    try {
      essayId = decodeURIComponent(save[1]!);
    } catch {
      essayId = ""; // not an id: answered as an essay not found
    }
    routes
      .essaySave({ essayId, cookie: request.headers.cookie ?? null, contentLength: request.headers["content-length"] ?? null, body: request })
      .then((answer) => {
        // A body refused part-way is not read to its end: the connection closes after the answer.
        response.writeHead(answer.status, request.complete ? SAVE_HEADERS : { ...SAVE_HEADERS, Connection: "close" });
        response.end(JSON.stringify(answer.body));
      })
      .catch((error: unknown) => {
        console.error("Essay save failed", error);
        if (!response.headersSent) response.writeHead(500, SAVE_HEADERS);
        response.end(JSON.stringify({ error: "The server could not save just now. Your work is kept in this browser and will be saved when you retry." }));
      });
  });
  server.listen(port);
  // Finish the requests in flight, then exit; a connection that will not close is not waited for.
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
