import "server-only";
import type { TActor } from "@/lib/auth/actor";
import { withRefusalAudit } from "@/lib/auth/audited";
import { assertCan } from "@/lib/auth/permissions";
import { db as defaultDb } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Every pair, for the admin page. */
export async function findSynonyms(actor: TActor, database: PrismaClient = defaultDb) {
  return withRefusalAudit(database, { action: "synonym.read", userId: actor.id }, async () => {
    assertCan(actor, "synonym.manage", null);
    return database.searchSynonym.findMany({ select: { id: true, term: true, equivalent: true }, orderBy: [{ term: "asc" }, { equivalent: "asc" }] });
  });
}
