import { writeAudit } from "@/lib/audit/write-audit";
import type { TActor } from "@/lib/auth/actor";
import { assertCan, type TProjectAction } from "@/lib/auth/permissions";
import { defineCommand, type Tx } from "@/lib/commands/define-command";
import { CommandError, FORM_HAS_ERRORS, notFoundError, validationError } from "@/lib/commands/errors";
import { readProjectSnapshot } from "@/lib/content/snapshot";
import type { EditorialState, FactorEvidence } from "@/lib/generated/prisma/enums";
import { MAPPING_PILLAR, mappingProgress } from "@/lib/mapping/guide";
import { zAdviserFocusAreas, zAssignAdviser, zSaveMapping } from "@/lib/mapping/schemas";
import { conflictSince, lockForSave, recordRevision, type TSaveResult } from "@/lib/revisions/record";

/**
 * Assignment and mapping (issue 13), as commands (lib/commands/define-command.ts): an
 * administrator sets an adviser's focus areas; a county contact (their counties) or an
 * administrator assigns an adviser to a candidate; the adviser saves the mapping guide. Project
 * changes are recorded as revisions through lib/revisions/record.ts, everything is audited.
 */

/** The states in which a project can be given an adviser: it is not yet published or archived. */
const assignableStates: EditorialState[] = ["kandidat", "under_kartlegging"];

/** The stored project as the permission table sees it, with its row locked for the save. */
async function lockedProject(tx: Tx, id: number) {
  const row = await lockForSave(tx, "project", id);
  const municipalities = await tx.projectMunicipality.findMany({ where: { projectId: id }, select: { municipality: { select: { countyNumber: true } } } });
  const countyNumbers = [...new Set(municipalities.map((m) => m.municipality.countyNumber))].sort();
  return { version: row.version, state: row.state, resource: { countyNumbers, adviserId: row.ownerId, state: row.state } };
}

async function assertProjectAllowed(tx: Tx, actor: TActor, action: TProjectAction, id: number, version: number) {
  const project = await lockedProject(tx, id);
  assertCan(actor, action, project.resource, { type: "project", id });
  const before = (await readProjectSnapshot(tx, id))!;
  if (project.version !== version) {
    const conflict = await conflictSince(tx, "project", id, version, project.version, before);
    throw new CommandError(
      "conflict",
      `Ikke lagret: prosjektet er endret av ${conflict.changedBy.join(" og ") || "en annen bruker"} siden du åpnet det (nå versjon ${conflict.currentVersion}). Last siden på nytt og prøv igjen.`,
      { conflict },
    );
  }
  return { ...project, before };
}

/** The focus areas an adviser maps in; replaces the ones they had. Administrators only. */
export const setAdviserFocusAreas = defineCommand(
  { name: "user.focus_areas", input: zAdviserFocusAreas, permission: "user.focus_areas", entityType: "user", entityId: (input) => input.userId },
  async (tx, actor, input) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true, name: true, role: true, focusAreas: { select: { focusArea: { select: { slug: true } } } } } });
    if (!user) throw notFoundError("Fant ikke brukeren.");
    if (user.role !== "adviser") throw validationError("Bare rådgivere har fokusområder.", { focusAreas: ["bare rådgivere har fokusområder"] });
    const wanted = [...new Set(input.focusAreas)].sort();
    const found = await tx.focusArea.findMany({ where: { slug: { in: wanted } }, select: { id: true, slug: true } });
    const unknown = wanted.filter((slug) => !found.some((f) => f.slug === slug));
    if (unknown.length) throw validationError(FORM_HAS_ERRORS, { focusAreas: [`ukjent fokusområde: ${unknown.join(", ")}`] });
    await tx.adviserFocusArea.deleteMany({ where: { userId: user.id } });
    await tx.adviserFocusArea.createMany({ data: found.map((f) => ({ userId: user.id, focusAreaId: f.id })) });
    const before = user.focusAreas.map((f) => f.focusArea.slug).sort();
    await writeAudit(tx, { userId: actor.id, action: "user.focus_areas", outcome: "success", entityType: "user", entityId: user.id, details: { before, after: wanted } });
    return { id: user.id, name: user.name, email: user.email, focusAreas: wanted };
  },
);

