import "server-only";
import { z } from "zod";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, projectFilterParams } from "@/lib/api/projects-params";
import { badRequest, jsonResponse, licence, notFound, pageEnvelope, searchParamsRecord, unknownParams } from "@/lib/api/http";
import type { TParamProblem, TProject, TProjectList, TProjectSummary } from "@/lib/api/schemas";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TFunding, TSource } from "@/lib/content/schemas";
import { parseProjectFilters, projectFiltersToSearch, type TProjectFilters } from "@/lib/projects/filters";
import { findProjectListing, type TProjectListing } from "@/lib/search/project-search";
import { absoluteUrl } from "@/lib/site/url";

/**
 * /api/v1/prosjekter and the CSV export read the list exactly as /prosjekter does: the same
 * parser (lib/projects/filters.ts) and the same search (lib/search/project-search.ts), so a filter
 * added there works here too. Where the page drops a bad value with a notice, the API answers 400.
 */

const ZPageSize = z.coerce.number().int().min(1).max(MAX_PAGE_SIZE);

const summarySelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  status: true,
  startYear: true,
  endYear: true,
  publishedAt: true,
  updatedAt: true,
  municipalities: {
    select: { municipality: { select: { number: true, name: true, county: { select: { number: true, slug: true, name: true } } } } },
    orderBy: { municipalityNumber: "asc" },
  },
  focusAreas: { select: { focusArea: { select: { slug: true, name: true } } }, orderBy: { focusArea: { name: "asc" } } },
  successFactors: {
    select: { successFactor: { select: { slug: true, name: true } } },
    orderBy: { successFactor: { position: "asc" } },
  },
} as const;

type TSummaryRow = Awaited<ReturnType<typeof findApiProjectsByIds>>[number];

