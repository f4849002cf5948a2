/**
 * `npm test`: the whole suite, in order of cost — typecheck, lint, unit tests, integration tests
 * against a real PostgreSQL, end-to-end tests in a real Chromium against a production build.
 * The PostgreSQL server is the one in DATABASE_URL (each run makes and drops its own databases),
 * or an embedded one when it is unset.
 */
import crypto from "node:crypto";
import "dotenv/config";
import { buildIfStale } from "@/lib/cli/build";
import { bin, dropDatabase, ensureDatabase, run, startEmbeddedPostgres, withDatabase, type EmbeddedServer } from "@/lib/cli/database";
import { prepareDatabase } from "@/lib/cli/prepare-database";

const steps = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const wants = (step: string) => steps.length === 0 || steps.includes(step);

async function main() {
  const started = Date.now();
  const results: { step: string; ok: boolean; seconds: number }[] = [];
  const step = async (name: string, fn: () => Promise<void>) => {
    if (!wants(name)) return;
    console.log(`\n▶ ${name}`);
    const t0 = Date.now();
    try {
      await fn();
      results.push({ step: name, ok: true, seconds: (Date.now() - t0) / 1000 });
    } catch (error) {
      results.push({ step: name, ok: false, seconds: (Date.now() - t0) / 1000 });
      throw error;
    }
  };

  let embedded: EmbeddedServer | undefined;
  const e2eDatabase = `kb_e2e_${crypto.randomBytes(5).toString("hex")}`;
  let serverUrl = process.env.DATABASE_URL;
  try {
    await step("typecheck", async () => {
      await run(bin("tsc"), ["--noEmit"]);
      await run(bin("tsc"), ["-p", "prisma/engine/tsconfig.json"]);
    });
    await step("lint", () => run(bin("eslint"), [".", "--max-warnings=0"]));
    await step("unit", () => run(bin("vitest"), ["run", "--project", "unit"]));

    if (wants("integration") || wants("e2e") || wants("bench")) {
      if (!serverUrl) {
        embedded = await startEmbeddedPostgres({ folder: "test-postgres", port: Number(process.env.EMBEDDED_TEST_PG_PORT ?? 54339), persistent: false });
        serverUrl = embedded.serverUrl;
      }
    }
    const env = { ...process.env, DATABASE_URL: serverUrl };
    await step("integration", () => run(bin("vitest"), ["run", "--project", "integration"], env));

    await step("e2e", async () => {
      await ensureDatabase(serverUrl!, e2eDatabase);
      const databaseUrl = withDatabase(serverUrl!, e2eDatabase);
      await prepareDatabase(databaseUrl);
      await buildIfStale();
      // E2E_ARGS narrows the run while working on one feature, e.g. E2E_ARGS="tests/e2e/projects.e2e.ts".
      const extra = (process.env.E2E_ARGS ?? "").split(/\s+/).filter(Boolean);
      await run(bin("playwright"), ["test", ...extra], {
        ...process.env,
        DATABASE_URL: databaseUrl,
        E2E_SERVER_URL: serverUrl,
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? crypto.randomBytes(32).toString("base64url"),
      });
    });

    // A smoke run of `npm run bench` at 200 examples keeps the benchmark working (figures only).
    await step("bench", () =>
      run(bin("tsx"), ["--import", "./tests/bench/server-only-hook.mjs", "tests/bench/run.ts", "--n", "200", "--seconds", "1"], {
        ...env,
        BENCH_PORT: process.env.BENCH_PORT ?? String(Number(process.env.E2E_PORT ?? 3100) + 2),
      }),
    );
  } finally {
    if (serverUrl && wants("e2e")) await dropDatabase(serverUrl, e2eDatabase).catch(() => undefined);
    await embedded?.stop();
    console.log("\nOppsummering:");
    for (const r of results) console.log(`  ${r.ok ? "✔" : "✘"} ${r.step} (${r.seconds.toFixed(1)} s)`);
    console.log(`  totalt ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
