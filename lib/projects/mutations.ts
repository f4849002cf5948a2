import { z } from "zod";
import { loadActor, type TActor, type TSessionClaims } from "@/lib/auth/actor";
import { withRefusalAudit } from "@/lib/auth/audited";
import { assertCan, countyBound, ForbiddenError, type TAction, type TProjectAction, type TProjectResource } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { changedFields, readProjectSnapshot } from "@/lib/content/snapshot";
import { zMunicipalityNumber, zProjectFile, zSource, type TProjectFile } from "@/lib/content/schemas";
import { db as defaultDb } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { EditorialState } from "@/lib/generated/prisma/enums";
import { projectColumns, replaceProjectLinks } from "@/lib/projects/write-project";

/**
 * Every change to a project goes through here: the caller's permission is checked inside each
 * function (from a fresh user row), and each save writes the project, a Revision and an AuditLog
 * row in one transaction.
 */

const fields = zProjectFile.shape;

/** A project as an editor saves it. Drafts may lack what publishing demands (see publishProblems). */
export const zProjectInput = z
  .strictObject({
    ...fields,
    summary: z.string({ error: "må være tekst" }).trim().max(3000, "er for lang (høyst 3000 tegn)").default(""),
    municipalities: z.array(zMunicipalityNumber, { error: "må være en liste" }).default([]),
    sources: z.array(zSource, { error: "må være en liste" }).default([]),
  })
  .omit({ state: true })
  .refine((p) => p.startYear === undefined || p.endYear === undefined || p.startYear <= p.endYear, {
    path: ["endYear"],
    message: "kan ikke være før startår",
  });
export type TProjectInput = z.input<typeof zProjectInput>;

export class ValidationError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = "ValidationError";
  }
}

export class NotFoundError extends Error {
  constructor(message = "Fant ikke prosjektet.") {
    super(message);
    this.name = "NotFoundError";
  }
}

/** Someone else saved first. Nothing was written; `changed` names what they changed. */
export class ConflictError extends Error {
  constructor(
    readonly currentVersion: number,
    readonly changed: string[],
    readonly changedBy: string[],
  ) {
    super(
      `Noen andre har lagret prosjektet etter at du begynte (nå versjon ${currentVersion}). ` +
        `De endret: ${changed.join(", ") || "ingen felt"}. Last inn på nytt og gjør endringene dine igjen.`,
    );
    this.name = "ConflictError";
  }
}

export type TSaveResult = { id: number; slug: string; version: number; changed: string[] };

type Tx = Prisma.TransactionClient;
type Options = { db?: PrismaClient; comment?: string };

const TAG_FIELDS = new Set(["tags", "focusAreas", "successFactors"]);

/** Norwegian names of the fields a public page needs, for the "missing" message. */
const requiredForPublishing: [keyof TProjectFile, string, (p: TProjectFile) => boolean][] = [
  ["title", "tittel", (p) => p.title.trim().length > 0],
  ["summary", "sammendrag", (p) => p.summary.trim().length > 0],
  ["municipalities", "minst én kommune", (p) => p.municipalities.length > 0],
  ["status", "status", (p) => Boolean(p.status)],
  ["focusAreas", "minst ett fokusområde", (p) => p.focusAreas.length > 0],
  ["sources", "minst én kilde", (p) => p.sources.length > 0],
];

/** What a project lacks before it can be published (empty when it is ready). */
export function publishProblems(project: TProjectFile): { field: keyof TProjectFile; label: string }[] {
  return requiredForPublishing.filter(([, , ok]) => !ok(project)).map(([field, label]) => ({ field, label }));
}

/** The editorial workflow: which states a project may move to from each state. */
export const stateTransitions: Record<EditorialState, EditorialState[]> = {
  // A county contact often maps a project themselves: a complete candidate may be published
  // directly, with no adviser (issue 12).
  kandidat: ["under_kartlegging", "publisert", "arkivert"],
  under_kartlegging: ["kandidat", "publisert", "arkivert"],
  publisert: ["under_kartlegging", "arkivert"],
  arkivert: ["under_kartlegging"],
};

