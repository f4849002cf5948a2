import type { TActor } from "@/lib/auth/actor";
import { assertCan, type TReportResource } from "@/lib/auth/permissions";
import { defineCommand, type Tx } from "@/lib/commands/define-command";
import { CommandError, validationError } from "@/lib/commands/errors";
import { changedFields, readReportSnapshot } from "@/lib/content/snapshot";
import type { TReportFile } from "@/lib/content/schemas";
import { assertSlugFree, conflictSince, lockForSave, recordRevision, resolveSlugs, type TSaveResult } from "@/lib/revisions/record";
import { zReportInput, zReportSave, zReportUpdate, type TReportData } from "@/lib/reports/schemas";
import { actionForReportState } from "@/lib/reports/workflow";
import { replaceReportLinks, reportColumns } from "@/lib/reports/write-report";

/**
 * Every change to a report: commands (lib/commands/define-command.ts) that check the permission
 * on the stored report and write the report, a Revision and an AuditLog row in one transaction.
 * Saves carry the version they started from (optimistic concurrency).
 */

export type TReportSaveResult = TSaveResult;

/** Locks the report's row for the rest of the transaction (lib/revisions/record.ts). */
async function lockReport(tx: Tx, id: number) {
  const { ownerId, ...row } = await lockForSave(tx, "report", id);
  return { ...row, createdById: ownerId };
}

/** Checks the slugs a report names, then writes its fields and links (lib/reports/write-report.ts). */
async function writeReportFields(tx: Tx, reportId: number, r: TReportData) {
  const linked = await resolveSlugs(tx, "report", reportId, r.slug, { focusAreas: r.focusAreas, successFactors: r.successFactors });
  const current = await tx.report.findUniqueOrThrow({ where: { id: reportId }, select: { publishedAt: true } });
  await tx.report.update({
    where: { id: reportId },
    data: { slug: r.slug, ...reportColumns(r), state: r.state, publishedAt: r.state === "publisert" && !current.publishedAt ? new Date() : undefined },
  });
  await replaceReportLinks(tx, reportId, r, linked);
}

/** A new report. Administrators and county contacts may create reports; advisers may not. */
async function create(tx: Tx, actor: TActor, data: TReportData, comment?: string): Promise<TReportSaveResult> {
  if (data.state !== "kandidat") assertCan(actor, actionForReportState(data.state), { createdById: actor.id });
  await assertSlugFree(tx, "report", data.slug);
  const created = await tx.report.create({
    data: { slug: data.slug, title: data.title, year: data.year, kind: data.kind, summary: data.summary, state: "kandidat", createdById: actor.id },
    select: { id: true },
  });
  await writeReportFields(tx, created.id, data);
  return recordRevision(tx, actor, { entityType: "report", id: created.id, version: 1, before: null, action: "report.create", comment });
}

/**
 * An edit. `version` is the version the editor started from: if someone saved since, nothing is
 * written and the conflict names the fields they changed.
 */
async function update(tx: Tx, actor: TActor, input: { id: number; version: number; report: TReportData }, comment?: string): Promise<TReportSaveResult> {
  const { id, report: data } = input;
  const row = await lockReport(tx, id);
  const entity = { type: "report", id };
  const resource: TReportResource = { createdById: row.createdById };
  assertCan(actor, "report.update", resource, entity);
  // Leaving "publisert" takes the report off the site: that, too, is the publisher's call.
  if (data.state !== row.state) {
    assertCan(actor, actionForReportState(data.state), resource, entity);
    if (row.state === "publisert") assertCan(actor, "report.publish", resource, entity);
  }
  const before = (await readReportSnapshot(tx, id))!;
  if (row.version !== input.version) {
    const conflict = await conflictSince(tx, "report", id, input.version, row.version, before);
    throw new CommandError(
      "conflict",
      `Noen andre${conflict.changedBy.length ? ` (${conflict.changedBy.join(", ")})` : ""} har lagret rapporten etter at du begynte (nå versjon ${conflict.currentVersion}). ` +
        `De endret: ${conflict.changed.join(", ") || "ingen felt"}. Last inn siden på nytt og gjør endringene dine igjen.`,
      { conflict },
    );
  }
  const wanted: TReportFile = { ...data, lastCheckedAt: before.lastCheckedAt };
  if (changedFields(before, wanted).length === 0) return { id, slug: before.slug, version: row.version, changed: [] };
  await writeReportFields(tx, id, data);
  return recordRevision(tx, actor, { entityType: "report", id, version: row.version + 1, before, action: "report.update", comment });
}

export const createReport = defineCommand({ name: "report.create", input: zReportInput, entityType: "report", permission: "report.create" }, (tx, actor, data, { comment }) =>
  create(tx, actor, data, comment),
);

export const updateReport = defineCommand(
  { name: "report.update", input: zReportUpdate, entityType: "report", entityId: (input) => input.id },
  (tx, actor, input, { comment }) => update(tx, actor, input, comment),
);

/** The report form's save: a new report, or an edit of the version the form was opened at. */
export const saveReport = defineCommand(
  { name: "report.save", input: zReportSave, entityType: "report", entityId: (input) => input.id ?? null },
  async (tx, actor, { id, version, ...report }, { comment }): Promise<TReportSaveResult & { created: boolean }> => {
    if (id === undefined) {
      assertCan(actor, "report.create", null);
      return { ...(await create(tx, actor, report, comment)), created: true };
    }
    if (version === undefined) throw validationError("Skjemaet mangler versjonsnummer. Last siden på nytt.", { _form: ["mangler versjon"] });
    return { ...(await update(tx, actor, { id, version, report }, comment)), created: false };
  },
);
