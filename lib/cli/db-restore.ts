/**
 * `npm run db:restore -- FILE`: restores a dump made by `npm run db:backup` into an empty
 * database (the one in DATABASE_URL, created if missing; or else the embedded one). A database
 * that already holds tables is refused: a restore never mixes two states of the site.
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import "dotenv/config";
import { ensureDatabase, fileArgument, run, withDatabase, withDumpDatabase } from "@/lib/cli/database";
import { connectionForTool, findPgTools, PgToolError, serverMajorVersion } from "@/lib/cli/pg-tools";

class RestoreRefused extends Error {}

/** What the database already holds: relations and extensions beyond a fresh database's. */
async function existingObjects(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`
      SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace
               WHERE ns.nspname NOT IN ('pg_catalog', 'information_schema') AND ns.nspname NOT LIKE 'pg\\_toast%'
                 AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f'))::int
           + (SELECT count(*) FROM pg_extension WHERE extname <> 'plpgsql')::int AS n`);
    const [row] = rows;
    if (!row) throw new Error("databasen svarte ikke på tellingen av objekter");
    return row.n;
  } finally {
    await client.end();
  }
}

async function restoreDatabase(databaseUrl: string, file: string, log: (line: string) => void = console.log): Promise<void> {
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new RestoreRefused(`Fant ikke filen ${source}.`);
  const head = Buffer.alloc(5);
  const fd = fs.openSync(source, "r");
  fs.readSync(fd, head, 0, 5, 0);
  fs.closeSync(fd);
  if (head.toString("latin1") !== "PGDMP") throw new RestoreRefused(`${source} er ikke en sikkerhetskopi fra «npm run db:backup» (pg_dump, custom-format).`);

  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  if (await ensureDatabase(withDatabase(databaseUrl, "postgres"), name)) log(`Databasen «${name}» er opprettet.`);
  const objects = await existingObjects(databaseUrl);
  if (objects > 0) {
    throw new RestoreRefused(
      `Databasen «${name}» er ikke tom (${objects} tabeller, sekvenser eller utvidelser). ` +
        `Gjenoppretting skjer bare til en tom database, så ingenting blandes eller overskrives: ` +
        `pek DATABASE_URL på en ny database (den opprettes), eller slett databasen først.`,
    );
  }

  // The first pg_restore, from the server's major version up, that can read the archive.
  const serverMajor = await serverMajorVersion(databaseUrl);
  const tools = (await findPgTools("pg_restore")).filter((t) => t.major >= serverMajor).sort((a, b) => a.major - b.major);
  let tool;
  for (const candidate of tools) {
    if (await run(candidate.path, ["--list", source], process.env, { quiet: true }).then(() => true, () => false)) {
      tool = candidate;
      break;
    }
  }
  if (!tool) throw new PgToolError("pg_restore", serverMajor, await findPgTools("pg_restore"));
  const { url, env } = connectionForTool(databaseUrl);
  await run(tool.path, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--dbname", url, source], env, { quiet: true });
  log(`Gjenopprettet ${source} til databasen «${name}» (pg_restore ${tool.major}, server ${serverMajor}).`);
}

async function main() {
  const file = fileArgument("Bruk: npm run db:restore -- FIL   (til en tom database)");
  await withDumpDatabase((databaseUrl) => restoreDatabase(databaseUrl, file));
}

main().catch((error: unknown) => {
  console.error(`\nGjenopprettingen ${error instanceof RestoreRefused ? "ble avvist" : "feilet"}: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