const actionForState: Record<EditorialState, TAction> = {
  kandidat: "project.assign",
  under_kartlegging: "project.assign",
  publisert: "project.publish",
  arkivert: "project.archive",
};

export const stateLabels: Record<EditorialState, string> = {
  kandidat: "kandidat",
  under_kartlegging: "under kartlegging",
  publisert: "publisert",
  arkivert: "arkivert",
};

async function projectResource(tx: Tx, municipalities: string[], adviserId: number | null, state: EditorialState): Promise<TProjectResource> {
  const rows = await tx.municipality.findMany({ where: { number: { in: municipalities } }, select: { number: true, countyNumber: true } });
  const unknown = municipalities.filter((m) => !rows.some((r) => r.number === m));
  if (unknown.length) {
    throw new ValidationError("Ukjent kommunenummer.", { municipalities: [`${unknown.join(", ")} er ikke et kjent kommunenummer`] });
  }
  return { countyNumbers: [...new Set(rows.map((r) => r.countyNumber))].sort(), adviserId, state };
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
  throw new ForbiddenError(
    action,
    actor.id,
    entity,
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

/** Locks the row for the rest of the transaction, so two saves cannot interleave. */
async function lockProject(tx: Tx, id: number) {
  const rows = await tx.$queryRaw<{ version: number; adviser_id: number | null; state: EditorialState }[]>`
    SELECT version, adviser_id, state::text AS state FROM project WHERE id = ${id} FOR UPDATE`;
  if (!rows[0]) throw new NotFoundError();
  return { version: rows[0].version, adviserId: rows[0].adviser_id, state: rows[0].state };
}

/** Checks the slugs a project names, then writes its editable fields and links (lib/projects/write-project.ts). */
async function writeProjectFields(tx: Tx, projectId: number, p: z.output<typeof zProjectInput>) {
  const focusAreas = await tx.focusArea.findMany({ where: { slug: { in: p.focusAreas } }, select: { id: true, slug: true } });
  const factors = await tx.successFactor.findMany({ where: { slug: { in: p.successFactors.map((f) => f.factor) } }, select: { id: true, slug: true } });
  const reports = await tx.report.findMany({ where: { slug: { in: p.reports } }, select: { id: true, slug: true } });
  const problems: Record<string, string[]> = {};
  const missing = (field: string, wanted: string[], found: { slug: string }[]) => {
    const unknown = wanted.filter((slug) => !found.some((f) => f.slug === slug));
    if (unknown.length) problems[field] = [`ukjent: ${unknown.join(", ")}`];
  };
  missing("focusAreas", p.focusAreas, focusAreas);
  missing("successFactors", p.successFactors.map((f) => f.factor), factors);
  missing("reports", p.reports, reports);
  const slugOwner = await tx.project.findUnique({ where: { slug: p.slug }, select: { id: true } });
  if (slugOwner && slugOwner.id !== projectId) problems.slug = ["er allerede brukt av et annet prosjekt"];
  if (Object.keys(problems).length) throw new ValidationError("Skjemaet har feil. Rett dem og prøv igjen.", problems);

  await tx.project.update({ where: { id: projectId }, data: { slug: p.slug, ...projectColumns(p) } });
  const bySlug = (rows: { id: number; slug: string }[]) => new Map(rows.map((r) => [r.slug, r.id]));
  await replaceProjectLinks(tx, projectId, p, { focusAreas: bySlug(focusAreas), successFactors: bySlug(factors), reports: bySlug(reports) });
}

/** The revision and the audit row of one save, in the save's transaction. */
async function recordSave(
  tx: Tx,
  actor: TActor,
  projectId: number,
  version: number,
  before: TProjectFile | null,
  action: string,
  comment?: string,
): Promise<TSaveResult> {
  const after = (await readProjectSnapshot(tx, projectId))!;
  const changed = changedFields(before, after);
  await tx.project.update({ where: { id: projectId }, data: { version, updatedById: actor.id } });
  await tx.revision.create({ data: { entityType: "project", entityId: projectId, version, userId: actor.id, snapshot: after, changed, comment: comment ?? null } });
  await writeAudit(tx, { userId: actor.id, action, outcome: "success", entityType: "project", entityId: projectId, details: { version, changed } });
  return { id: projectId, slug: after.slug, version, changed };
}

function parseInput(input: TProjectInput) {
  const parsed = zProjectInput.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "_form"] ??= []).push(issue.message);
  throw new ValidationError("Skjemaet har feil. Rett dem og prøv igjen.", fieldErrors);
}

