// Prisma CLI configuration. The schema engine is the project's own stand-in running Prisma's
// official WebAssembly engine (prisma/engine/), because the CLI cannot download its native
// binary on an air-gapped machine. It must be set before the CLI looks the engine up.
import path from "node:path";
import { fileURLToPath } from "node:url";
import "dotenv/config";
import { defineConfig } from "prisma/config";

const root = path.dirname(fileURLToPath(import.meta.url));
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(root, "prisma/engine/schema-engine.mjs");

export default defineConfig({
  schema: path.join(root, "prisma/schema.prisma"),
  migrations: { path: path.join(root, "prisma/migrations") },
  // `prisma generate` needs no database; commands that do fail with Prisma's own message.
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
