import { z } from "zod";
import type { TActor } from "@/lib/auth/actor";
import { assertCan, countyBound, projectResourceOf, type TProjectAction, type TProjectResource } from "@/lib/auth/permissions";
import { defineCommand, type Tx } from "@/lib/commands/define-command";
import { CommandError, forbiddenError, notFoundError, parseOrThrow, validationError } from "@/lib/commands/errors";
import { changedFields, readProjectSnapshot } from "@/lib/content/snapshot";
import type { TProjectFile } from "@/lib/content/schemas";
import type { EditorialState } from "@/lib/generated/prisma/enums";
import { previewOf } from "@/lib/projects/form-codec";
import { projectFieldLabels } from "@/lib/projects/form-fields";
import { zProjectInput, zProjectRestore, zProjectSave, zProjectState, zProjectUpdate, type TProjectData } from "@/lib/projects/schemas";
import { actionForState, publishProblems, stateLabels, stateTransitions } from "@/lib/projects/workflow";
import { projectColumns, replaceProjectLinks } from "@/lib/projects/write-project";
import { assertSlugFree, conflictSince, lockForSave, recordRevision, resolveSlugs, type TSaveResult } from "@/lib/revisions/record";

/**
 * Every change to a project: commands (lib/commands/define-command.ts) that check the permission
 * on the stored project and on the project as it would be after, and write the project, a
 * Revision and an AuditLog row in one transaction.
 */

export type { TSaveResult } from "@/lib/revisions/record";

const TAG_FIELDS = new Set(["tags", "focusAreas", "successFactors"]);

async function projectResource(tx: Tx, municipalities: string[], adviserId: number | null, state: EditorialState): Promise<TProjectResource> {
  const rows = await tx.municipality.findMany({ where: { number: { in: municipalities } }, select: { number: true, countyNumber: true } });
  const unknown = municipalities.filter((m) => !rows.some((r) => r.number === m));
  if (unknown.length) throw validationError("Ukjent kommunenummer.", { municipalities: [`${unknown.join(", ")} er ikke et kjent kommunenummer`] });
  return projectResourceOf(rows.map((r) => r.countyNumber), adviserId, state);
}

/**
 * A county contact who names a municipality outside their counties is told which one (issue 12):
 * the names are public, and they are the ones the contact typed. The permission table still
 * decides; this only words the refusal.
 */
async function refuseOutsideOwnCounties(tx: Tx, actor: TActor, action: TProjectAction, municipalities: string[], entity: { type: string; id: string | number }) {
  const bound = countyBound(actor, action);
  if (bound === null || municipalities.length === 0) return;
  const outside = await tx.municipality.findMany({
    where: { number: { in: municipalities }, countyNumber: { notIn: bound } },
    select: { number: true, name: true },
    orderBy: { name: "asc" },
  });
  if (outside.length === 0) return;
  const own = await tx.county.findMany({ where: { number: { in: bound } }, select: { name: true }, orderBy: { name: "asc" } });
  const one = own.length === 1;
  const places = outside.map((m) => `${m.name} (${m.number})`).join(", ");
  throw forbiddenError(
    { action, userId: actor.id, entity },
    `${places} ligger ikke i ${one ? "fylket ditt" : "fylkene dine"} (${own.map((c) => c.name).join(", ")}). ` +
      `Du kan bare registrere og endre prosjekter i kommuner i ${one ? "ditt fylke" : "dine fylker"}.`,
  );
}

/** An edit is checked twice: on the stored project, and on the project as it would be after. */
async function assertCanEdit(
  tx: Tx,
  actor: TActor,
  action: TProjectAction,
  row: { adviserId: number | null; state: EditorialState },
  municipalitiesBefore: string[],
  municipalitiesAfter: string[],
  entity: { type: string; id: number },
) {
  const stored = await projectResource(tx, municipalitiesBefore, row.adviserId, row.state);
  assertCan(actor, action, stored, entity);
  await refuseOutsideOwnCounties(tx, actor, action, municipalitiesAfter, entity);
  const after = await projectResource(tx, municipalitiesAfter, row.adviserId, row.state);
  assertCan(actor, action, { ...after, homeCountyNumbers: stored.countyNumbers }, entity);
}

/** Locks the project's row for the rest of the transaction (lib/revisions/record.ts). */
async function lockProject(tx: Tx, id: number) {
  const { ownerId, ...row } = await lockForSave(tx, "project", id);
  return { ...row, adviserId: ownerId };
}