const transaction = <T>(database: PrismaClient, work: (tx: Tx) => Promise<T>) => database.$transaction(work, { timeout: 30_000, maxWait: 10_000 });

/** A new project, as a candidate (kandidat). County contacts may only place it in their own counties. */
export async function createProject(claims: TSessionClaims | null, input: TProjectInput, options: Options = {}): Promise<TSaveResult> {
  const database = options.db ?? defaultDb;
  const data = parseInput(input);
  return withRefusalAudit(database, { action: "project.create", userId: claims?.userId ?? null, entityType: "project" }, () =>
    transaction(database, async (tx) => {
      const actor = await loadActor(tx, claims);
      await refuseOutsideOwnCounties(tx, actor, "project.create", data.municipalities, { type: "project", id: data.slug });
      assertCan(actor, "project.create", await projectResource(tx, data.municipalities, null, "kandidat"), { type: "project", id: data.slug });
      if (await tx.project.findUnique({ where: { slug: data.slug }, select: { id: true } })) {
        throw new ValidationError("Skjemaet har feil. Rett dem og prøv igjen.", { slug: ["er allerede brukt av et annet prosjekt"] });
      }
      const created = await tx.project.create({
        data: { slug: data.slug, title: data.title, summary: data.summary, status: data.status, state: "kandidat", createdById: actor.id },
        select: { id: true },
      });
      await writeProjectFields(tx, created.id, data);
      return recordSave(tx, actor, created.id, 1, null, "project.create", options.comment);
    }),
  );
}

/**
 * Saves an edit. `version` is the version the editor started from: if someone saved since,
 * nothing is written and ConflictError names the fields they changed.
 */
export async function updateProject(
  claims: TSessionClaims | null,
  input: { id: number; version: number; project: TProjectInput },
  options: Options = {},
): Promise<TSaveResult> {
  const database = options.db ?? defaultDb;
  const data = parseInput(input.project);
  return withRefusalAudit(database, { action: "project.update", userId: claims?.userId ?? null, entityType: "project", entityId: input.id }, () =>
    transaction(database, async (tx) => {
      const actor = await loadActor(tx, claims);
      const row = await lockProject(tx, input.id);
      const before = (await readProjectSnapshot(tx, input.id))!;
      const entity = { type: "project", id: input.id };
      const wanted = { ...data, state: before.state } as TProjectFile;
      const touched = changedFields(before, wanted);
      const action: TAction = touched.length > 0 && touched.every((f) => TAG_FIELDS.has(f)) ? "project.tag" : "project.update";
      // Before and after: a county contact may neither edit another county's project nor move one
      // there; an adviser may not move one out of the counties it belongs to.
      await assertCanEdit(tx, actor, action, row, before.municipalities, data.municipalities, entity);
      if (row.version !== input.version) throw await conflict(tx, input.id, input.version, row.version, before);
      if (touched.length === 0) return { id: input.id, slug: before.slug, version: row.version, changed: [] };
      await writeProjectFields(tx, input.id, data);
      return recordSave(tx, actor, input.id, row.version + 1, before, action, options.comment);
    }),
  );
}

async function conflict(tx: Tx, projectId: number, baseVersion: number, currentVersion: number, current: TProjectFile): Promise<ConflictError> {
  const base = await tx.revision.findUnique({
    where: { entityType_entityId_version: { entityType: "project", entityId: projectId, version: baseVersion } },
    select: { snapshot: true },
  });
  const since = await tx.revision.findMany({
    where: { entityType: "project", entityId: projectId, version: { gt: baseVersion } },
    select: { user: { select: { name: true } } },
  });
  const changed = changedFields((base?.snapshot as TProjectFile | undefined) ?? null, current);
  const changedBy = [...new Set(since.map((r) => r.user?.name).filter((n): n is string => Boolean(n)))];
  return new ConflictError(currentVersion, changed, changedBy);
}

