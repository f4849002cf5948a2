import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { bin, migrationNames, pendingMigrations } from "@/lib/cli/database";
import { defined } from "@/tests/support/defined";

const exec = promisify(execFile);
const databaseUrl = inject("databaseUrl");
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
});
afterAll(() => client.end());

describe("migrations (applied to an empty database by the global setup)", () => {
  it("are all applied", async () => {
    expect(migrationNames().length).toBeGreaterThanOrEqual(3);
    expect(await pendingMigrations(databaseUrl)).toEqual([]);
  });

  it("leave no drift between schema.prisma and the database", async () => {
    // Prisma's own differ, through the offline engine: exit code 2 would mean a difference.
    const { stdout } = await exec(bin("prisma"), ["migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--exit-code"], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    expect(stdout).toMatch(/No difference detected/);
  });

  it("create the search extensions and the Norwegian unaccented configuration", async () => {
    const { rows } = await client.query<{ extname: string }>("SELECT extname FROM pg_extension ORDER BY extname");
    expect(rows.map((r) => r.extname)).toEqual(expect.arrayContaining(["pg_trgm", "unaccent"]));
    const vector = await client.query<{ v: string }>("SELECT to_tsvector('public.norwegian_unaccent', 'Bredbåndsutbygging i kommunene')::text AS v");
    expect(vector.rows[0]?.v).toBe("'bredbandsutbygging':1 'kommun':3");
  });

  it("keep the search vector current in the database, weighted title > summary > body", async () => {
    await client.query("BEGIN");
    try {
      const { rows } = await client.query<{ id: number }>(
        "INSERT INTO project (slug, title, summary, body, status, updated_at) VALUES ('sok-test', 'Bredbånd i bygda', 'Næringshage', 'Ungdom', 'pagar', now()) RETURNING id",
      );
      const { id } = defined(rows[0], "the inserted project");
      const read = () => client.query<{ v: string }>("SELECT search_vector::text AS v FROM project WHERE id = $1", [id]);
      expect((await read()).rows[0]?.v).toBe("'bredband':1A 'bygd':3A 'naeringshag':4B 'ungdom':5C");
      await client.query("UPDATE project SET title = 'Fiber' WHERE id = $1", [id]);
      expect((await read()).rows[0]?.v).toContain("'fib");
    } finally {
      await client.query("ROLLBACK");
    }
  });

  it("index full text with GIN and titles with trigrams", async () => {
    const { rows } = await client.query<{ indexname: string; indexdef: string }>(
      "SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('project', 'report')",
    );
    const defs = Object.fromEntries(rows.map((r) => [r.indexname, r.indexdef]));
    expect(defs.project_search_vector_idx).toMatch(/USING gin \(search_vector\)/);
    expect(defs.report_search_vector_idx).toMatch(/USING gin \(search_vector\)/);
    expect(defs.project_title_trgm_idx).toMatch(/gin_trgm_ops/);
    expect(defs.report_title_trgm_idx).toMatch(/gin_trgm_ops/);
  });
});
