/**
 * `npm run intake:digest`: the daily digest of new suggestions to each county contact who chose
 * it on /admin/innmeldinger (lib/intake/notify.ts). Run once a day from a scheduler. Exit 1 when
 * a mail could not be sent (each send is in the audit log as `intake.notify`).
 */
import "dotenv/config";
import { withCliDatabase } from "@/lib/cli/database";
import { createPrismaClient } from "@/lib/db";
import { parseEnv } from "@/lib/env";
import { sendIntakeDigests } from "@/lib/intake/notify";
import { purgeExpiredIntakeData } from "@/lib/intake/purge";
import { createMailer } from "@/lib/mail/send";

async function main() {
  const env = parseEnv(process.env, ["NEXTAUTH_URL", "PORT", "SMTP_URL", "MAIL_FROM"]);
  const baseUrl = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
  const mailer = createMailer();
  if (mailer.via === "log") console.log("SMTP_URL er ikke satt: oppsummeringene skrives hit i stedet for å sendes.");
  await withCliDatabase(async (databaseUrl) => {
    const db = createPrismaClient(databaseUrl);
    try {
      await purgeExpiredIntakeData(db);
      const outcomes = await sendIntakeDigests(db, mailer, { baseUrl });
      const sent = outcomes.filter((o) => o.sent).length;
      const failed = outcomes.filter((o) => o.count > 0 && !o.sent);
      console.log(`Oppsummeringer: ${sent} ${mailer.via === "log" ? "skrevet til loggen" : "sendt"}, ${failed.length} feilet, ${outcomes.length - sent - failed.length} uten nye innmeldinger.`);
      for (const f of failed) console.error(`  Feilet for ${f.email}`);
      if (failed.length > 0) process.exitCode = 1;
    } finally {
      mailer.close();
      await db.$disconnect();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
