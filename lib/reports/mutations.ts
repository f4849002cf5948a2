import { z } from "zod";
import { loadActor, type TActor, type TSessionClaims } from "@/lib/auth/actor";
import { withRefusalAudit } from "@/lib/auth/audited";
import { assertCan, can, type TAction, type TReportResource } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { changedFields, readReportSnapshot } from "@/lib/content/snapshot";
import { zReportFile, type TReportFile } from "@/lib/content/schemas";
import { db as defaultDb } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { ValidationError } from "@/lib/projects/mutations";
import { reportEditorialStates } from "@/lib/vocabulary";

/**
 * Every change to a report goes through here: the caller's permission is checked inside each
 * function (from a fresh user row), and each save writes the report, a Revision and an AuditLog
 * row in one transaction. Saves carry the version they started from (optimistic concurrency).
 */

export { reportEditorialStates };

/** A report as an editor saves it: the content file's shape, with the states an editor may choose. */
export const zReportInput = zReportFile.omit({ lastCheckedAt: true, state: true }).extend({
  state: z.enum(reportEditorialStates, { error: "må være kandidat, publisert eller arkivert" }),
});
export type TReportInput = z.input<typeof zReportInput>;

/** Someone else saved first. Nothing was written; `changed` names what they changed. */
export class ConflictError extends Error {
  constructor(
    readonly currentVersion: number,
    readonly changed: string[],
    readonly changedBy: string[],
  ) {
    super(
      `Noen andre${changedBy.length ? ` (${changedBy.join(", ")})` : ""} har lagret rapporten etter at du begynte (nå versjon ${currentVersion}). ` +
        `De endret: ${changed.join(", ") || "ingen felt"}. Last inn siden på nytt og gjør endringene dine igjen.`,
    );
    this.name = "ConflictError";
  }
}

export type TReportSaveResult = { id: number; slug: string; version: number; changed: string[] };

type Tx = Prisma.TransactionClient;
type Options = { db?: PrismaClient; comment?: string };

const emptyToUndefined = (value: FormDataEntryValue | null) => {
  const text = typeof value === "string" ? value.trim() : "";
  return text === "" ? undefined : text;
};
const lines = (value: FormDataEntryValue | null) =>
  (typeof value === "string" ? value : "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

const sourceFields = ["title", "url", "publisher", "accessed", "note"] as const;

/**
 * The report form's fields → a report input. Source rows left empty are dropped; `sourceRows`
 * gives, for each kept source, the form row it came from (to put errors beside the right row).
 */
export function reportFormToInput(formData: FormData): { input: TReportInput; sourceRows: number[] } {
  const year = emptyToUndefined(formData.get("year"));
  const sources: Record<string, string>[] = [];
  const sourceRows: number[] = [];
  const rowCount = Number(formData.get("sourceRows") ?? 0);
  for (let row = 0; row < Math.min(Number.isFinite(rowCount) ? rowCount : 0, 100); row++) {
    const source: Record<string, string> = {};
    for (const field of sourceFields) {
      const value = emptyToUndefined(formData.get(`sources.${row}.${field}`));
      if (value !== undefined) source[field] = value;
    }
    if (Object.keys(source).length) {
      // A row with anything in it needs a title; "" gets the "kan ikke være tom" message.
      sources.push({ title: "", ...source });
      sourceRows.push(row);
    }
  }
  const input = {
    slug: emptyToUndefined(formData.get("slug")) ?? "",
    title: String(formData.get("title") ?? ""),
    authors: lines(formData.get("authors")),
    publishers: lines(formData.get("publishers")),
    year: year === undefined ? undefined : /^-?\d+$/.test(year) ? Number(year) : year,
    series: emptyToUndefined(formData.get("series")),
    number: emptyToUndefined(formData.get("number")),
    kind: String(formData.get("kind") ?? ""),
    isbn: emptyToUndefined(formData.get("isbn")),
    url: emptyToUndefined(formData.get("url")),
    summary: String(formData.get("summary") ?? ""),
    body: String(formData.get("body") ?? ""),
    focusAreas: formData.getAll("focusAreas").map(String),
    successFactors: formData.getAll("successFactors").map(String),
    sources,
    state: String(formData.get("state") ?? "kandidat"),
  };
  return { input: input as unknown as TReportInput, sourceRows };
}

function parseInput(input: TReportInput) {
  const parsed = zReportInput.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "_form"] ??= []).push(issue.message);
  throw new ValidationError("Skjemaet har feil. Rett dem og prøv igjen.", fieldErrors);
}

/** Locks the row for the rest of the transaction, so two saves cannot interleave. */
async function lockReport(tx: Tx, id: number) {
  const rows = await tx.$queryRaw<{ version: number; created_by_id: number | null; state: string }[]>`
    SELECT version, created_by_id, state::text AS state FROM report WHERE id = ${id} FOR UPDATE`;
  if (!rows[0]) throw new ValidationError("Fant ikke rapporten.");
  return { version: rows[0].version, createdById: rows[0].created_by_id, state: rows[0].state };
}