/** The rows for a page of IDs, in the order given; one query, published only. */
export async function findApiProjectsByIds(ids: number[], client: PrismaClient = db) {
  if (ids.length === 0) return [];
  const rows = await client.project.findMany({ where: { id: { in: ids }, state: "publisert" }, select: summarySelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function toProjectSummary(row: TSummaryRow): TProjectSummary {
  const counties = new Map<string, { nummer: string; slug: string; navn: string }>();
  const kommuner = row.municipalities.map(({ municipality: m }) => {
    const fylke = { nummer: m.county.number, slug: m.county.slug, navn: m.county.name };
    counties.set(fylke.nummer, fylke);
    return { nummer: m.number, navn: m.name, fylke };
  });
  return {
    slug: row.slug,
    tittel: row.title,
    sammendrag: row.summary,
    status: row.status,
    startAr: row.startYear,
    sluttAr: row.endYear,
    kommuner,
    fylker: [...counties.values()].sort((a, b) => a.nummer.localeCompare(b.nummer)),
    fokusomrader: row.focusAreas.map(({ focusArea: f }) => ({ slug: f.slug, navn: f.name })),
    suksessfaktorer: row.successFactors.map(({ successFactor: f }) => ({ slug: f.slug, navn: f.name })),
    publisert: row.publishedAt?.toISOString() ?? null,
    oppdatert: row.updatedAt.toISOString(),
    url: absoluteUrl(`/prosjekter/${row.slug}`),
    api: absoluteUrl(`/api/v1/prosjekter/${row.slug}`),
  };
}

/** When anything about projects last changed (any state: unpublishing changes a list too). */
export async function findProjectsLastModified(client: PrismaClient = db): Promise<Date | null> {
  const { _max } = await client.project.aggregate({ _max: { updatedAt: true } });
  return _max.updatedAt;
}

type TReadListing =
  | { ok: true; filters: TProjectFilters; listing: TProjectListing; empty: boolean }
  | { ok: false; problems: TParamProblem[] };

/**
 * Parses the filters strictly and runs the list's search. `empty` is true when a filter names a
 * real municipality without published examples (the page drops that filter; a client wants none).
 */
export async function readProjectListing(
  url: URL,
  options: { extraParams: readonly string[]; pageSize: number },
  client: PrismaClient = db,
): Promise<TReadListing> {
  const problems = unknownParams(url, [...projectFilterParams, ...options.extraParams]);
  const { filters, notices } = parseProjectFilters(searchParamsRecord(url));
  problems.push(...notices.map((n) => ({ navn: n.param, melding: n.message })));
  if (problems.length > 0) return { ok: false, problems };

  const listing = await findProjectListing(filters, client, options.pageSize);
  let empty = false;
  for (const notice of listing.notices) {
    const realMunicipality =
      notice.key === "municipalityNotFound" &&
      filters.kommune !== null &&
      (await client.municipality.count({ where: { number: filters.kommune } })) > 0;
    if (realMunicipality) empty = true;
    else problems.push({ navn: notice.param, melding: notice.message });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, filters, listing, empty };
}

export async function projectListResponse(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const rawSize = url.searchParams.get("antall");
  const size = rawSize === null ? { success: true as const, data: DEFAULT_PAGE_SIZE } : ZPageSize.safeParse(rawSize);
  const sizeProblems =
    !size.success || url.searchParams.getAll("antall").length > 1
      ? [{ navn: "antall", melding: `Antall per side må være et helt tall fra 1 til ${MAX_PAGE_SIZE}.` }]
      : [];
  const pageSize = size.success ? size.data : DEFAULT_PAGE_SIZE;
  // The filters are checked even when antall is bad, so that one answer names every problem.
  const read = await readProjectListing(url, { extraParams: ["antall"], pageSize });
  if (!read.ok || sizeProblems.length > 0) return badRequest([...sizeProblems, ...(read.ok ? [] : read.problems)]);

  const { listing, empty } = read;
  const total = empty ? 0 : listing.total;
  const [rows, lastModified] = await Promise.all([
    findApiProjectsByIds(empty ? [] : listing.projects.map((p) => p.id)),
    findProjectsLastModified(),
  ]);
  const filters = { ...read.filters, side: 1 };
  const href = (side: number) => {
    const search = new URLSearchParams(projectFiltersToSearch({ ...filters, side }));
    if (pageSize !== DEFAULT_PAGE_SIZE) search.set("antall", String(pageSize));
    const query = search.toString();
    return absoluteUrl(`/api/v1/prosjekter${query ? `?${query}` : ""}`);
  };
  const body: TProjectList = {
    data: rows.map(toProjectSummary),
    ...pageEnvelope(read.filters.side, pageSize, total, href),
    lisens: licence(),
  };
  return jsonResponse(request, body, { lastModified });
}

const detailSelect = {
  ...summarySelect,
  body: true,
  owner: true,
  contact: true,
  funding: true,
  methods: true,
  results: true,
  lessons: true,
  transferability: true,
  sources: true,
  lastCheckedAt: true,
  successFactors: {
    select: { note: true, successFactor: { select: { slug: true, name: true } } },
    orderBy: { successFactor: { position: "asc" } },
  },
  reports: {
    where: { report: { state: "publisert" } },
    select: { report: { select: { slug: true, title: true, year: true } } },
    orderBy: { report: { year: "desc" } },
  },
  tags: { select: { tag: { select: { slug: true, name: true } } }, orderBy: { tag: { name: "asc" } } },
} as const;

export function toApiSources(sources: TSource[]) {
  return sources.map((s) => ({
    tittel: s.title,
    url: s.url ?? null,
    utgiver: s.publisher ?? null,
    lest: s.accessed ?? null,
    merknad: s.note ?? null,
  }));
}

export async function projectResponse(request: Request, slug: string): Promise<Response> {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length > 200) return notFound("prosjekteksempelet");
  if (new URL(request.url).searchParams.size > 0) return badRequest(unknownParams(new URL(request.url), []));
  const row = await db.project.findFirst({ where: { slug, state: "publisert" }, select: detailSelect });
  if (!row) return notFound(`prosjekteksempelet «${slug}»`);
  const summary = toProjectSummary({ ...row, successFactors: row.successFactors });
  const data: TProject = {
    ...summary,
    tekst: row.body,
    prosjekteier: row.owner,
    kontakt: row.contact,
    finansiering: (row.funding as TFunding[]).map((f) => ({ program: f.programme, belopNok: f.amountNok ?? null, merknad: f.note ?? null })),
    arbeidsmater: row.methods,
    resultater: row.results,
    laerdommer: row.lessons,
    overforingsverdi: row.transferability,
    suksessfaktorer: row.successFactors.map(({ note, successFactor: f }) => ({ slug: f.slug, navn: f.name, notat: note })),
    rapporter: row.reports.map(({ report: r }) => ({ slug: r.slug, tittel: r.title, ar: r.year, api: absoluteUrl(`/api/v1/rapporter/${r.slug}`) })),
    stikkord: row.tags.map(({ tag }) => ({ slug: tag.slug, navn: tag.name })),
    kilder: toApiSources(row.sources as TSource[]),
    sistKontrollert: row.lastCheckedAt?.toISOString().slice(0, 10) ?? null,
  };
  return jsonResponse(request, { data, lisens: licence() }, { lastModified: row.updatedAt });
}
