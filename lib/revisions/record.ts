import type { TActor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import type { TConflict } from "@/lib/commands/errors";
import { changedFields, readProjectSnapshot, readReportSnapshot } from "@/lib/content/snapshot";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Revisions and their audit rows, for every command that changes a project or a report: one new
 * version, the snapshot as stored after the change, the fields that changed, who did it. Also the
 * conflict check's "who changed what since you started".
 */

type Tx = Prisma.TransactionClient;
export type TRevisedEntity = "project" | "report";

export type TSaveResult = { id: number; slug: string; version: number; changed: string[] };

const snapshotOf = (tx: Tx, entityType: TRevisedEntity, id: number) => (entityType === "project" ? readProjectSnapshot(tx, id) : readReportSnapshot(tx, id));

async function setVersion(tx: Tx, entityType: TRevisedEntity, id: number, version: number, userId: number) {
  const data = { version, updatedById: userId };
  if (entityType === "project") await tx.project.update({ where: { id }, data });
  else await tx.report.update({ where: { id }, data });
}

/**
 * Records one save: bumps the row to `version`, stores the snapshot as a Revision and writes the
 * audit row, all in the save's transaction. `before` is null for a new record.
 */
export async function recordRevision(
  tx: Tx,
  actor: TActor,
  save: { entityType: TRevisedEntity; id: number; version: number; before: object | null; action: string; comment?: string },
): Promise<TSaveResult> {
  const after = (await snapshotOf(tx, save.entityType, save.id))!;
  const changed = changedFields(save.before, after);
  const { entityType, id, version } = save;
  await setVersion(tx, entityType, id, version, actor.id);
  await tx.revision.create({ data: { entityType, entityId: id, version, userId: actor.id, snapshot: after, changed, comment: save.comment ?? null } });
  await writeAudit(tx, { userId: actor.id, action: save.action, outcome: "success", entityType, entityId: id, details: { version, changed } });
  return { id, slug: after.slug, version, changed };
}

/**
 * A new revision of each record a taxonomy change re-tagged (a merge or a rename), so their
 * history shows it. `field` is what changed when there is no earlier revision to compare with.
 */
export async function reviseRetagged(tx: Tx, actor: TActor, entityType: TRevisedEntity, ids: number[], comment: string, field: string) {
  for (const id of [...new Set(ids)]) {
    const data = { version: { increment: 1 }, updatedById: actor.id };
    const { version } = entityType === "project" ? await tx.project.update({ where: { id }, data, select: { version: true } }) : await tx.report.update({ where: { id }, data, select: { version: true } });
    const previous = await tx.revision.findFirst({ where: { entityType, entityId: id }, orderBy: { version: "desc" }, select: { snapshot: true } });
    const snapshot = (await snapshotOf(tx, entityType, id))!;
    const changed = previous ? changedFields(previous.snapshot as object, snapshot) : [field];
    await tx.revision.create({ data: { entityType, entityId: id, version, userId: actor.id, snapshot, changed, comment } });
  }
}

/** What changed since `baseVersion` (the version the editor started from) and who changed it. */
export async function conflictSince(tx: Tx, entityType: TRevisedEntity, id: number, baseVersion: number, currentVersion: number, current: object): Promise<TConflict> {
  const base = await tx.revision.findUnique({
    where: { entityType_entityId_version: { entityType, entityId: id, version: baseVersion } },
    select: { snapshot: true },
  });
  const since = await tx.revision.findMany({ where: { entityType, entityId: id, version: { gt: baseVersion } }, select: { user: { select: { name: true } } } });
  const changed = changedFields((base?.snapshot as object | undefined) ?? null, current);
  const changedBy = [...new Set(since.map((r) => r.user?.name).filter((n): n is string => Boolean(n)))];
  return { currentVersion, changed, changedBy };
}
