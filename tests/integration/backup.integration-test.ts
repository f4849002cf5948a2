import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { dropDatabase, withDatabase } from "@/lib/cli/database";
import { chooseTool } from "@/lib/cli/pg-tools";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { syncReferenceData } from "@/lib/places/sync-reference";
import { createProject, setProjectState, updateProject } from "@/lib/projects/commands";
import { createReport } from "@/lib/reports/commands";
import { createUser } from "@/lib/users/create-user";
import { createIsolatedDatabase } from "@/tests/support/isolated-database";

// `npm run db:backup` then `npm run db:restore` into an empty database: every row of every
// table (content, users, revisions, audit log, sign-in failures …) and every sequence comes back
// identical. The commands run as the user runs them, as separate processes.
const serverUrl = inject("serverUrl");
let source: { url: string; drop: () => Promise<void> };
let db: PrismaClient;
const targetName = `kb_test_restore_${crypto.randomBytes(4).toString("hex")}`;
const targetUrl = withDatabase(serverUrl, targetName);
const dumpFile = path.join(os.tmpdir(), `kb-backup-${crypto.randomBytes(4).toString("hex")}.dump`);

function runCli(script: string, databaseUrl: string, file: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, file], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

/** Every table's rows as sorted JSON text, and every sequence's position. */
async function contents(databaseUrl: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
    );
    const result: Record<string, string[]> = {};
    for (const { name } of tables.rows) {
      // Names come from the catalog; checked before they are quoted into the statement.
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected table name ${name}`);
      const rows = await client.query<{ row: string }>(`SELECT to_jsonb(t)::text AS row FROM "${name}" t`);
      result[name] = rows.rows.map((r) => r.row).sort();
    }
    const sequences = await client.query<{ row: string }>("SELECT sequencename || '=' || coalesce(last_value::text, '-') AS row FROM pg_sequences WHERE schemaname = 'public'");
    result["(sequences)"] = sequences.rows.map((r) => r.row).sort();
    return result;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  source = await createIsolatedDatabase("backup");
  db = createPrismaClient(source.url);
  await db.$transaction((tx) => syncReferenceData(tx), { timeout: 120_000 });
  await db.focusArea.create({ data: { slug: "bredband", name: "Bredbånd", summary: "Utbygging av bredbånd." } });
  const pillar = await db.pillar.create({ data: { slug: "ramme", name: "Ramme", tagline: "Proaktiv kommune", position: 1 } });
  await db.successFactor.create({ data: { slug: "forankring", name: "Forankring", summary: "Forankret lokalt.", position: 1, pillarId: pillar.id } });
  const contact = await createUser(db, { email: "troms@example.no", name: "Troms", role: "county_contact", password: "et-langt-passord-123", counties: ["55"] });
  const adviser = await createUser(db, { email: "radgiver@example.no", name: "Rådgiver", role: "adviser", password: "et-langt-passord-123", counties: [] });
  const claims = { userId: contact.id, sessionVersion: 1 };
  const project = {
    slug: "fiber-i-tromso",
    title: "Fiber i Tromsø",
    summary: "Et prosjekt i Tromsø – med «æøå».",
    municipalities: ["5501"],
    status: "pagar" as const,
    focusAreas: ["bredband"],
    sources: [{ title: "Kommunens nettside", url: "https://tromso.kommune.no" }],
  };
  const created = await createProject(claims, project, { db });
  await updateProject(claims, { id: created.id, version: 1, project: { ...project, lessons: "Start tidlig." } }, { db });
  await setProjectState(claims, { id: created.id, version: 2, state: "under_kartlegging", adviserId: adviser.id }, { db });
  await createReport(
    claims,
    {
      slug: "tf-303",
      title: "Evaluering",
      authors: ["Kari Forsker"],
      publishers: ["Distriktssenteret"],
      year: 2014,
      kind: "evaluering",
      summary: "En evaluering.",
      focusAreas: ["bredband"],
      successFactors: ["forankring"],
      sources: [{ title: "Distriktssenteret", url: "https://distriktssenteret.no" }],
      state: "publisert",
    },
    { db },
  );
  // A refusal, so the audit log holds more than successes.
  await createReport({ userId: adviser.id, sessionVersion: 1 }, { slug: "x" } as never, { db }).catch(() => undefined);
}, 180_000);

afterAll(async () => {
  await db?.$disconnect();
  await source?.drop();
  await dropDatabase(serverUrl, targetName).catch(() => undefined);
  fs.rmSync(dumpFile, { force: true });
});

describe("backup and restore", () => {
  it("round-trips every table and sequence into a new database", async () => {
    const backup = await runCli("lib/cli/db-backup.ts", source.url, dumpFile);
    expect(backup.output).toMatch(/Sikkerhetskopi skrevet til/);
    expect(backup.code).toBe(0);
    expect(fs.readFileSync(dumpFile).subarray(0, 5).toString()).toBe("PGDMP");

    const restore = await runCli("lib/cli/db-restore.ts", targetUrl, dumpFile);
    expect(restore.output).toMatch(/Gjenopprettet/);
    expect(restore.code).toBe(0);

    const before = await contents(source.url);
    const after = await contents(targetUrl);
    // Not vacuous: the tables that matter hold rows.
    for (const table of ["project", "report", "app_user", "revision", "audit_log", "user_county", "_prisma_migrations"]) {
      expect(before[table]?.length, table).toBeGreaterThan(0);
    }
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);

    // The restored database works as a site's: search vectors and triggers came along.
    const restored = createPrismaClient(targetUrl);
    try {
      const hits = await restored.$queryRaw<{ slug: string }[]>`
        SELECT slug FROM project WHERE search_vector @@ websearch_to_tsquery('norwegian_unaccent', 'fiber')`;
      expect(hits.map((h) => h.slug)).toEqual(["fiber-i-tromso"]);
    } finally {
      await restored.$disconnect();
    }
  }, 180_000);

  it("refuses to restore into a database that is not empty, with a Norwegian message, and changes nothing", async () => {
    const before = await contents(targetUrl);
    const again = await runCli("lib/cli/db-restore.ts", targetUrl, dumpFile);
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/Databasen «kb_test_restore_[0-9a-f]+» er ikke tom/);
    expect(await contents(targetUrl)).toEqual(before);
  }, 60_000);

  it("chooses the closest pg_dump at least as new as the server, or none", () => {
    const tools = [
      { path: "/a/pg_dump", major: 15 },
      { path: "/b/pg_dump", major: 18 },
      { path: "/c/pg_dump", major: 16 },
    ];
    expect(chooseTool(tools, 15)?.major).toBe(15);
    expect(chooseTool(tools, 17)?.major).toBe(18);
    expect(chooseTool(tools.slice(0, 1), 18)).toBeNull();
  });
});
