import type { TActor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { FORM_HAS_ERRORS, notFoundError, validationError, type TConflict } from "@/lib/commands/errors";
import { changedFields, readProjectSnapshot, readReportSnapshot } from "@/lib/content/snapshot";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EditorialState } from "@/lib/generated/prisma/enums";

/**
 * Revisions and their audit rows, for every command that changes a project or a report: one new
 * version, the snapshot as stored after the change, the fields that changed, who did it. Also the
 * conflict check's "who changed what since you started", the row lock every edit takes first, and
 * the slug checks of a save.
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

/**
 * Locks a project's or report's row for the rest of the transaction, so two saves cannot
 * interleave. `ownerId` is the project's adviser, or the report's creator: what the permission
 * table asks about.
 */
export async function lockForSave(tx: Tx, entityType: TRevisedEntity, id: number): Promise<{ version: number; ownerId: number | null; state: EditorialState }> {
  type TRow = { version: number; owner_id: number | null; state: EditorialState };
  const rows =
    entityType === "project"
      ? await tx.$queryRaw<TRow[]>`SELECT version, adviser_id AS owner_id, state::text AS state FROM project WHERE id = ${id} FOR UPDATE`
      : await tx.$queryRaw<TRow[]>`SELECT version, created_by_id AS owner_id, state::text AS state FROM report WHERE id = ${id} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw notFoundError(entityType === "project" ? "Fant ikke prosjektet." : "Fant ikke rapporten.");
  return { version: row.version, ownerId: row.owner_id, state: row.state };
}

const slugTaken = { project: "er allerede brukt av et annet prosjekt", report: "er allerede brukt av en annen rapport" } as const;

async function slugOwner(tx: Tx, entityType: TRevisedEntity, slug: string) {
  return entityType === "project"
    ? tx.project.findUnique({ where: { slug }, select: { id: true } })
    : tx.report.findUnique({ where: { slug }, select: { id: true } });
}

/** Refuses a new record's slug when another record of its kind already has it. */
export async function assertSlugFree(tx: Tx, entityType: TRevisedEntity, slug: string) {
  if (await slugOwner(tx, entityType, slug)) throw validationError(FORM_HAS_ERRORS, { slug: [slugTaken[entityType]] });
}

type TLinkedSlugs = { focusAreas: string[]; successFactors: string[]; reports?: string[] };
export type TLinkedIds = { focusAreas: Map<string, number>; successFactors: Map<string, number>; reports: Map<string, number> };

/**
 * The checks before a save writes its fields: every focus area, success factor and report it
 * names exists, and its own slug is not another record's. One validation error naming each field
 * that is wrong, or the ids of what it links to, by slug.
 */
export async function resolveSlugs(tx: Tx, entityType: TRevisedEntity, id: number, slug: string, linked: TLinkedSlugs): Promise<TLinkedIds> {
  const focusAreas = await tx.focusArea.findMany({ where: { slug: { in: linked.focusAreas } }, select: { id: true, slug: true } });
  const factors = await tx.successFactor.findMany({ where: { slug: { in: linked.successFactors } }, select: { id: true, slug: true } });
  const reports = linked.reports ? await tx.report.findMany({ where: { slug: { in: linked.reports } }, select: { id: true, slug: true } }) : [];
  const problems: Record<string, string[]> = {};
  const missing = (field: string, wanted: string[], found: { slug: string }[]) => {
    const unknown = wanted.filter((s) => !found.some((f) => f.slug === s));
    if (unknown.length) problems[field] = [`ukjent: ${unknown.join(", ")}`];
  };
  missing("focusAreas", linked.focusAreas, focusAreas);
  missing("successFactors", linked.successFactors, factors);
  if (linked.reports) missing("reports", linked.reports, reports);
  const owner = await slugOwner(tx, entityType, slug);
  if (owner && owner.id !== id) problems.slug = [slugTaken[entityType]];
  if (Object.keys(problems).length) throw validationError(FORM_HAS_ERRORS, problems);
  const bySlug = (rows: { id: number; slug: string }[]) => new Map(rows.map((r) => [r.slug, r.id]));
  return { focusAreas: bySlug(focusAreas), successFactors: bySlug(factors), reports: bySlug(reports) };
}
