import "server-only";
import fs from "node:fs";
import path from "node:path";
import { getDb } from "@/lib/db";

/**
 * Readiness for load balancers: the database answers, and every migration folder the code was
 * built with has been applied. Checked at most every CACHE_MS (a balancer may poll every second
 * from several places), and never longer than TIMEOUT_MS, so a hanging database reads as not
 * ready rather than as a hanging health check.
 */
const CACHE_MS = 2_000;
const TIMEOUT_MS = 3_000;

export type TReadiness = { ready: boolean; database: "ok" | "unavailable"; migrations: "ok" | "pending" | "unknown" };

let cached: { at: number; result: TReadiness } | undefined;
let inFlight: Promise<TReadiness> | undefined;
let expected: string[] | undefined;

/** The migrations this code expects, read once per process from prisma/migrations. */
function expectedMigrations(): string[] {
  if (!expected) {
    const dir = path.join(process.cwd(), "prisma", "migrations");
    expected = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  }
  return expected;
}

async function check(): Promise<TReadiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS);
  });
  try {
    const rows = await Promise.race([
      getDb().$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      timeout,
    ]);
    const applied = new Set(rows.map((row) => row.migration_name));
    let wanted: string[];
    try {
      wanted = expectedMigrations();
    } catch {
      return { ready: false, database: "ok", migrations: "unknown" };
    }
    const complete = wanted.length > 0 && wanted.every((name) => applied.has(name));
    return { ready: complete, database: "ok", migrations: complete ? "ok" : "pending" };
  } catch {
    // No error text leaves this function: it would name hosts, tables or versions.
    return { ready: false, database: "unavailable", migrations: "unknown" };
  } finally {
    clearTimeout(timer);
  }
}

/** The readiness of this instance, from a check no older than CACHE_MS. Never throws. */
export async function readiness(now = Date.now()): Promise<TReadiness> {
  if (cached && now - cached.at < CACHE_MS) return cached.result;
  inFlight ??= check().then((result) => {
    cached = { at: now, result };
    inFlight = undefined;
    return result;
  });
  return inFlight;
}