/** Choosing a state is its own permission: publishing and archiving are named in the table. */
const actionForReportState = (state: string): TAction => (state === "publisert" ? "report.publish" : state === "arkivert" ? "report.archive" : "report.update");

async function writeReportFields(tx: Tx, reportId: number, r: z.output<typeof zReportInput>) {
  const focusAreas = await tx.focusArea.findMany({ where: { slug: { in: r.focusAreas } }, select: { id: true, slug: true } });
  const factors = await tx.successFactor.findMany({ where: { slug: { in: r.successFactors } }, select: { id: true, slug: true } });
  const problems: Record<string, string[]> = {};
  const missing = (field: string, wanted: string[], found: { slug: string }[]) => {
    const unknown = wanted.filter((slug) => !found.some((f) => f.slug === slug));
    if (unknown.length) problems[field] = [`ukjent: ${unknown.join(", ")}`];
  };
  missing("focusAreas", r.focusAreas, focusAreas);
  missing("successFactors", r.successFactors, factors);
  const slugOwner = await tx.report.findUnique({ where: { slug: r.slug }, select: { id: true } });
  if (slugOwner && slugOwner.id !== reportId) problems.slug = ["er allerede brukt av en annen rapport"];
  if (Object.keys(problems).length) throw new ValidationError("Skjemaet har feil. Rett dem og prøv igjen.", problems);

  const current = await tx.report.findUniqueOrThrow({ where: { id: reportId }, select: { publishedAt: true } });
  await tx.report.update({
    where: { id: reportId },
    data: {
      slug: r.slug,
      title: r.title,
      authors: r.authors,
      publishers: r.publishers,
      year: r.year,
      series: r.series ?? null,
      number: r.number ?? null,
      kind: r.kind,
      isbn: r.isbn ?? null,
      url: r.url ?? null,
      summary: r.summary,
      body: r.body,
      sources: r.sources,
      state: r.state,
      publishedAt: r.state === "publisert" && !current.publishedAt ? new Date() : undefined,
    },
  });
  const idOf = (slug: string, rows: { id: number; slug: string }[]) => rows.find((row) => row.slug === slug)!.id;
  await tx.reportFocusArea.deleteMany({ where: { reportId } });
  await tx.reportFocusArea.createMany({ data: [...new Set(r.focusAreas)].map((slug) => ({ reportId, focusAreaId: idOf(slug, focusAreas) })) });
  await tx.reportSuccessFactor.deleteMany({ where: { reportId } });
  await tx.reportSuccessFactor.createMany({ data: [...new Set(r.successFactors)].map((slug) => ({ reportId, successFactorId: idOf(slug, factors) })) });
}

async function recordSave(tx: Tx, actor: TActor, reportId: number, version: number, before: TReportFile | null, action: string, comment?: string) {
  const after = (await readReportSnapshot(tx, reportId))!;
  const changed = changedFields(before, after);
  await tx.report.update({ where: { id: reportId }, data: { version, updatedById: actor.id } });
  await tx.revision.create({ data: { entityType: "report", entityId: reportId, version, userId: actor.id, snapshot: after, changed, comment: comment ?? null } });
  await writeAudit(tx, { userId: actor.id, action, outcome: "success", entityType: "report", entityId: reportId, details: { version, changed } });
  return { id: reportId, slug: after.slug, version, changed };
}

const transaction = <T>(database: PrismaClient, work: (tx: Tx) => Promise<T>) => database.$transaction(work, { timeout: 30_000, maxWait: 10_000 });

/** A new report. Administrators and county contacts may create reports; advisers may not. */
export async function createReport(claims: TSessionClaims | null, input: TReportInput, options: Options = {}): Promise<TReportSaveResult> {
  const database = options.db ?? defaultDb;
  return withRefusalAudit(database, { action: "report.create", userId: claims?.userId ?? null, entityType: "report" }, () =>
    transaction(database, async (tx) => {
      const actor = await loadActor(tx, claims);
      assertCan(actor, "report.create", null);
      const data = parseInput(input);
      if (data.state !== "kandidat") assertCan(actor, actionForReportState(data.state), { createdById: actor.id });
      if (await tx.report.findUnique({ where: { slug: data.slug }, select: { id: true } })) {
        throw new ValidationError("Skjemaet har feil. Rett dem og prøv igjen.", { slug: ["er allerede brukt av en annen rapport"] });
      }
      const created = await tx.report.create({
        data: { slug: data.slug, title: data.title, year: data.year, kind: data.kind, summary: data.summary, state: "kandidat", createdById: actor.id },
        select: { id: true },
      });
      await writeReportFields(tx, created.id, data);
      return recordSave(tx, actor, created.id, 1, null, "report.create", options.comment);
    }),
  );
}

