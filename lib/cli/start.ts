/**
 * `npm start`: the whole site on one command. Without DATABASE_URL it runs an embedded
 * PostgreSQL in .data/postgres; it applies migrations, imports content/ when it changed,
 * builds when the build is missing or stale, and serves on PORT (default 3000).
 * Ctrl-C stops the site and the database cleanly.
 */
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import "dotenv/config";
import { EnvError, parseEnv } from "@/lib/env";
import { ensureDatabase, readLocalSecrets, startEmbeddedPostgres, withDatabase, type EmbeddedServer } from "@/lib/cli/database";
import { prepareDatabase } from "@/lib/cli/prepare-database";
import { buildIfStale } from "@/lib/cli/build";

const dev = process.argv.includes("--dev");
let embedded: EmbeddedServer | undefined;
let site: ChildProcess | undefined;
let stopping = false;

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (site && site.exitCode === null) {
    site.kill("SIGTERM");
    await new Promise((resolve) => site!.once("exit", resolve));
  }
  if (embedded) {
    await embedded.stop().catch(() => undefined);
    console.log("Den innebygde databasen er stoppet.");
  }
  process.exit(code);
}

function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, "127.0.0.1");
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

  // lib/cli/serve.mjs: Next behind our own HTTP server, which knows each request's socket address.
  site = spawn(process.execPath, ["lib/cli/serve.mjs", ...(dev ? ["--dev"] : []), "-p", String(env.PORT)], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  site.on("exit", (code) => {
    if (!stopping) void stop(code ?? 1);
  });
  await waitForPort(env.PORT, 60_000);
  console.log(`\nKunnskapsbanken kjører på http://localhost:${env.PORT}  (Ctrl-C stopper)\n`);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof EnvError ? `\n${error.message}\n` : error instanceof Error ? `\n${error.message}\n` : error);
  await stop(1);
});
