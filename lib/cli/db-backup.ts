/**
 * `npm run db:backup -- FILE`: a consistent dump of the whole database (pg_dump, custom format:
 * one snapshot, compressed, restorable with `npm run db:restore -- FILE`). The database is the one
 * in DATABASE_URL, or else the embedded one.
 */
import fs from "node:fs";
import path from "node:path";
import "dotenv/config";
import { fileArgument, run, withDumpDatabase } from "@/lib/cli/database";
import { chooseTool, connectionForTool, findPgTools, PgToolError, serverMajorVersion } from "@/lib/cli/pg-tools";

async function backupDatabase(databaseUrl: string, file: string, log: (line: string) => void = console.log): Promise<void> {
  const serverMajor = await serverMajorVersion(databaseUrl);
  const tools = await findPgTools("pg_dump");
  const tool = chooseTool(tools, serverMajor);
  if (!tool) throw new PgToolError("pg_dump", serverMajor, tools);
  const target = path.resolve(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Written beside the target and renamed when complete: a failed dump never looks like a backup.
  const partial = `${target}.part`;
  const { url, env } = connectionForTool(databaseUrl);
  try {
    await run(tool.path, ["--format=custom", "--no-owner", "--no-privileges", "--file", partial, "--dbname", url], env, { quiet: true });
    fs.renameSync(partial, target);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  log(`Sikkerhetskopi skrevet til ${target} (${(fs.statSync(target).size / 1024).toFixed(0)} KB, pg_dump ${tool.major}, server ${serverMajor}).`);
}

async function main() {
  const file = fileArgument("Bruk: npm run db:backup -- FIL   (f.eks. npm run db:backup -- backup/kunnskapsbanken.dump)");
  await withDumpDatabase((databaseUrl) => backupDatabase(databaseUrl, file));
}

main().catch((error: unknown) => {
  console.error(`\nSikkerhetskopien feilet: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
