/**
 * `npm run intake:purge`: deletes suggesters' personal data past its time (12 months; at once
 * for rejected suggestions) and the limit counters older than two days (lib/intake/purge.ts).
 * The site does the same on every submission and whenever the queue is read; this is for a
 * scheduler (daily), so nothing is kept longer when nobody uses the site.
 */
import "dotenv/config";
import { withCliDatabase } from "@/lib/cli/database";
import { createPrismaClient } from "@/lib/db";
import { purgeExpiredIntakeData } from "@/lib/intake/purge";

async function main() {
  await withCliDatabase(async (databaseUrl) => {
    const db = createPrismaClient(databaseUrl);
    try {
      const result = await purgeExpiredIntakeData(db);
      console.log(`Innmeldinger: ${result.contacts} innmelderes kontaktopplysninger slettet, ${result.submissions} gamle tellere slettet.`);
    } finally {
      await db.$disconnect();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
