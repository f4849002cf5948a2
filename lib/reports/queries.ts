import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TSource } from "@/lib/content/schemas";
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

/** Reports per page of /rapporter. */
export const REPORT_PAGE_SIZE = 30;

/** One page of the published reports matching the filters, and how many match. */
export async function findPublishedReportPage(filters: TReportFilters, page: number) {
  const all = await findPublishedReports(filters, { skip: (page - 1) * REPORT_PAGE_SIZE, take: REPORT_PAGE_SIZE });
  return { reports: all.reports, total: all.total, pageCount: Math.max(1, Math.ceil(all.total / REPORT_PAGE_SIZE)) };
}

/** Published reports matching the filters (a page of them when asked); at most three queries. */
export async function findPublishedReports(filters: TReportFilters): Promise<ReportListItem[]>;
export async function findPublishedReports(filters: TReportFilters, window: { skip: number; take: number }): Promise<{ reports: ReportListItem[]; total: number }>;
export async function findPublishedReports(filters: TReportFilters, window?: { skip: number; take: number }) {
  let ids: number[] | undefined;
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q)}%`;
    const rows = await db.$queryRaw<{ id: number }[]>`
      SELECT id FROM report
      WHERE state = 'publisert'
        AND (search_vector @@ websearch_to_tsquery('public.norwegian_unaccent', ${filters.q})
             OR title ILIKE ${pattern} OR summary ILIKE ${pattern})`;
    ids = rows.map((row) => row.id);
    if (ids.length === 0) return window ? { reports: [], total: 0 } : [];
  }
  const where = {
    state: "publisert",
    ...(ids && { id: { in: ids } }),
    ...(filters.fokus.length > 0 && { focusAreas: { some: { focusArea: { slug: { in: filters.fokus } } } } }),
    ...(filters.ar !== undefined && { year: filters.ar }),
    ...(filters.type && { kind: filters.type }),
    ...(filters.utgiver && { publishers: { has: filters.utgiver } }),
  } satisfies Prisma.ReportWhereInput;
  const orderBy = [{ year: "desc" as const }, { title: "asc" as const }, { id: "asc" as const }];
  if (!window) return db.report.findMany({ where, orderBy, select: reportListSelect });
  const [reports, total] = await Promise.all([
    db.report.findMany({ where, orderBy, select: reportListSelect, skip: window.skip, take: window.take }),
    db.report.count({ where }),
  ]);
  return { reports, total };
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
  return { ...report, sources: report.sources as TSource[] };
}

export type ReportDetail = NonNullable<Awaited<ReturnType<typeof findPublishedReportBySlug>>>;

/** The newest published reports in a focus area (for /fokusomrader/[slug]; all of them in /rapporter). */
export async function findPublishedReportsInFocusArea(focusAreaSlug: string, limit = 12) {
  return db.report.findMany({
    take: limit,
    where: { state: "publisert", focusAreas: { some: { focusArea: { slug: focusAreaSlug } } } },
    orderBy: [{ year: "desc" }, { title: "asc" }],
    select: reportListSelect,
  });
}

/** The newest published reports that discuss a success factor. */
export async function findPublishedReportsDiscussingFactor(factorSlug: string, limit = 12) {
  return db.report.findMany({
    take: limit,
    where: { state: "publisert", successFactors: { some: { successFactor: { slug: factorSlug } } } },
    orderBy: [{ year: "desc" }, { title: "asc" }],
    select: reportListSelect,
  });
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
