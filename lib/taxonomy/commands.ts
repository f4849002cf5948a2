import type { TActor } from "@/lib/auth/actor";
import { defineCommand, type Tx } from "@/lib/commands/define-command";
import { FORM_HAS_ERRORS, notFoundError, validationError } from "@/lib/commands/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { reviseRetagged } from "@/lib/revisions/record";
import { slugify } from "@/lib/slug";
import { zFocusAreaCreate, zFocusAreaMerge, zFocusAreaUpdate, zSuccessFactorUpdate, zTagMerge, zTagRename } from "@/lib/taxonomy/schemas";

/**
 * Focus areas, free tags and success-factor texts: administrators only. Every change is a
 * command (lib/commands/define-command.ts), audited, and — when it re-tags projects or reports —
 * gives each of them a new revision (lib/revisions/record.ts), all in one transaction.
 */

/** What every taxonomy command shares: administrators only; merges touch many rows. */
const asAdmin = { permission: "taxonomy.manage", timeoutMs: 60_000 } as const;

/** A new revision of each re-tagged project and report, so their history shows the merge. */
async function reviseTagged(tx: Tx, actor: TActor, projectIds: number[], reportIds: number[], comment: string, field: string) {
  await reviseRetagged(tx, actor, "project", projectIds, comment, field);
  await reviseRetagged(tx, actor, "report", reportIds, comment, field);
}

export const createFocusArea = defineCommand({ ...asAdmin, name: "focus_area.create", input: zFocusAreaCreate, entityType: "focus_area" }, async (tx, actor, data) => {
  if (await tx.focusArea.findUnique({ where: { slug: data.slug }, select: { id: true } })) {
    throw validationError(FORM_HAS_ERRORS, { slug: ["er allerede brukt av et annet fokusområde"] });
  }
  const created = await tx.focusArea.create({ data, select: { id: true, slug: true, name: true } });
  await writeAudit(tx, { userId: actor.id, action: "focus_area.create", outcome: "success", entityType: "focus_area", entityId: created.id, details: data });
  return created;
});

type TNamed = { id: number; name: string; summary: string };

/**
 * A focus area's or a success factor's name and summary: the audit row keeps both before and
 * after. `table` is the Prisma delegate for the one being changed.
 */
async function updateNameAndSummary(
  tx: Tx,
  actor: TActor,
  kind: { entityType: "focus_area" | "success_factor"; notFound: string },
  table: {
    findUnique(args: { where: { id: number }; select: { name: true; summary: true } }): Promise<{ name: string; summary: string } | null>;
    update(args: { where: { id: number }; data: { name: string; summary: string } }): Promise<unknown>;
  },
  data: TNamed,
) {
  const before = await table.findUnique({ where: { id: data.id }, select: { name: true, summary: true } });
  if (!before) throw notFoundError(kind.notFound);
  await table.update({ where: { id: data.id }, data: { name: data.name, summary: data.summary } });
  await writeAudit(tx, {
    userId: actor.id,
    action: `${kind.entityType}.update`,
    outcome: "success",
    entityType: kind.entityType,
    entityId: data.id,
    details: { before, after: { name: data.name, summary: data.summary } },
  });
  return { id: data.id, name: data.name };
}

export const updateFocusArea = defineCommand({ ...asAdmin, name: "focus_area.update", input: zFocusAreaUpdate, entityType: "focus_area" }, (tx, actor, data) =>
  updateNameAndSummary(tx, actor, { entityType: "focus_area", notFound: "Fant ikke fokusområdet." }, tx.focusArea, data),
);

