import { UnauthenticatedError } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { isForbidden } from "@/lib/commands/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Runs `work` (usually a transaction) and audits every refusal with outcome "refused". The
 * audit row is written outside the transaction that failed, so the rollback keeps it.
 */
export async function withRefusalAudit<T>(
  db: PrismaClient,
  context: { action: string; userId: number | null; entityType?: string; entityId?: string | number | null },
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isForbidden(error)) {
      const refusal = error.refusal;
      await writeAudit(db, {
        userId: refusal ? refusal.userId : context.userId,
        action: refusal?.action ?? context.action,
        outcome: "refused",
        entityType: refusal?.entity?.type ?? context.entityType,
        entityId: refusal?.entity?.id ?? context.entityId,
        details: { reason: "forbidden", attempted: context.action },
      });
    } else if (error instanceof UnauthenticatedError) {
      await writeAudit(db, {
        userId: context.userId,
        action: context.action,
        outcome: "refused",
        entityType: context.entityType,
        entityId: context.entityId,
        details: { reason: error.reason, attempted: context.action },
      });
    }
    throw error;
  }
}
