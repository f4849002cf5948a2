import "server-only";
import type { TActor } from "@/lib/auth/actor";
import { withRefusalAudit } from "@/lib/auth/audited";
import { assertCan } from "@/lib/auth/permissions";
import { db as defaultDb } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Focus areas, tags and success factors with their use, for the taxonomy page (administrators only). */
export async function findTaxonomy(actor: TActor, db: PrismaClient = defaultDb) {
  return withRefusalAudit(db, { action: "taxonomy.read", userId: actor.id }, async () => {
    assertCan(actor, "taxonomy.manage", null);
    const [focusAreas, tags, successFactors] = await Promise.all([
      db.focusArea.findMany({
        select: { id: true, slug: true, name: true, summary: true, _count: { select: { projects: true, reports: true } } },
        orderBy: { name: "asc" },
      }),
      db.tag.findMany({ select: { id: true, slug: true, name: true, _count: { select: { projects: true } } }, orderBy: { name: "asc" } }),
      db.successFactor.findMany({ select: { id: true, slug: true, name: true, summary: true }, orderBy: { position: "asc" } }),
    ]);
    return {
      focusAreas: focusAreas.map(({ _count, ...a }) => ({ ...a, projectCount: _count.projects, reportCount: _count.reports })),
      tags: tags.map(({ _count, ...t }) => ({ ...t, projectCount: _count.projects })),
      successFactors,
    };
  });
}

export type TTaxonomy = Awaited<ReturnType<typeof findTaxonomy>>;