/** Moves every project and report from focus area A to B (no duplicates), then deletes A. */
export const mergeFocusAreas = defineCommand({ ...asAdmin, name: "focus_area.merge", input: zFocusAreaMerge, entityType: "focus_area" }, async (tx, actor, data) => {
  const areas = await tx.focusArea.findMany({ where: { id: { in: [data.fromId, data.intoId] } }, select: { id: true, slug: true, name: true } });
  const from = areas.find((a) => a.id === data.fromId);
  const into = areas.find((a) => a.id === data.intoId);
  if (!from) throw validationError("Fant ikke fokusområdet som skal slås sammen.", { fromId: ["finnes ikke"] });
  if (!into) throw validationError("Fant ikke fokusområdet det skal slås sammen med.", { intoId: ["finnes ikke"] });
  const projectIds = (await tx.projectFocusArea.findMany({ where: { focusAreaId: from.id }, select: { projectId: true } })).map((r) => r.projectId);
  const reportIds = (await tx.reportFocusArea.findMany({ where: { focusAreaId: from.id }, select: { reportId: true } })).map((r) => r.reportId);
  await tx.projectFocusArea.createMany({ data: projectIds.map((projectId) => ({ projectId, focusAreaId: into.id })), skipDuplicates: true });
  await tx.reportFocusArea.createMany({ data: reportIds.map((reportId) => ({ reportId, focusAreaId: into.id })), skipDuplicates: true });
  // Deleting A cascades to its join rows.
  await tx.focusArea.delete({ where: { id: from.id } });
  await reviseTagged(tx, actor, projectIds, reportIds, `Fokusområdet «${from.name}» slått sammen med «${into.name}»`, "focusAreas");
  await writeAudit(tx, {
    userId: actor.id,
    action: "focus_area.merge",
    outcome: "success",
    entityType: "focus_area",
    entityId: into.id,
    details: { from: from.slug, into: into.slug, projects: projectIds.length, reports: reportIds.length },
  });
  return { from: from.slug, into: into.slug, projects: projectIds.length, reports: reportIds.length };
});

/** Tags are lower-case and their slug follows the name (see normalizeProject). */
export const renameTag = defineCommand({ ...asAdmin, name: "tag.rename", input: zTagRename, entityType: "tag" }, async (tx, actor, data) => {
  const name = data.name.toLowerCase();
  const slug = slugify(name);
  if (!slug) throw validationError(FORM_HAS_ERRORS, { name: ["må inneholde minst én bokstav eller ett tall"] });
  const before = await tx.tag.findUnique({ where: { id: data.id }, select: { name: true, slug: true } });
  if (!before) throw notFoundError("Fant ikke stikkordet.");
  const owner = await tx.tag.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (owner && owner.id !== data.id) {
    throw validationError(FORM_HAS_ERRORS, { name: [`stikkordet «${owner.name}» finnes allerede – slå dem sammen i stedet`] });
  }
  await tx.tag.update({ where: { id: data.id }, data: { name, slug } });
  const projectIds = (await tx.projectTag.findMany({ where: { tagId: data.id }, select: { projectId: true } })).map((r) => r.projectId);
  if (before.name !== name) await reviseTagged(tx, actor, projectIds, [], `Stikkordet «${before.name}» endret til «${name}»`, "tags");
  await writeAudit(tx, { userId: actor.id, action: "tag.rename", outcome: "success", entityType: "tag", entityId: data.id, details: { before: before.name, after: name } });
  return { id: data.id, name, slug };
});

/** Moves every project from tag A to B (no duplicates), then deletes A. */
export const mergeTags = defineCommand({ ...asAdmin, name: "tag.merge", input: zTagMerge, entityType: "tag" }, async (tx, actor, data) => {
  const tags = await tx.tag.findMany({ where: { id: { in: [data.fromId, data.intoId] } }, select: { id: true, name: true } });
  const from = tags.find((t) => t.id === data.fromId);
  const into = tags.find((t) => t.id === data.intoId);
  if (!from) throw validationError("Fant ikke stikkordet som skal slås sammen.", { fromId: ["finnes ikke"] });
  if (!into) throw validationError("Fant ikke stikkordet det skal slås sammen med.", { intoId: ["finnes ikke"] });
  const projectIds = (await tx.projectTag.findMany({ where: { tagId: from.id }, select: { projectId: true } })).map((r) => r.projectId);
  await tx.projectTag.createMany({ data: projectIds.map((projectId) => ({ projectId, tagId: into.id })), skipDuplicates: true });
  await tx.tag.delete({ where: { id: from.id } });
  await reviseTagged(tx, actor, projectIds, [], `Stikkordet «${from.name}» slått sammen med «${into.name}»`, "tags");
  await writeAudit(tx, {
    userId: actor.id,
    action: "tag.merge",
    outcome: "success",
    entityType: "tag",
    entityId: into.id,
    details: { from: from.name, into: into.name, projects: projectIds.length },
  });
  return { from: from.name, into: into.name, projects: projectIds.length };
});

/** The ten success factors come from the seed: only their name and summary can be edited. */
export const updateSuccessFactor = defineCommand({ ...asAdmin, name: "success_factor.update", input: zSuccessFactorUpdate, entityType: "success_factor" }, (tx, actor, data) =>
  updateNameAndSummary(tx, actor, { entityType: "success_factor", notFound: "Fant ikke suksessfaktoren." }, tx.successFactor, data),
);
