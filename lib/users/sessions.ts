import { loadActor, type TSessionClaims } from "@/lib/auth/actor";
import { withRefusalAudit } from "@/lib/auth/audited";
import { writeAudit } from "@/lib/audit/write-audit";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** «Logg ut overalt»: bumps the user's sessionVersion, so every token they hold stops working. */
export async function signOutEverywhere(db: PrismaClient, claims: TSessionClaims | null): Promise<void> {
  await withRefusalAudit(db, { action: "user.sign_out_everywhere", userId: claims?.userId ?? null }, () =>
    db.$transaction(async (tx) => {
      const actor = await loadActor(tx, claims);
      await tx.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } } });
      await writeAudit(tx, { userId: actor.id, action: "user.sign_out_everywhere", outcome: "success", entityType: "user", entityId: actor.id });
    }),
  );
}
