import "server-only";
import { z } from "zod";
import { badRequest, jsonResponse, licence, notFound, pageEnvelope, searchParamsRecord, unknownParams } from "@/lib/api/http";
import { toApiSources } from "@/lib/api/projects";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@/lib/api/projects-params";
import type { TParamProblem, TReport, TReportList, TReportSummary } from "@/lib/api/schemas";
import type { TSource } from "@/lib/content/schemas";
import { db } from "@/lib/db";
import { ZPage } from "@/lib/projects/filters";
import { parseReportFilters, reportFiltersToSearch, reportParams, type TReportFilters } from "@/lib/reports/filters";
import { findPublishedReportIdsPage } from "@/lib/reports/queries";
import { absoluteUrl } from "@/lib/site/url";

/** /api/v1/rapporter reads the same parameters as /rapporter (lib/reports/filters.ts), strictly. */

const ZPageSize = z.coerce.number().int().min(1).max(MAX_PAGE_SIZE);

const summarySelect = {
  id: true,
  slug: true,
  title: true,
  authors: true,
  publishers: true,
  year: true,
  series: true,
  number: true,
  kind: true,
  summary: true,
  publishedAt: true,
  updatedAt: true,
  focusAreas: { select: { focusArea: { select: { slug: true, name: true } } }, orderBy: { focusArea: { name: "asc" } } },
} as const;

export async function findApiReportsByIds(ids: number[]) {
  if (ids.length === 0) return [];
  const rows = await db.report.findMany({ where: { id: { in: ids }, state: "publisert" }, select: summarySelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function toReportSummary(row: Awaited<ReturnType<typeof findApiReportsByIds>>[number]): TReportSummary {
  return {
    slug: row.slug,
    tittel: row.title,
    forfattere: row.authors,
    utgivere: row.publishers,
    ar: row.year,
    serie: row.series,
    nummer: row.number,
    type: row.kind,
    sammendrag: row.summary,
    fokusomrader: row.focusAreas.map(({ focusArea: f }) => ({ slug: f.slug, navn: f.name })),
    publisert: row.publishedAt?.toISOString() ?? null,
    oppdatert: row.updatedAt.toISOString(),
    url: absoluteUrl(`/rapporter/${row.slug}`),
    api: absoluteUrl(`/api/v1/rapporter/${row.slug}`),
  };
}

export async function findReportsLastModified(): Promise<Date | null> {
  const { _max } = await db.report.aggregate({ _max: { updatedAt: true } });
  return _max.updatedAt;
}

/** The report filters, strictly: any problem the page would show becomes a 400 here. */
export async function readReportFilters(
  url: URL,
  extraParams: readonly string[],
): Promise<{ ok: true; filters: TReportFilters } | { ok: false; problems: TParamProblem[] }> {
  const problems = unknownParams(url, [...reportParams, ...extraParams]);
  const { filters, notices } = parseReportFilters(searchParamsRecord(url));
  problems.push(...notices.map((n) => ({ navn: n.param, melding: n.message })));
  for (const param of reportParams) {
    if (param !== "fokus" && url.searchParams.getAll(param).length > 1) {
      problems.push({ navn: param, melding: "Parameteren er oppgitt flere ganger; oppgi den én gang." });
    }
  }
  if (filters.fokus.length > 0) {
    const known = await db.focusArea.findMany({ where: { slug: { in: filters.fokus } }, select: { slug: true } });
    for (const slug of filters.fokus.filter((s) => !known.some((k) => k.slug === s))) {
      problems.push({ navn: "fokus", melding: `Fant ikke fokusområdet «${slug.slice(0, 40)}».` });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, filters };
}

export async function reportListResponse(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const read = await readReportFilters(url, ["side", "antall"]);
  const problems = read.ok ? [] : [...read.problems];
  const side = ZPage.safeParse(url.searchParams.get("side") ?? "1");
  if (!side.success || url.searchParams.getAll("side").length > 1) {
    problems.push({ navn: "side", melding: "Sidenummeret må være et helt tall fra 1 og oppover." });
  }
  const size = ZPageSize.safeParse(url.searchParams.get("antall") ?? String(DEFAULT_PAGE_SIZE));
  if (!size.success || url.searchParams.getAll("antall").length > 1) {
    problems.push({ navn: "antall", melding: `Antall per side må være et helt tall fra 1 til ${MAX_PAGE_SIZE}.` });
  }
  if (!read.ok || !side.success || !size.success || problems.length > 0) return badRequest(problems);

  const page = side.data;
  const pageSize = size.data;
  const [{ total, ids }, lastModified] = await Promise.all([
    findPublishedReportIdsPage(read.filters, (page - 1) * pageSize, pageSize),
    findReportsLastModified(),
  ]);
  const rows = await findApiReportsByIds(ids);
  const href = (n: number) => {
    const search = reportFiltersToSearch(read.filters);
    if (n > 1) search.set("side", String(n));
    if (pageSize !== DEFAULT_PAGE_SIZE) search.set("antall", String(pageSize));
    const query = search.toString();
    return absoluteUrl(`/api/v1/rapporter${query ? `?${query}` : ""}`);
  };
  const body: TReportList = {
    data: rows.map(toReportSummary),
    ...pageEnvelope(page, pageSize, total, href),
    lisens: licence(),
  };
  return jsonResponse(request, body, { lastModified });
}

export async function reportResponse(request: Request, slug: string): Promise<Response> {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length > 200) return notFound("rapporten");
  const url = new URL(request.url);
  if (url.searchParams.size > 0) return badRequest(unknownParams(url, []));
  const row = await db.report.findFirst({
    where: { slug, state: "publisert" },
    select: {
      ...summarySelect,
      isbn: true,
      url: true,
      body: true,
      sources: true,
      lastCheckedAt: true,
      successFactors: { select: { successFactor: { select: { slug: true, name: true } } }, orderBy: { successFactor: { position: "asc" } } },
      projects: {
        where: { project: { state: "publisert" } },
        select: { project: { select: { slug: true, title: true } } },
        orderBy: { project: { title: "asc" } },
      },
    },
  });
  if (!row) return notFound(`rapporten «${slug}»`);
  const data: TReport = {
    ...toReportSummary(row),
    isbn: row.isbn,
    lenke: row.url,
    tekst: row.body,
    suksessfaktorer: row.successFactors.map(({ successFactor: f }) => ({ slug: f.slug, navn: f.name })),
    prosjekter: row.projects.map(({ project: p }) => ({ slug: p.slug, tittel: p.title, api: absoluteUrl(`/api/v1/prosjekter/${p.slug}`) })),
    kilder: toApiSources(row.sources as TSource[]),
    sistKontrollert: row.lastCheckedAt?.toISOString().slice(0, 10) ?? null,
  };
  return jsonResponse(request, { data, lisens: licence() }, { lastModified: row.updatedAt });
}
