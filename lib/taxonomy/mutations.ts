import { z } from "zod";
import { loadActor, type TActor, type TSessionClaims } from "@/lib/auth/actor";
import { withRefusalAudit } from "@/lib/auth/audited";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { changedFields, readProjectSnapshot, readReportSnapshot } from "@/lib/content/snapshot";
import { zSlug } from "@/lib/content/schemas";
import { db as defaultDb } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { validationError } from "@/lib/commands/errors";
import { slugify } from "@/lib/slug";

/**
 * Focus areas, free tags and success-factor texts: administrators only. Every change is checked
 * here (fresh user row), audited, and — when it re-tags projects or reports — gives each of them a
 * new revision, all in one transaction.
 */

type Tx = Prisma.TransactionClient;
type Options = { db?: PrismaClient };

const text = (max: number) => z.string({ error: "må være tekst" }).trim().min(1, "kan ikke være tom").max(max, `er for lang (høyst ${max} tegn)`);
const zId = z.coerce.number({ error: "mangler" }).int("mangler").positive("mangler");

export const zFocusAreaCreate = z.strictObject({ name: text(100), slug: zSlug, summary: text(1000) });
export const zFocusAreaUpdate = z.strictObject({ id: zId, name: text(100), summary: text(1000) });
export const zFocusAreaMerge = z
  .strictObject({ fromId: zId, intoId: zId })
  .refine((m) => m.fromId !== m.intoId, { path: ["intoId"], message: "må være et annet fokusområde enn det som slås sammen" });
export const zTagRename = z.strictObject({ id: zId, name: text(60) });
export const zTagMerge = z
  .strictObject({ fromId: zId, intoId: zId })
  .refine((m) => m.fromId !== m.intoId, { path: ["intoId"], message: "må være en annen stikkord enn det som slås sammen" });
export const zSuccessFactorUpdate = z.strictObject({ id: zId, name: text(100), summary: text(1000) });

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "_form"] ??= []).push(issue.message);
  throw validationError("Skjemaet har feil. Rett dem og prøv igjen.", fieldErrors);
}

/** Checks the caller inside the transaction and audits any refusal outside it. */
function asAdmin<T>(database: PrismaClient, claims: TSessionClaims | null, action: string, entityType: string, work: (tx: Tx, actor: TActor) => Promise<T>) {
  return withRefusalAudit(database, { action, userId: claims?.userId ?? null, entityType }, () =>
    database.$transaction(
      async (tx) => {
        const actor = await loadActor(tx, claims);
        assertCan(actor, "taxonomy.manage", null);
        return work(tx, actor);
      },
      { timeout: 60_000, maxWait: 10_000 },
    ),
  );
}

/** A new revision of each re-tagged project and report, so their history shows the merge. */
async function reviseTagged(tx: Tx, actor: TActor, projectIds: number[], reportIds: number[], comment: string, field: string) {
  for (const id of [...new Set(projectIds)]) {
    const { version } = await tx.project.update({ where: { id }, data: { version: { increment: 1 }, updatedById: actor.id }, select: { version: true } });
    const previous = await tx.revision.findFirst({ where: { entityType: "project", entityId: id }, orderBy: { version: "desc" }, select: { snapshot: true } });
    const snapshot = (await readProjectSnapshot(tx, id))!;
    const changed = previous ? changedFields(previous.snapshot as object, snapshot) : [field];
    await tx.revision.create({ data: { entityType: "project", entityId: id, version, userId: actor.id, snapshot, changed, comment } });
  }
  for (const id of [...new Set(reportIds)]) {
    const { version } = await tx.report.update({ where: { id }, data: { version: { increment: 1 }, updatedById: actor.id }, select: { version: true } });
    const previous = await tx.revision.findFirst({ where: { entityType: "report", entityId: id }, orderBy: { version: "desc" }, select: { snapshot: true } });
    const snapshot = (await readReportSnapshot(tx, id))!;
    const changed = previous ? changedFields(previous.snapshot as object, snapshot) : [field];
    await tx.revision.create({ data: { entityType: "report", entityId: id, version, userId: actor.id, snapshot, changed, comment } });
  }
}

export async function createFocusArea(claims: TSessionClaims | null, input: z.input<typeof zFocusAreaCreate>, options: Options = {}) {
  const data = parse(zFocusAreaCreate, input);
  return asAdmin(options.db ?? defaultDb, claims, "focus_area.create", "focus_area", async (tx, actor) => {
    if (await tx.focusArea.findUnique({ where: { slug: data.slug }, select: { id: true } })) {
      throw validationError("Skjemaet har feil. Rett dem og prøv igjen.", { slug: ["er allerede brukt av et annet fokusområde"] });
    }
    const created = await tx.focusArea.create({ data, select: { id: true, slug: true, name: true } });
    await writeAudit(tx, { userId: actor.id, action: "focus_area.create", outcome: "success", entityType: "focus_area", entityId: created.id, details: data });
    return created;
  });
}

