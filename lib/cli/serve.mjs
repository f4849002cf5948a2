/**
 * The production web server that `npm start` runs (plain Node, no TypeScript loader): Next's
 * request handler on a server whose shutdown this file controls. On SIGTERM or SIGINT it stops
 * accepting connections, lets requests in flight finish (at most SHUTDOWN_TIMEOUT_MS, default
 * 10 s), closes Next and the database pool, and exits. It also stops when the process that
 * started it is gone, so it never outlives `npm start`.
 */
import http from "node:http";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || process.env.HOST || "127.0.0.1";
const drainMs = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 10_000);

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500).end();
  });
});

let stopping = false;
async function shutdown(reason) {
  if (stopping) return;
  stopping = true;
  console.log(`Stopper (${reason}): tar ikke imot nye forespørsler, venter på dem som pågår …`);
  const force = setTimeout(() => {
    console.log(`Forespørsler pågikk fortsatt etter ${drainMs / 1000} s; de avbrytes.`);
    server.closeAllConnections();
  }, drainMs);
  // close() stops listening at once, closes idle keep-alive connections, and calls back when the
  // last request in flight has been answered.
  await new Promise((resolve) => server.close(() => resolve()));
  clearTimeout(force);
  await app.close?.().catch(() => undefined);
  // The site's one Prisma client (lib/db.ts keeps it on globalThis): end its pool cleanly.
  await globalThis.prisma?.$disconnect().catch(() => undefined);
  process.exit(0);
}

process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void shutdown("npm start er borte");
}, 1000).unref();

server.listen(port, hostname, () => console.log(`Lytter på http://${hostname}:${port}`));
