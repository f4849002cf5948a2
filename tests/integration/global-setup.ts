import crypto from "node:crypto";
import type { TestProject } from "vitest/node";
import { dropDatabase, ensureDatabase, migrateDeploy, startEmbeddedPostgres, withDatabase, type EmbeddedServer } from "@/lib/cli/database";

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
