import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { parseEnv } from "@/lib/env";

/**
 * One PrismaClient per process (kept on globalThis so that Next's dev reloads do not open a new
 * pool each time). Queries go through the pg driver adapter: Prisma 7 needs no query engine binary.
 */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: 10 });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function getDb(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(parseEnv(undefined, ["DATABASE_URL"]).DATABASE_URL);
  return globalForPrisma.prisma;
}

/** Lazily connected client: importing this module never touches the database or the environment. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
