/** `npm run content:export`: database → content/, one file per record. */
import "dotenv/config";
import { withCliDatabase } from "@/lib/cli/database";
import { createPrismaClient } from "@/lib/db";
import { exportContent } from "@/lib/content/export";

withCliDatabase(async (databaseUrl) => {
  const db = createPrismaClient(databaseUrl);
  try {
    const summary = await exportContent(db);
    for (const file of summary.written) console.log(`  skrevet: ${file}`);
    console.log(`Eksportert: ${summary.written.length} filer skrevet, ${summary.unchanged} uendret.`);
  } finally {
    await db.$disconnect();
  }
}).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
