import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TGap, TSource } from "@/lib/content/schemas";
import { escapeLike, type TReportFilters } from "@/lib/reports/filters";

/** Public reads of reports: only published ones ever leave this module. */

const reportListSelect = {
  slug: true,
  title: true,
  authors: true,
  publishers: true,
  year: true,
  series: true,
  number: true,
  kind: true,
  summary: true,
  language: true,
} as const;

export type ReportListItem = Awaited<ReturnType<typeof findNewestPublishedReports>>[number];

export async function findNewestPublishedReports(limit: number) {
  return db.report.findMany({
    where: { state: "publisert" },
    orderBy: [{ year: "desc" }, { publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: reportListSelect,
  });
}

/** The condition for published reports matching the filters; null when the text matches none. */
async function publishedReportWhere(filters: TReportFilters) {
  let ids: number[] | undefined;
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q)}%`;
    const rows = await db.$queryRaw<{ id: number }[]>`
      SELECT id FROM report
      WHERE state = 'publisert'
        AND (search_vector @@ websearch_to_tsquery('public.norwegian_unaccent', ${filters.q})
             OR title ILIKE ${pattern} OR summary ILIKE ${pattern})`;
    ids = rows.map((row) => row.id);
    if (ids.length === 0) return null;
  }
  return {
    state: "publisert" as const,
    ...(ids && { id: { in: ids } }),
    ...(filters.fokus.length > 0 && { focusAreas: { some: { focusArea: { slug: { in: filters.fokus } } } } }),
    ...(filters.ar !== undefined && { year: filters.ar }),
    ...(filters.type && { kind: filters.type }),
    ...(filters.utgiver && { publishers: { has: filters.utgiver } }),
  };
}

/** Published reports matching the filters; at most two queries (text search, then the list). */
export async function findPublishedReports(filters: TReportFilters) {
  const where = await publishedReportWhere(filters);
  if (!where) return [];
  return db.report.findMany({ where, orderBy: [{ year: "desc" }, { title: "asc" }, { id: "asc" }], select: reportListSelect });
}

/** Reports per page of /rapporter. */
export const REPORT_PAGE_SIZE = 30;

/** One page of the published reports matching the filters, and how many match (id breaks ties). */
export async function findPublishedReportPage(filters: TReportFilters, page: number) {
  const where = await publishedReportWhere(filters);
  if (!where) return { reports: [], total: 0, pageCount: 1 };
  const [reports, total] = await Promise.all([
    db.report.findMany({ where, orderBy: [{ year: "desc" }, { title: "asc" }, { id: "asc" }], select: reportListSelect, skip: (page - 1) * REPORT_PAGE_SIZE, take: REPORT_PAGE_SIZE }),
    db.report.count({ where }),
  ]);
  return { reports, total, pageCount: Math.max(1, Math.ceil(total / REPORT_PAGE_SIZE)) };
}

/**
 * One page of the same list (id breaks ties, so pages never overlap), with its total: for the
 * API and the CSV export, which must not hold every report at once.
 */
export async function findPublishedReportIdsPage(filters: TReportFilters, skip: number, take: number) {
  const where = await publishedReportWhere(filters);
  if (!where) return { total: 0, ids: [] as number[] };
  const [total, rows] = await Promise.all([
    db.report.count({ where }),
    db.report.findMany({ where, orderBy: [{ year: "desc" }, { title: "asc" }, { id: "asc" }], skip, take, select: { id: true } }),
  ]);
  return { total, ids: rows.map((row) => row.id) };
}

/** The values the filter form offers: years, kinds and publishers of published reports. */
export async function findReportFilterOptions() {
  const reports = await db.report.findMany({ where: { state: "publisert" }, select: { year: true, kind: true, publishers: true } });
  const collator = new Intl.Collator("nb");
  return {
    years: [...new Set(reports.map((r) => r.year))].sort((a, b) => b - a),
    kinds: [...new Set(reports.map((r) => r.kind))],
    publishers: [...new Set(reports.flatMap((r) => r.publishers))].sort(collator.compare),
  };
}

export async function findPublishedReportBySlug(slug: string) {
  const report = await db.report.findFirst({
    where: { slug, state: "publisert" },
    select: {
      ...reportListSelect,
      id: true,
      isbn: true,
      url: true,
      body: true,
      sources: true,
      gaps: true,
      lastCheckedAt: true,
      focusAreas: { select: { focusArea: { select: { slug: true, name: true } } }, orderBy: { focusArea: { name: "asc" } } },
      successFactors: {
        select: { successFactor: { select: { slug: true, name: true, summary: true } } },
        orderBy: { successFactor: { position: "asc" } },
      },
      projects: {
        where: { project: { state: "publisert" } },
        select: { project: { select: { slug: true, title: true, summary: true } } },
        orderBy: { project: { title: "asc" } },
      },
    },
  });
  if (!report) return null;
  return { ...report, sources: report.sources as TSource[], gaps: report.gaps as TGap[] };
}

export type ReportDetail = NonNullable<Awaited<ReturnType<typeof findPublishedReportBySlug>>>;

/** Published reports that also match `where`, newest year first, at most `limit`. */
function findPublishedReportsByYear(where: Prisma.ReportWhereInput, limit: number) {
  return db.report.findMany({
    take: limit,
    where: { state: "publisert", ...where },
    orderBy: [{ year: "desc" }, { title: "asc" }],
    select: reportListSelect,
  });
}

/** The newest published reports in a focus area (for /fokusomrader/[slug]; all of them in /rapporter). */
export async function findPublishedReportsInFocusArea(focusAreaSlug: string, limit = 12) {
  return findPublishedReportsByYear({ focusAreas: { some: { focusArea: { slug: focusAreaSlug } } } }, limit);
}

/** The newest published reports that discuss a success factor. */
export async function findPublishedReportsDiscussingFactor(factorSlug: string, limit = 12) {
  return findPublishedReportsByYear({ successFactors: { some: { successFactor: { slug: factorSlug } } } }, limit);
}

/** One sitemap file's worth of published reports (`chunk` counts from 1), in ID order. */
export async function findPublishedReportSlugs(chunk = 1, size = 50_000) {
  return db.report.findMany({
    where: { state: "publisert" },
    select: { slug: true, updatedAt: true },
    orderBy: { id: "asc" },
    skip: (chunk - 1) * size,
    take: size,
  });
}

export async function countPublishedReports(): Promise<number> {
  return db.report.count({ where: { state: "publisert" } });
}