/** Checks the slugs a project names, then writes its editable fields and links (lib/projects/write-project.ts). */
async function writeProjectFields(tx: Tx, projectId: number, p: TProjectData) {
  const linked = await resolveSlugs(tx, "project", projectId, p.slug, {
    focusAreas: p.focusAreas,
    successFactors: p.successFactors.map((f) => f.factor),
    reports: p.reports,
  });
  await tx.project.update({ where: { id: projectId }, data: { slug: p.slug, ...projectColumns(p) } });
  await replaceProjectLinks(tx, projectId, p, linked);
}

const changedList = (changed: string[]) => changed.map((f) => (projectFieldLabels[f] ?? f).toLowerCase()).join(", ");

async function create(tx: Tx, actor: TActor, data: TProjectData, comment?: string): Promise<TSaveResult> {
  const entity = { type: "project", id: data.slug };
  await refuseOutsideOwnCounties(tx, actor, "project.create", data.municipalities, entity);
  assertCan(actor, "project.create", await projectResource(tx, data.municipalities, null, "kandidat"), entity);
  await assertSlugFree(tx, "project", data.slug);
  const created = await tx.project.create({
    data: { slug: data.slug, title: data.title, summary: data.summary, status: data.status, state: "kandidat", createdById: actor.id },
    select: { id: true },
  });
  await writeProjectFields(tx, created.id, data);
  return recordRevision(tx, actor, { entityType: "project", id: created.id, version: 1, before: null, action: "project.create", comment });
}

/**
 * An edit. `version` is the version the editor started from: if someone saved since, nothing is
 * written and the conflict names who changed which fields.
 */
async function update(tx: Tx, actor: TActor, input: { id: number; version: number; project: TProjectData }, comment?: string): Promise<TSaveResult> {
  const { id, project: data } = input;
  const row = await lockProject(tx, id);
  const before = (await readProjectSnapshot(tx, id))!;
  const wanted: TProjectFile = { ...data, state: before.state };
  const touched = changedFields(before, wanted);
  const action: TProjectAction = touched.length > 0 && touched.every((f) => TAG_FIELDS.has(f)) ? "project.tag" : "project.update";
  // Before and after: a county contact may neither edit another county's project nor move one
  // there; an adviser may not move one out of the counties it belongs to.
  await assertCanEdit(tx, actor, action, row, before.municipalities, data.municipalities, { type: "project", id });
  if (row.version !== input.version) {
    const conflict = await conflictSince(tx, "project", id, input.version, row.version, before);
    const who = conflict.changedBy.length ? conflict.changedBy.join(" og ") : "En annen bruker";
    throw new CommandError(
      "conflict",
      `Ikke lagret: ${who} lagret prosjektet mens du redigerte (nå versjon ${conflict.currentVersion}). ` +
        `Endret av dem: ${changedList(conflict.changed) || "ingen felt"}. Det du skrev står fortsatt i skjemaet. ` +
        `Åpne prosjektet på nytt i en ny fane, se hva som er endret, og før inn endringene dine der.`,
      { conflict },
    );
  }
  if (touched.length === 0) return { id, slug: before.slug, version: row.version, changed: [] };
  await writeProjectFields(tx, id, data);
  return recordRevision(tx, actor, { entityType: "project", id, version: row.version + 1, before, action, comment });
}

/** A new project, as a candidate (kandidat). County contacts may only place it in their own counties. */
export const createProject = defineCommand({ name: "project.create", input: zProjectInput, entityType: "project" }, (tx, actor, data, { comment }) =>
  create(tx, actor, data, comment),
);

export const updateProject = defineCommand(
  { name: "project.update", input: zProjectUpdate, entityType: "project", entityId: (input) => input.id },
  (tx, actor, input, { comment }) => update(tx, actor, input, comment),
);

/** The project form's save: a new project, or an edit of the version the form was opened at. */
export const saveProject = defineCommand(
  { name: "project.save", input: zProjectSave, entityType: "project", entityId: (input) => input.id ?? null },
  async (tx, actor, { id, version, project }, { comment }): Promise<TSaveResult & { created: boolean }> => {
    if (id === undefined) return { ...(await create(tx, actor, project, comment)), created: true };
    if (version === undefined) throw validationError("Skjemaet mangler versjonsnummer. Last siden på nytt.", { _form: ["mangler versjon"] });
    return { ...(await update(tx, actor, { id, version, project }, comment)), created: false };
  },
);

/**
 * Moves a project along the workflow: kandidat → under kartlegging (with an adviser) → publisert
 * → arkivert. Publishing demands what a public page needs and says what is missing.
 */