export type TAssignment = TSaveResult & { title: string; adviser: { id: number; name: string; email: string }; assignedBy: string };

/**
 * Gives a candidate (or a project under mapping) its adviser and moves it to «under kartlegging».
 * The adviser is told by e-mail after the transaction (lib/mapping/notify.ts): a failed send never
 * undoes the assignment.
 */
export const assignAdviser = defineCommand(
  { name: "project.assign_adviser", input: zAssignAdviser, entityType: "project", entityId: (input) => input.id },
  async (tx, actor, input): Promise<TAssignment> => {
    const project = await assertProjectAllowed(tx, actor, "project.assign", input.id, input.version);
    if (!assignableStates.includes(project.state)) {
      throw validationError("Bare kandidater og prosjekter under kartlegging kan få en rådgiver.", { adviserId: ["prosjektet er publisert eller arkivert"] });
    }
    const adviser = await tx.user.findUnique({ where: { id: input.adviserId }, select: { id: true, name: true, email: true, role: true, disabledAt: true } });
    // A forged form could name any user: only active advisers map projects.
    if (!adviser || adviser.disabledAt) throw validationError(FORM_HAS_ERRORS, { adviserId: ["er ikke en aktiv bruker"] });
    if (adviser.role !== "adviser") throw validationError(FORM_HAS_ERRORS, { adviserId: ["må være en rådgiver"] });
    if (project.resource.adviserId === adviser.id && project.state === "under_kartlegging") {
      throw validationError(`${adviser.name} kartlegger allerede prosjektet.`, { adviserId: ["er allerede tildelt"] });
    }
    const now = new Date();
    await tx.project.update({ where: { id: input.id }, data: { adviserId: adviser.id, state: "under_kartlegging" } });
    await tx.projectMapping.upsert({
      where: { projectId: input.id },
      create: { projectId: input.id, assignedAt: now, assignedById: actor.id },
      update: { assignedAt: now, assignedById: actor.id },
    });
    const result = await recordRevision(tx, actor, {
      entityType: "project",
      id: input.id,
      version: project.version + 1,
      before: project.before,
      action: "project.assign_adviser",
      comment: `Tildelt rådgiver ${adviser.name}`,
    });
    const changed = result.changed.includes("adviserId") ? result.changed : [...result.changed, "adviserId"];
    return { ...result, changed, title: project.before.title, adviser: { id: adviser.id, name: adviser.name, email: adviser.email }, assignedBy: actor.name };
  },
);

export type TMappingSaved = TSaveResult & { mapped: number; total: number; complete: boolean };

/**
 * The mapping guide's save: for each success factor of the guide, whether the project showed it
 * and how (or why not), and the project's focus areas. A factor shown, with a note, is linked to
 * the project with that note (what the public page shows); one the adviser found not shown is
 * unlinked. Recorded as a new revision, with the mapping's before and after in the audit row.
 */
