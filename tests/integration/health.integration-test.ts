import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readiness } from "@/lib/health/readiness";
import { createIsolatedDatabase } from "@/tests/support/isolated-database";

// Readiness against a real database: ready when every migration folder is applied, not ready
// when one is missing or the database is gone. (The HTTP side, 200 and 503, is in
// tests/e2e/health.e2e.ts.)
let db: PrismaClient;
let drop: () => Promise<void>;
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };
// Each call asks again: the cache lasts 2 s, these calls are a minute apart on the clock they pass.
let clock = Date.now();
const fresh = () => readiness((clock += 60_000));

beforeAll(async () => {
  const database = await createIsolatedDatabase("health");
  drop = database.drop;
  db = createPrismaClient(database.url);
  // The client lib/db.ts would make from DATABASE_URL.
  globalForPrisma.prisma = db;
});

afterAll(async () => {
  globalForPrisma.prisma = undefined;
  await db?.$disconnect();
  await drop?.();
});

describe("readiness", () => {
  it("is ready when the database answers and every migration is applied", async () => {
    expect(await fresh()).toEqual({ ready: true, database: "ok", migrations: "ok" });
  });

  it("answers from its cache within 2 seconds, without asking the database", async () => {
    const at = clock;
    await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = (SELECT max(migration_name) FROM _prisma_migrations)`;
    expect((await readiness(at + 1_000)).ready).toBe(true);
  });

  it("is not ready when a migration is missing", async () => {
    expect(await fresh()).toEqual({ ready: false, database: "ok", migrations: "pending" });
    await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = NULL`;
    expect((await fresh()).ready).toBe(true);
  });

  it("is not ready, and says nothing more, when the database cannot be reached", async () => {
    const unreachable = createPrismaClient("postgresql://postgres@127.0.0.1:9/nede");
    globalForPrisma.prisma = unreachable;
    try {
      expect(await fresh()).toEqual({ ready: false, database: "unavailable", migrations: "unknown" });
    } finally {
      globalForPrisma.prisma = db;
      await unreachable.$disconnect();
    }
  });
});
