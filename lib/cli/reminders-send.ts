/**
 * `npm run reminders:send`: mails each county contact their examples not checked in 12 months
 * (lib/reminders/review.ts). Meant to run monthly from cron or a systemd timer (README, "Scheduled
 * jobs"). Exit 1 when any mail failed (each failure is also in the audit log).
 */
import "dotenv/config";
import { withCliDatabase } from "@/lib/cli/database";
import { createPrismaClient } from "@/lib/db";
import { parseEnv } from "@/lib/env";
import { createMailer } from "@/lib/mail/send";
import { sendReviewReminders } from "@/lib/reminders/review";

async function main() {
  const env = parseEnv(process.env, ["NEXTAUTH_URL", "PORT", "SMTP_URL", "MAIL_FROM"]);
  const baseUrl = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
  const mailer = createMailer();
  if (mailer.via === "log") console.log("SMTP_URL er ikke satt: påminnelsene skrives hit i stedet for å sendes.");
  await withCliDatabase(async (databaseUrl) => {
    const db = createPrismaClient(databaseUrl);
    try {
      const outcomes = await sendReviewReminders(db, mailer, { baseUrl });
      const sent = outcomes.filter((o) => o.sent);
      const failed = outcomes.filter((o) => o.due > 0 && !o.sent);
      const idle = outcomes.length - sent.length - failed.length;
      console.log(
        `Påminnelser: ${sent.length} ${mailer.via === "log" ? "skrevet til loggen" : "sendt"}, ${failed.length} feilet, ` +
          `${idle} ${idle === 1 ? "fylkeskontakt" : "fylkeskontakter"} uten eksempler å sjekke.`,
      );
      for (const f of failed) console.error(`  Feilet for ${f.email}: ${f.error}`);
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
