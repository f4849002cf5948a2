import "server-only";
import { db as defaultDb } from "@/lib/db";
import { MAX_PAGE } from "@/lib/http/page-param";
import type { TActor } from "@/lib/auth/actor";
import { withRefusalAudit } from "@/lib/auth/audited";
import { assertCan } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const AUDIT_PAGE_SIZE = 50;

/** The newest audit entries, for administrators only (the check is here, not in the page). */
export async function findAuditLog(actor: TActor, options: { page?: number } = {}, db: PrismaClient = defaultDb) {
  const page = Math.min(MAX_PAGE, Math.max(1, Math.floor(Number.isFinite(options.page) ? options.page! : 1)));
  return withRefusalAudit(db, { action: "audit.read", userId: actor.id }, async () => {
    assertCan(actor, "audit.read", null);
    const [entries, total] = await Promise.all([
      db.auditLog.findMany({
        select: { id: true, at: true, action: true, outcome: true, entityType: true, entityId: true, ip: true, details: true, user: { select: { name: true, email: true } } },
        orderBy: { id: "desc" },
        skip: (page - 1) * AUDIT_PAGE_SIZE,
        take: AUDIT_PAGE_SIZE,
      }),
      db.auditLog.count(),
    ]);
    return { page, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), total, entries: entries.map((e) => ({ ...e, id: String(e.id) })) };
  });
}
