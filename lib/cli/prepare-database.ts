import pg from "pg";
import { migrateDeploy } from "@/lib/cli/database";
import { CONTENT_HASH_KEY, contentHash } from "@/lib/content/hash";

/**
 * Brings a database up to date: pending migrations, then reference data and content/ when
 * the files changed since the last import. Quick when there is nothing to do: the common path
 * (a restart) asks PostgreSQL two small questions and loads neither Prisma nor the importer.
 */
export async function prepareDatabase(databaseUrl: string, log: (line: string) => void = console.log): Promise<void> {
  const applied = await migrateDeploy(databaseUrl, { quiet: true });
  if (applied.length > 0) log(`Migreringer kjørt: ${applied.join(", ")}`);
  if ((await storedContentHash(databaseUrl)) === contentHash()) return;

  const [{ createPrismaClient }, { importContent }] = await Promise.all([import("@/lib/db"), import("@/lib/content/import")]);
  const db = createPrismaClient(databaseUrl);
  try {
    const summary = await importContent(db);
    log(`Innhold importert fra content/: ${summary.created.length} nye, ${summary.updated.length} endret, ${summary.unchanged} uendret.`);
  } finally {
    await db.$disconnect();
  }
}

async function storedContentHash(databaseUrl: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ value: string }>("SELECT value FROM app_meta WHERE key = $1", [CONTENT_HASH_KEY]);
    return rows[0]?.value;
  } finally {
    await client.end();
  }
}
