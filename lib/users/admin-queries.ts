import "server-only";
import type { TActor } from "@/lib/auth/actor";
import { withRefusalAudit } from "@/lib/auth/audited";
import { assertCan } from "@/lib/auth/permissions";
import { db as defaultDb } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** What the user administration page reads (administrators only). */

/** Every user with role, counties, whether disabled, and the last sign-in. */
export async function findUsers(actor: TActor, database: PrismaClient = defaultDb) {
  return withRefusalAudit(database, { action: "user.read", userId: actor.id }, async () => {
    assertCan(actor, "user.manage", null);
    const users = await database.user.findMany({
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        disabledAt: true,
        lastSignInAt: true,
        counties: { select: { countyNumber: true, county: { select: { name: true } } }, orderBy: { countyNumber: "asc" } },
      },
      orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
    });
    return users.map((u) => ({ ...u, counties: u.counties.map((c) => ({ number: c.countyNumber, name: c.county.name })) }));
  });
}

export type TAdminUser = Awaited<ReturnType<typeof findUsers>>[number];

/** Counties to choose from for a county contact. */
export async function findCountyOptions(database: PrismaClient = defaultDb) {
  return database.county.findMany({ select: { number: true, name: true }, orderBy: { name: "asc" } });
}
