/**
 * The site's HTTP server: Next.js behind a plain Node server of our own, so that the application
 * can know the address of the socket a request came from (Next 16 gives route handlers no socket,
 * and `next start` keeps a client's own X-Forwarded-For). Every request gets the socket's address
 * in x-kb-peer-address, overwriting anything a client sent under that name; lib/http/client-address.ts
 * reads it, and X-Forwarded-For only from TRUSTED_PROXIES.
 *
 *   node lib/cli/serve.mjs [-p PORT] [-H HOST] [--dev]
 *
 * SIGTERM or SIGINT: stop accepting, let requests in flight finish (at most 10 s), then exit.
 * Plain JavaScript so that it runs on bare Node (the application itself is compiled by Next).
 */
import http from "node:http";
import next from "next";

const PEER_ADDRESS_HEADER = "x-kb-peer-address";
const DRAIN_MS = 10_000;

function option(names, fallback) {
  const args = process.argv.slice(2);
  const index = args.findIndex((arg) => names.includes(arg));
  return index === -1 ? fallback : args[index + 1];
}

const dev = process.argv.includes("--dev");
const port = Number(option(["-p", "--port"], process.env.PORT ?? "3000"));
const hostname = option(["-H", "--hostname"], undefined);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`Ugyldig port: ${port}`);
  process.exit(1);
}

process.env.NODE_ENV = dev ? "development" : "production";
// Tells lib/http/client-address.ts that x-kb-peer-address was written by this server.
process.env.KB_PEER_ADDRESS_STAMPED = "1";

const app = next({ dev, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();
// instrumentation.ts validated the environment; Next only logs its error, so refuse here.
const startupError = globalThis[Symbol.for("kunnskapsbanken.startupError")];
if (startupError) {
  console.error(`\n${startupError}\n`);
  process.exit(1);
}

const server = http.createServer((req, res) => {
  req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: slutter å ta imot forespørsler og avslutter …`);
  const force = setTimeout(() => {
    server.closeAllConnections();
    process.exit(0);
  }, DRAIN_MS);
  force.unref();
  server.close(async () => {
    await app.close().catch(() => undefined);
    process.exit(0);
  });
  server.closeIdleConnections();
}
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));

server.listen(port, hostname, () => {
  console.log(`Lytter på http://${hostname ?? "localhost"}:${port}`);
});