/**
 * Moves a project along the workflow: kandidat → under kartlegging (with an adviser) → publisert
 * → arkivert. Publishing demands what a public page needs and says what is missing.
 */
export async function setProjectState(
  claims: TSessionClaims | null,
  input: { id: number; version: number; state: EditorialState; adviserId?: number | null },
  options: Options = {},
): Promise<TSaveResult> {
  const database = options.db ?? defaultDb;
  const action = actionForState[input.state];
  return withRefusalAudit(database, { action, userId: claims?.userId ?? null, entityType: "project", entityId: input.id }, () =>
    transaction(database, async (tx) => {
      const actor = await loadActor(tx, claims);
      const row = await lockProject(tx, input.id);
      const before = (await readProjectSnapshot(tx, input.id))!;
      assertCan(actor, action, await projectResource(tx, before.municipalities, row.adviserId, row.state), { type: "project", id: input.id });
      if (row.version !== input.version) throw await conflict(tx, input.id, input.version, row.version, before);
      if (!stateTransitions[row.state].includes(input.state)) {
        throw new ValidationError(`Et prosjekt kan ikke gå fra «${stateLabels[row.state]}» til «${stateLabels[input.state]}».`, {
          state: [`kan ikke gå fra «${stateLabels[row.state]}» til «${stateLabels[input.state]}»`],
        });
      }
      let adviserId = row.adviserId;
      if (input.adviserId !== undefined) adviserId = input.adviserId;
      if (input.state === "under_kartlegging" && row.state === "kandidat" && adviserId === null) {
        throw new ValidationError("Velg en rådgiver som skal kartlegge prosjektet.", { adviserId: ["må velges"] });
      }
      if (adviserId !== null && adviserId !== row.adviserId) {
        const adviser = await tx.user.findUnique({ where: { id: adviserId }, select: { disabledAt: true, role: true } });
        if (!adviser || adviser.disabledAt) throw new ValidationError("Ukjent eller deaktivert rådgiver.", { adviserId: ["er ikke en aktiv bruker"] });
        // A forged form could name any user; only advisers map projects.
        if (adviser.role !== "adviser") throw new ValidationError("Brukeren er ikke rådgiver.", { adviserId: ["må være en rådgiver"] });
      }
      if (input.state === "publisert") {
        const missing = publishProblems(before);
        if (missing.length) {
          throw new ValidationError(
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
      const result = await recordSave(tx, actor, input.id, row.version + 1, before, action, options.comment);
      return adviserId !== row.adviserId && !result.changed.includes("adviserId") ? { ...result, changed: [...result.changed, "adviserId"] } : result;
    }),
  );
}

/** Puts back the content of an earlier revision as a new revision. The editorial state stays as it is. */
export async function restoreProjectRevision(
  claims: TSessionClaims | null,
  input: { id: number; version: number },
  options: Options = {},
): Promise<TSaveResult> {
  const database = options.db ?? defaultDb;
  return withRefusalAudit(database, { action: "project.restore", userId: claims?.userId ?? null, entityType: "project", entityId: input.id }, () =>
    transaction(database, async (tx) => {
      const actor = await loadActor(tx, claims);
      const row = await lockProject(tx, input.id);
      const revision = await tx.revision.findUnique({
        where: { entityType_entityId_version: { entityType: "project", entityId: input.id, version: input.version } },
        select: { snapshot: true },
      });
      if (!revision) throw new NotFoundError(`Fant ikke versjon ${input.version} av prosjektet.`);
      const before = (await readProjectSnapshot(tx, input.id))!;
      const { state: _state, ...content } = revision.snapshot as TProjectFile;
      void _state;
      const data = parseInput(content);
      const entity = { type: "project", id: input.id };
      await assertCanEdit(tx, actor, "project.update", row, before.municipalities, data.municipalities, entity);
      await writeProjectFields(tx, input.id, data);
      return recordSave(tx, actor, input.id, row.version + 1, before, "project.restore", options.comment ?? `Gjenopprettet fra versjon ${input.version}`);
    }),
  );
}