/**
 * Saves an edit. `version` is the version the editor started from: if someone saved since,
 * nothing is written and ConflictError names the fields they changed.
 */
export async function updateReport(
  claims: TSessionClaims | null,
  input: { id: number; version: number; report: TReportInput },
  options: Options = {},
): Promise<TReportSaveResult> {
  const database = options.db ?? defaultDb;
  return withRefusalAudit(database, { action: "report.update", userId: claims?.userId ?? null, entityType: "report", entityId: input.id }, () =>
    transaction(database, async (tx) => {
      const actor = await loadActor(tx, claims);
      const data = parseInput(input.report);
      const row = await lockReport(tx, input.id);
      const entity = { type: "report", id: input.id };
      const resource: TReportResource = { createdById: row.createdById };
      assertCan(actor, "report.update", resource, entity);
      // Leaving "publisert" takes the report off the site: that, too, is the publisher's call.
      if (data.state !== row.state) {
        assertCan(actor, actionForReportState(data.state), resource, entity);
        if (row.state === "publisert") assertCan(actor, "report.publish", resource, entity);
      }
      const before = (await readReportSnapshot(tx, input.id))!;
      if (row.version !== input.version) throw await conflict(tx, input.id, input.version, row.version, before);
      const wanted = { ...data, lastCheckedAt: before.lastCheckedAt } as TReportFile;
      if (changedFields(before, wanted).length === 0) return { id: input.id, slug: before.slug, version: row.version, changed: [] };
      await writeReportFields(tx, input.id, data);
      return recordSave(tx, actor, input.id, row.version + 1, before, "report.update", options.comment);
    }),
  );
}

async function conflict(tx: Tx, reportId: number, baseVersion: number, currentVersion: number, current: TReportFile): Promise<ConflictError> {
  const base = await tx.revision.findUnique({
    where: { entityType_entityId_version: { entityType: "report", entityId: reportId, version: baseVersion } },
    select: { snapshot: true },
  });
  const since = await tx.revision.findMany({
    where: { entityType: "report", entityId: reportId, version: { gt: baseVersion } },
    select: { user: { select: { name: true } } },
  });
  const changed = base ? changedFields(base.snapshot as TReportFile, current) : [];
  const changedBy = [...new Set(since.map((r) => r.user?.name).filter((n): n is string => Boolean(n)))];
  return new ConflictError(currentVersion, changed, changedBy);
}

/**
 * The reports, newest first, for those who may create reports (advisers are refused: they do not
 * edit reports). Each says whether this actor may edit it, so the list links only to those.
 */
export async function findReportsForEditing(database: PrismaClient, actor: TActor) {
  return withRefusalAudit(database, { action: "report.read_admin", userId: actor.id }, async () => {
    assertCan(actor, "report.create", null);
    const rows = await database.report.findMany({
      select: { id: true, slug: true, title: true, year: true, kind: true, state: true, version: true, updatedAt: true, createdById: true },
      orderBy: [{ year: "desc" }, { title: "asc" }],
      take: 1000,
    });
    return rows.map(({ createdById, ...row }) => ({ ...row, editable: can(actor, "report.update", { createdById }) }));
  });
}

/**
 * One report as the form edits it, with its version and the states this actor may choose;
 * null when there is none. ForbiddenError when the actor may not edit it.
 */
export async function findReportForEditing(database: PrismaClient, actor: TActor, id: number) {
  return withRefusalAudit(database, { action: "report.read_admin", userId: actor.id, entityType: "report", entityId: id }, async () => {
    const row = await database.report.findUnique({ where: { id }, select: { version: true, createdById: true, state: true } });
    if (!row) return null;
    const resource: TReportResource = { createdById: row.createdById };
    assertCan(actor, "report.update", resource, { type: "report", id });
    const report = (await readReportSnapshot(database, id))!;
    const mayPublish = can(actor, "report.publish", resource);
    const allowedStates = reportEditorialStates.filter(
      (state) => state === row.state || ((state !== "publisert" || mayPublish) && (state !== "arkivert" || can(actor, "report.archive", resource)) && (row.state !== "publisert" || mayPublish)),
    );
    return { id, version: row.version, report, allowedStates };
  });
}

/** What the form offers to choose from. */
export async function findReportFormOptions(database: PrismaClient) {
  const [focusAreas, successFactors] = await Promise.all([
    database.focusArea.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    database.successFactor.findMany({ select: { slug: true, name: true }, orderBy: { position: "asc" } }),
  ]);
  return { focusAreas, successFactors };
}

/** Whether the actor may create reports (and so see the report list). */
export const canCreateReports = (actor: TActor) => can(actor, "report.create", null);

/** The states a new report may be given by this actor (its creator). */
export const statesForNewReport = (actor: TActor) =>
  reportEditorialStates.filter((state) => state === "kandidat" || can(actor, actionForReportState(state), { createdById: actor.id }));
