import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { AuditOutcome } from "@/lib/generated/prisma/enums";

type Db = Pick<PrismaClient, "auditLog"> | Pick<Prisma.TransactionClient, "auditLog">;

export type TAuditEntry = {
  userId?: number | null;
  /** e.g. "sign_in", "project.update", "project.publish" */
  action: string;
  outcome: AuditOutcome;
  entityType?: string | null;
  entityId?: string | number | null;
  ip?: string | null;
  details?: Prisma.InputJsonObject;
};

/** Appends one row to the audit log. */
export async function writeAudit(db: Db, entry: TAuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      userId: entry.userId ?? null,
      action: entry.action,
      outcome: entry.outcome,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
      ip: entry.ip ?? null,
      details: entry.details ?? {},
    },
  });
}
