/**
 * `npm run links:check [-- --concurrency 8 --timeout 10 --max-minutes 30]`: checks every source
 * URL of every project and report and stores the results (see lib/links/run.ts); the curators'
 * dashboard lists the broken ones by county. Meant to run nightly or weekly from cron or a
 * systemd timer. Broken links are a result, not a failure: exit 0; exit 2 on bad arguments.
 */
import "dotenv/config";
import { parseArgs } from "node:util";
import { z } from "zod";
import { withCliDatabase } from "@/lib/cli/database";
import { createPrismaClient } from "@/lib/db";
import { parseEnv } from "@/lib/env";
import { checkAllSourceLinks } from "@/lib/links/run";

const usage =
  "Bruk: npm run links:check -- [--concurrency 8] [--timeout 10] [--max-minutes 30]\n" +
  "  --concurrency  sjekker samtidig (1–64)\n" +
  "  --timeout      sekunder per forespørsel (1–120); hver adresse får høyst det dobbelte til sammen\n" +
  "  --max-minutes  tidsgrense for hele kjøringen (1–1440); det som ikke rekkes, sjekkes neste gang\n" +
  "Adresser på denne maskinen og private nett sjekkes ikke, med mindre LINKS_ALLOW_PRIVATE=1.";

const argsSchema = z.object({
  concurrency: z.coerce.number().int().min(1).max(64).default(8),
  timeout: z.coerce.number().min(1).max(120).default(10),
  "max-minutes": z.coerce.number().min(1).max(1440).default(30),
});

class BadInput extends Error {}

function readArgs() {
  let values;
  try {
    values = parseArgs({
      options: { concurrency: { type: "string" }, timeout: { type: "string" }, "max-minutes": { type: "string" }, help: { type: "boolean" } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new BadInput(`Ugyldige argumenter: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (values.help) return null;
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw new BadInput(`Ugyldige argumenter: ${parsed.error.issues.map((i) => `--${String(i.path[0])} ${i.message}`).join("; ")}`);
  return parsed.data;
}

async function main() {
  const args = readArgs();
  if (!args) {
    console.log(usage);
    return;
  }
  const env = parseEnv(process.env, ["LINKS_ALLOW_PRIVATE"]);
  const allowPrivate = env.LINKS_ALLOW_PRIVATE === "1" || env.LINKS_ALLOW_PRIVATE === "true";
  await withCliDatabase(async (databaseUrl) => {
    const db = createPrismaClient(databaseUrl);
    try {
      const summary = await checkAllSourceLinks(db, {
        concurrency: args.concurrency,
        timeoutMs: args.timeout * 1000,
        budgetMs: args.timeout * 2000,
        maxRedirects: 5,
        allowPrivate,
        deadlineMs: args["max-minutes"] * 60_000,
        log: (line) => console.log(line),
      });
      console.log(
        `Lenkesjekk: ${summary.records} prosjekter og rapporter, ${summary.urls} adresser; ${summary.ok} virker, ${summary.broken} er brutt` +
          `${summary.notChecked ? `, ${summary.notChecked} ikke sjekket (tidsgrensen)` : ""} (${Math.round(summary.durationMs / 1000)} s).`,
      );
    } finally {
      await db.$disconnect();
    }
  });
}

main().catch((error: unknown) => {
  if (error instanceof BadInput) {
    console.error(`Feil: ${error.message}\n\n${usage}`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