export const saveProjectMapping = defineCommand(
  { name: "project.mapping", input: zSaveMapping, entityType: "project", entityId: (input) => input.id },
  async (tx, actor, input): Promise<TMappingSaved> => {
    const project = await assertProjectAllowed(tx, actor, "project.update", input.id, input.version);
    const guide = await tx.successFactor.findMany({ where: { pillar: { slug: MAPPING_PILLAR } }, select: { id: true, slug: true }, orderBy: { position: "asc" } });
    const problems: Record<string, string[]> = {};
    const unknownFactors = input.factors.filter((f) => !guide.some((g) => g.slug === f.factor)).map((f) => f.factor);
    if (unknownFactors.length) problems.factors = [`ukjent suksessfaktor: ${unknownFactors.join(", ")}`];
    const focusSlugs = [...new Set(input.focusAreas)].sort();
    const focus = await tx.focusArea.findMany({ where: { slug: { in: focusSlugs } }, select: { id: true, slug: true } });
    const unknownFocus = focusSlugs.filter((slug) => !focus.some((f) => f.slug === slug));
    if (unknownFocus.length) problems.focusAreas = [`ukjent fokusområde: ${unknownFocus.join(", ")}`];
    if (Object.keys(problems).length) throw validationError(FORM_HAS_ERRORS, problems);

    const stored = await tx.projectFactorMapping.findMany({ where: { projectId: input.id }, select: { successFactorId: true, evidence: true, note: true } });
    const mappingBefore = new Map(stored.map((m) => [m.successFactorId, { evidence: m.evidence, note: m.note }]));
    const changedFactors: { factor: string; before: { evidence: FactorEvidence | null; note: string } | null; after: { evidence: FactorEvidence | null; note: string } }[] = [];
    for (const entry of input.factors) {
      const factor = guide.find((g) => g.slug === entry.factor)!;
      const after = { evidence: entry.evidence, note: entry.note };
      const previous = mappingBefore.get(factor.id) ?? null;
      mappingBefore.set(factor.id, after);
      if (previous && previous.evidence === after.evidence && previous.note === after.note) continue;
      if (!previous && after.evidence === null && after.note === "") continue;
      changedFactors.push({ factor: entry.factor, before: previous, after });
      await tx.projectFactorMapping.upsert({
        where: { projectId_successFactorId: { projectId: input.id, successFactorId: factor.id } },
        create: { projectId: input.id, successFactorId: factor.id, evidence: after.evidence, note: after.note, updatedById: actor.id },
        update: { evidence: after.evidence, note: after.note, updatedById: actor.id },
      });
      // What the public page says follows the adviser's finding.
      if (after.evidence === "shown" && after.note !== "") {
        await tx.projectSuccessFactor.upsert({
          where: { projectId_successFactorId: { projectId: input.id, successFactorId: factor.id } },
          create: { projectId: input.id, successFactorId: factor.id, note: after.note },
          update: { note: after.note },
        });
      } else if (after.evidence === "not_shown") {
        await tx.projectSuccessFactor.deleteMany({ where: { projectId: input.id, successFactorId: factor.id } });
      }
    }
    const focusBefore = [...project.before.focusAreas].sort();
    const focusChanged = focusBefore.join() !== focusSlugs.join();
    if (focusChanged) {
      await tx.projectFocusArea.deleteMany({ where: { projectId: input.id } });
      await tx.projectFocusArea.createMany({ data: focus.map((f) => ({ projectId: input.id, focusAreaId: f.id })) });
    }

    const entries = guide.map((g) => mappingBefore.get(g.id) ?? { evidence: null, note: "" });
    const progress = mappingProgress(entries, guide.length);
    const current = await tx.projectMapping.findUnique({ where: { projectId: input.id }, select: { completedAt: true, mappedFactors: true } });
    const completedAt = progress.complete ? (current?.completedAt ?? new Date()) : null;
    if (changedFactors.length === 0 && !focusChanged) {
      return { id: input.id, slug: project.before.slug, version: project.version, changed: [], ...progress };
    }
    await tx.projectMapping.upsert({
      where: { projectId: input.id },
      create: { projectId: input.id, mappedFactors: progress.mapped, completedAt },
      update: { mappedFactors: progress.mapped, completedAt },
    });
    const result = await recordRevision(tx, actor, {
      entityType: "project",
      id: input.id,
      version: project.version + 1,
      before: project.before,
      action: "project.mapping",
      comment: `Kartlegging: ${progress.mapped} av ${progress.total} suksessfaktorer kartlagt`,
    });
    const changed = changedFactors.length && !result.changed.includes("mapping") ? [...result.changed, "mapping"] : result.changed;
    if (changed !== result.changed) {
      await tx.revision.update({ where: { entityType_entityId_version: { entityType: "project", entityId: input.id, version: result.version } }, data: { changed } });
    }
    // The answers that changed, before and after, beside the revision (whose snapshot holds the
    // factors the project showed, not the ones it did not).
    await writeAudit(tx, {
      userId: actor.id,
      action: "project.mapping.factors",
      outcome: "success",
      entityType: "project",
      entityId: input.id,
      details: { version: result.version, factors: changedFactors, mapped: progress.mapped, total: progress.total },
    });
    return { ...result, changed, ...progress };
  },
);

