import "server-only";
import { withRefusalAudit } from "@/lib/auth/audited";
import type { TActor } from "@/lib/auth/actor";
import { assertCan, can, type TReportResource } from "@/lib/auth/permissions";
import { readReportSnapshot } from "@/lib/content/snapshot";
import { db as defaultDb } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { reportEditorialStates } from "@/lib/reports/schemas";

/** What the admin's report pages read. Each reader checks the actor against the permission table. */

/** Rows per page of /admin/rapporter, as on /admin/prosjekter. */
export const REPORT_ADMIN_PAGE_SIZE = 50;

/**
 * One page of the reports, newest first, for those who may create reports (advisers are refused:
 * they do not edit reports), and how many there are. Each says whether this actor may edit it, so
 * the list links only to those.
 */
export async function findReportsForEditing(actor: TActor, options: { page?: number; pageSize?: number } = {}, database: PrismaClient = defaultDb) {
  const page = options.page ?? 1;
  const pageSize = options.pageSize ?? REPORT_ADMIN_PAGE_SIZE;
  return withRefusalAudit(database, { action: "report.read_admin", userId: actor.id }, async () => {
    assertCan(actor, "report.create", null);
    const [rows, total] = await Promise.all([
      database.report.findMany({
        select: { id: true, slug: true, title: true, year: true, kind: true, state: true, version: true, updatedAt: true, createdById: true },
        orderBy: [{ year: "desc" }, { title: "asc" }, { id: "asc" }],
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
      database.report.count(),
    ]);
    const reports = rows.map(({ createdById, ...row }) => ({ ...row, editable: can(actor, "report.update", { createdById }) }));
    return { reports, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
  });
}

/**
 * One report as the form edits it, with its version and the states this actor may choose;
 * null when there is none. A "forbidden" CommandError when the actor may not edit it.
 */
export async function findReportForEditing(actor: TActor, id: number, database: PrismaClient = defaultDb) {
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

/** What the form offers to choose from, for those who may write reports at all. */
export async function findReportFormOptions(actor: TActor, database: PrismaClient = defaultDb) {
  return withRefusalAudit(database, { action: "report.read_admin", userId: actor.id }, async () => {
    assertCan(actor, "report.create", null);
    const [focusAreas, successFactors] = await Promise.all([
      database.focusArea.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
      database.successFactor.findMany({ select: { slug: true, name: true }, orderBy: { position: "asc" } }),
    ]);
    return { focusAreas, successFactors };
  });
}
