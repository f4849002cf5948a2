import { createPrismaClient } from "@/lib/db";
import { CONTENT_HASH_KEY, contentHash, importContent } from "@/lib/content/import";
import { migrateDeploy } from "@/lib/cli/database";

/**
 * Brings a database up to date: pending migrations, then reference data and content/ when
 * the files changed since the last import. Quick when there is nothing to do.
 */
export async function prepareDatabase(databaseUrl: string, log: (line: string) => void = console.log): Promise<void> {
  const applied = await migrateDeploy(databaseUrl, { quiet: true });
  if (applied.length > 0) log(`Migreringer kjørt: ${applied.join(", ")}`);
  const db = createPrismaClient(databaseUrl);
  try {
    const stored = await db.appMeta.findUnique({ where: { key: CONTENT_HASH_KEY }, select: { value: true } });
    if (stored?.value === contentHash()) return;
    const summary = await importContent(db);
    log(`Innhold importert fra content/: ${summary.created.length} nye, ${summary.updated.length} endret, ${summary.unchanged} uendret.`);
  } finally {
    await db.$disconnect();
  }
}