export const setProjectState = defineCommand(
  { name: "project.state", input: zProjectState, entityType: "project", entityId: (input) => input.id },
  async (tx, actor, input, { comment }): Promise<TSaveResult> => {
    const action = actionForState[input.state];
    const row = await lockProject(tx, input.id);
    const before = (await readProjectSnapshot(tx, input.id))!;
    assertCan(actor, action, await projectResource(tx, before.municipalities, row.adviserId, row.state), { type: "project", id: input.id });
    if (row.version !== input.version) {
      const conflict = await conflictSince(tx, "project", input.id, input.version, row.version, before);
      throw new CommandError(
        "conflict",
        `Prosjektet er endret av ${conflict.changedBy.join(" og ") || "en annen bruker"} siden du åpnet det. Last siden på nytt og prøv igjen.`,
        { conflict },
      );
    }
    if (!stateTransitions[row.state].includes(input.state)) {
      throw validationError(`Et prosjekt kan ikke gå fra «${stateLabels[row.state]}» til «${stateLabels[input.state]}».`, {
        state: [`kan ikke gå fra «${stateLabels[row.state]}» til «${stateLabels[input.state]}»`],
      });
    }
    let adviserId = row.adviserId;
    if (input.adviserId !== undefined) adviserId = input.adviserId;
    if (input.state === "under_kartlegging" && row.state === "kandidat" && adviserId === null) {
      throw validationError("Velg en rådgiver som skal kartlegge prosjektet.", { adviserId: ["må velges"] });
    }
    if (adviserId !== null && adviserId !== row.adviserId) {
      const adviser = await tx.user.findUnique({ where: { id: adviserId }, select: { disabledAt: true, role: true } });
      if (!adviser || adviser.disabledAt) throw validationError("Ukjent eller deaktivert rådgiver.", { adviserId: ["er ikke en aktiv bruker"] });
      // A forged form could name any user; only advisers map projects.
      if (adviser.role !== "adviser") throw validationError("Brukeren er ikke rådgiver.", { adviserId: ["må være en rådgiver"] });
    }
    if (input.state === "publisert") {
      const missing = publishProblems(before);
      if (missing.length) {
        throw validationError(
          `Prosjektet kan ikke publiseres ennå. Det mangler: ${missing.map((m) => m.label).join(", ")}.`,
          Object.fromEntries(missing.map((m) => [m.field, ["må fylles ut før publisering"]])),
        );
      }
    }
    const current = await tx.project.findUniqueOrThrow({ where: { id: input.id }, select: { publishedAt: true } });
    await tx.project.update({
      where: { id: input.id },
      data: { state: input.state, adviserId, publishedAt: input.state === "publisert" && !current.publishedAt ? new Date() : undefined },
    });
    if (adviserId !== null && adviserId !== row.adviserId) {
      // The assignment's time and who made it, as lib/mapping/commands.ts records them (issue 13).
      const assigned = { assignedAt: new Date(), assignedById: actor.id };
      await tx.projectMapping.upsert({ where: { projectId: input.id }, create: { projectId: input.id, ...assigned }, update: assigned });
    }
    const result = await recordRevision(tx, actor, { entityType: "project", id: input.id, version: row.version + 1, before, action, comment });
    return adviserId !== row.adviserId && !result.changed.includes("adviserId") ? { ...result, changed: [...result.changed, "adviserId"] } : result;
  },
);

/** Puts back the content of an earlier revision as a new revision. The editorial state stays as it is. */
export const restoreProjectRevision = defineCommand(
  { name: "project.restore", input: zProjectRestore, entityType: "project", entityId: (input) => input.id },
  async (tx, actor, input, { comment }): Promise<TSaveResult> => {
    const row = await lockProject(tx, input.id);
    const revision = await tx.revision.findUnique({
      where: { entityType_entityId_version: { entityType: "project", entityId: input.id, version: input.version } },
      select: { snapshot: true },
    });
    if (!revision) throw notFoundError(`Fant ikke versjon ${input.version} av prosjektet.`);
    const before = (await readProjectSnapshot(tx, input.id))!;
    const { state: _state, ...content } = revision.snapshot as TProjectFile;
    void _state;
    const data = parseOrThrow(zProjectInput, content);
    await assertCanEdit(tx, actor, "project.update", row, before.municipalities, data.municipalities, { type: "project", id: input.id });
    await writeProjectFields(tx, input.id, data);
    return recordRevision(tx, actor, {
      entityType: "project",
      id: input.id,
      version: row.version + 1,
      before,
      action: "project.restore",
      comment: comment ?? `Gjenopprettet fra versjon ${input.version}`,
    });
  },
);

/** The Markdown fields as the public page will show them. Signed-in users only; writes nothing. */
export const previewProject = defineCommand({ name: "project.preview", input: z.record(z.string(), z.string()) }, async (_tx, _actor, values) => previewOf(values));
