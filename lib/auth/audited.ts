import { UnauthenticatedError } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
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
    if (error instanceof ForbiddenError || error instanceof UnauthenticatedError) {
      await writeAudit(db, {
        userId: error instanceof ForbiddenError ? error.userId : context.userId,
        action: error instanceof ForbiddenError ? error.action : context.action,
        outcome: "refused",
        entityType: error instanceof ForbiddenError ? (error.entity?.type ?? context.entityType) : context.entityType,
        entityId: error instanceof ForbiddenError ? (error.entity?.id ?? context.entityId) : context.entityId,
        details: { reason: error instanceof ForbiddenError ? "forbidden" : error.reason, attempted: context.action },
      });
    }
    throw error;
  }
}
