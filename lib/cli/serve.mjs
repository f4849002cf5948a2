/**
 * The site's HTTP server, which `npm start` runs (plain Node, no TypeScript loader): Next's request
 * handler on a server of our own, for two reasons.
 *
 * - The client's address. Next 16 gives route handlers no socket, and `next start` passes a
 *   client's own X-Forwarded-For through untouched. Every request gets the socket's address in
 *   x-kb-peer-address, overwriting anything a client sent under that name;
 *   lib/http/client-address.ts reads it, and X-Forwarded-For only from TRUSTED_PROXIES.
 * - Shutdown. On SIGTERM or SIGINT it stops accepting connections, lets requests in flight finish
 *   (at most SHUTDOWN_TIMEOUT_MS, default 10 s), closes Next and the database pool, and exits. It
 *   also stops when the process that started it is gone, so it never outlives `npm start`.
 *
 *   node lib/cli/serve.mjs [-p PORT] [-H HOST] [--dev]      (defaults: PORT, HOSTNAME/HOST, 127.0.0.1)
 */
import { rmSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";

const PEER_ADDRESS_HEADER = "x-kb-peer-address";

function option(names, fallback) {
  const args = process.argv.slice(2);
  const index = args.findIndex((arg) => names.includes(arg));
  return index === -1 ? fallback : args[index + 1];
}

const dev = process.argv.includes("--dev");
const port = Number(option(["-p", "--port"], process.env.PORT ?? "3000"));
// Only this machine unless told otherwise: a local default must not open the sign-in page to the LAN.
const hostname = option(["-H", "--hostname"], process.env.HOSTNAME || process.env.HOST || "127.0.0.1");
const drainMs = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 10_000);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`Ugyldig port: ${port}`);
  process.exit(1);
}

process.env.NODE_ENV = dev ? "development" : "production";
// Tells lib/http/client-address.ts that x-kb-peer-address was written by this server.
process.env.KB_PEER_ADDRESS_STAMPED = "1";
// Where this process answers itself: a refused suggestion form is drawn by its own page (lib/intake/post.ts).
const selfHost = ["0.0.0.0", "::", ""].includes(hostname) ? "127.0.0.1" : hostname;
process.env.KB_SELF_ORIGIN = `http://${selfHost.includes(":") ? `[${selfHost}]` : selfHost}:${port}`;

// Next keeps its data cache (lib/cache/public-data.ts) on disk in the build directory, and would
// serve an entry from a previous run once before refreshing it: possibly hours old, or from
// another database (the benchmark and the e2e tests start the same build against their own).
// Each start begins with an empty data cache.
rmSync(path.resolve(".next", "cache", "fetch-cache"), { recursive: true, force: true });

const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
// instrumentation.ts validated the environment; Next only logs its error, so refuse here.
const startupError = globalThis[Symbol.for("kunnskapsbanken.startupError")];
if (startupError) {
  console.error(`\n${startupError}\n`);
  process.exit(1);
}

const server = http.createServer((request, response) => {
  request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500);
    response.end();
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
  // close() stops listening at once and calls back when the last request in flight is answered.
  const closed = new Promise((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await closed;
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
