import crypto from "node:crypto";
import { inject } from "vitest";
import { dropDatabase, ensureDatabase, migrateDeploy, withDatabase } from "@/lib/cli/database";

/**
 * A database of its own for a test file that needs to start empty or that adds records the
 * others do not expect: created on the run's server with every migration applied.
 */
export async function createIsolatedDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = inject("serverUrl");
  const name = `kb_test_${prefix}_${crypto.randomBytes(4).toString("hex")}`;
  await ensureDatabase(serverUrl, name);
  const url = withDatabase(serverUrl, name);
  await migrateDeploy(url, { quiet: true });
  return { url, drop: () => dropDatabase(serverUrl, name) };
}
