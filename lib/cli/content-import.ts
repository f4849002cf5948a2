/** `npm run content:import`: content/ → database, all or nothing. `--check` only validates. */
import "dotenv/config";
import { withCliDatabase } from "@/lib/cli/database";
import { createPrismaClient } from "@/lib/db";
import { importContent } from "@/lib/content/import";
import { ContentError, loadContent } from "@/lib/content/load";

async function main() {
  if (process.argv.includes("--check")) {
    const set = loadContent();
    console.log(`Innholdet er gyldig: ${Object.entries(set).map(([kind, records]) => `${records.length} ${kind}`).join(", ")}.`);
    return;
  }
  await withCliDatabase(async (databaseUrl) => {
    const db = createPrismaClient(databaseUrl);
    try {
      const summary = await importContent(db);
      for (const line of summary.created) console.log(`  ny:     ${line}`);
      for (const line of summary.updated) console.log(`  endret: ${line}`);
      console.log(
        `Importert: ${summary.created.length} nye, ${summary.updated.length} endret, ${summary.unchanged} uendret` +
          (summary.referenceDataLoaded ? " (fylker og kommuner lastet)." : "."),
      );
    } finally {
      await db.$disconnect();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof ContentError ? error.message : error);
  process.exit(1);
});
