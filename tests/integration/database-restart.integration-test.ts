import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataDir, ensureDatabase, migrateDeploy, startEmbeddedPostgres, withDatabase, type EmbeddedServer } from "@/lib/cli/database";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// "After a PostgreSQL restart under load the site answered again within a second, on its own."
// A PostgreSQL of this test's own (embedded, on its own port: never the machine's shared server)
// is stopped and started again while the data layer's pool is busy; the same client, never
// recreated, must answer again within a second of the server being back.
const port = Number(process.env.RESTART_TEST_PG_PORT ?? 54362);
const folder = `restart-test-${crypto.randomBytes(4).toString("hex")}`;
let server: EmbeddedServer | undefined;
let db: PrismaClient;

beforeAll(async () => {
  server = await startEmbeddedPostgres({ folder, port, persistent: true });
  await ensureDatabase(server.serverUrl, "kb_restart");
  const url = withDatabase(server.serverUrl, "kb_restart");
  await migrateDeploy(url, { quiet: true });
  db = createPrismaClient(url);
  await db.focusArea.create({ data: { slug: "bredband", name: "Bredbånd", summary: "Utbygging av bredbånd." } });
}, 180_000);

afterAll(async () => {
  await db?.$disconnect().catch(() => undefined);
  await server?.stop().catch(() => undefined);
  fs.rmSync(path.join(dataDir, folder), { recursive: true, force: true });
});

describe("a PostgreSQL restart under load", () => {
  it("is survived by the data layer without restarting it: queries succeed again within a second", async () => {
    const outcomes: { at: number; ok: boolean }[] = [];
    let running = true;
    // Eight concurrent request loops, as a busy site would have.
    const workers = Array.from({ length: 8 }, async () => {
      while (running) {
        const ok = await db.focusArea
          .count()
          .then((n) => n === 1)
          .catch(() => false);
        outcomes.push({ at: Date.now(), ok });
        if (!ok) await new Promise((resolve) => setTimeout(resolve, 20));
      }
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(outcomes.length).toBeGreaterThan(0);
      expect(outcomes.every((o) => o.ok)).toBe(true);

      await server!.stop();
      server = undefined;
      const down = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      // While it is down, queries fail (they are not silently served from somewhere else).
      expect(outcomes.some((o) => o.at > down + 200 && !o.ok)).toBe(true);

      server = await startEmbeddedPostgres({ folder, port, persistent: true });
      const back = Date.now();
      await expect.poll(() => outcomes.some((o) => o.at >= back && o.ok), { timeout: 5_000, interval: 20 }).toBe(true);
      const firstSuccess = outcomes.find((o) => o.at >= back && o.ok)!.at;
      expect(firstSuccess - back).toBeLessThan(1_000);
      // And it stays up: the last second is all successes.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const since = Date.now() - 500;
      expect(outcomes.filter((o) => o.at >= since).every((o) => o.ok)).toBe(true);
    } finally {
      running = false;
      await Promise.all(workers);
    }
  }, 60_000);
});