export async function updateFocusArea(claims: TSessionClaims | null, input: z.input<typeof zFocusAreaUpdate>, options: Options = {}) {
  const data = parse(zFocusAreaUpdate, input);
  return asAdmin(options.db ?? defaultDb, claims, "focus_area.update", "focus_area", async (tx, actor) => {
    const before = await tx.focusArea.findUnique({ where: { id: data.id }, select: { name: true, summary: true } });
    if (!before) throw validationError("Fant ikke fokusområdet.");
    await tx.focusArea.update({ where: { id: data.id }, data: { name: data.name, summary: data.summary } });
    await writeAudit(tx, {
      userId: actor.id,
      action: "focus_area.update",
      outcome: "success",
      entityType: "focus_area",
      entityId: data.id,
      details: { before, after: { name: data.name, summary: data.summary } },
    });
    return { id: data.id };
  });
}

/** Moves every project and report from focus area A to B (no duplicates), then deletes A. */
export async function mergeFocusAreas(claims: TSessionClaims | null, input: z.input<typeof zFocusAreaMerge>, options: Options = {}) {
  const data = parse(zFocusAreaMerge, input);
  return asAdmin(options.db ?? defaultDb, claims, "focus_area.merge", "focus_area", async (tx, actor) => {
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
}

/** Tags are lower-case and their slug follows the name (see normalizeProject). */
export async function renameTag(claims: TSessionClaims | null, input: z.input<typeof zTagRename>, options: Options = {}) {
  const data = parse(zTagRename, input);
  const name = data.name.toLowerCase();
  const slug = slugify(name);
  if (!slug) throw validationError("Skjemaet har feil. Rett dem og prøv igjen.", { name: ["må inneholde minst én bokstav eller ett tall"] });
  return asAdmin(options.db ?? defaultDb, claims, "tag.rename", "tag", async (tx, actor) => {
    const before = await tx.tag.findUnique({ where: { id: data.id }, select: { name: true, slug: true } });
    if (!before) throw validationError("Fant ikke stikkordet.");
    const owner = await tx.tag.findUnique({ where: { slug }, select: { id: true, name: true } });
    if (owner && owner.id !== data.id) {
      throw validationError("Skjemaet har feil. Rett dem og prøv igjen.", { name: [`stikkordet «${owner.name}» finnes allerede – slå dem sammen i stedet`] });
    }
    await tx.tag.update({ where: { id: data.id }, data: { name, slug } });
    const projectIds = (await tx.projectTag.findMany({ where: { tagId: data.id }, select: { projectId: true } })).map((r) => r.projectId);
    if (before.name !== name) await reviseTagged(tx, actor, projectIds, [], `Stikkordet «${before.name}» endret til «${name}»`, "tags");
    await writeAudit(tx, { userId: actor.id, action: "tag.rename", outcome: "success", entityType: "tag", entityId: data.id, details: { before: before.name, after: name } });
    return { id: data.id, name, slug };
  });
}

/** Moves every project from tag A to B (no duplicates), then deletes A. */
export async function mergeTags(claims: TSessionClaims | null, input: z.input<typeof zTagMerge>, options: Options = {}) {
  const data = parse(zTagMerge, input);
  return asAdmin(options.db ?? defaultDb, claims, "tag.merge", "tag", async (tx, actor) => {
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
}

/** The ten success factors come from the seed: only their name and summary can be edited. */
export async function updateSuccessFactor(claims: TSessionClaims | null, input: z.input<typeof zSuccessFactorUpdate>, options: Options = {}) {
  const data = parse(zSuccessFactorUpdate, input);
  return asAdmin(options.db ?? defaultDb, claims, "success_factor.update", "success_factor", async (tx, actor) => {
    const before = await tx.successFactor.findUnique({ where: { id: data.id }, select: { name: true, summary: true } });
    if (!before) throw validationError("Fant ikke suksessfaktoren.");
    await tx.successFactor.update({ where: { id: data.id }, data: { name: data.name, summary: data.summary } });
    await writeAudit(tx, {
      userId: actor.id,
      action: "success_factor.update",
      outcome: "success",
      entityType: "success_factor",
      entityId: data.id,
      details: { before, after: { name: data.name, summary: data.summary } },
    });
    return { id: data.id };
  });
}
