import "server-only";
import { db } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { findPublishedProjectCardsByIds } from "@/lib/projects/queries";
import { documentationLevelIs, documentationLevelJoins, documentationLevelOfJoined } from "@/lib/projects/documentation-level-sql";
import { documentationLevelLabel, documentationLevels, type TDocumentationLevel } from "@/lib/projects/documentation-level";
import {
  PAGE_SIZE,
  quoteValue,
  type TFilterNotice,
  type TProjectFilters,
  type TProjectStatus,
} from "@/lib/projects/filters";
import {
  populationBandLabels,
  populationBands,
  populationTrendLabels,
  populationTrends,
  type TPopulationBand,
  type TPopulationTrend,
} from "@/lib/places/population";
import { buildTsQuery, findSynonyms } from "@/lib/search/build-tsquery";
import { parseSearchQuery } from "@/lib/search/parse-query";
import { suggestSpelling } from "@/lib/search/suggest";
import { projectStatusLabel } from "@/lib/vocabulary";

/** Filters resolved against the database: slugs and numbers that exist, as IDs. */
type TResolved = {
  focusAreaIds: number[];
  successFactorIds: number[];
  countyNumber: string | null;
  municipalityNumber: string | null;
  status: TProjectStatus | null;
  fra: number | null;
  til: number | null;
  populationBand: TPopulationBand | null;
  populationTrend: TPopulationTrend | null;
  dokumentasjon: TDocumentationLevel | null;
};

/** Matches are counted up to this many; past it the page says "over 10 000". */
export const COUNT_CAP = 10_000;

type TFacetKind = "fokus" | "faktor" | "fylke" | "kommune" | "status" | "innbyggere" | "utvikling" | "dokumentasjon";

/** Below this many full-text hits, typo-tolerant title matching (trigrams) joins in. */
const FUZZY_BELOW = 5;

// Weights for D, C, B, A: a word in the title counts ten times one in the body.
const RANK_WEIGHTS = Prisma.sql`'{0.1, 0.2, 0.5, 1.0}'::float4[]`;

/**
 * The SQL of matching projects' IDs with a relevance score, for a text query. Each branch can use
 * an index: the GIN index on search_vector, the trigram index on title (typos), and the small
 * focus-area, municipality and county tables (names such as "bolig" or "Lærdal").
 */
export function textHits(tsquery: Prisma.Sql, text: string): Prisma.Sql {
  // Trigrams of very short texts ("og", "nav") match almost any title: typo tolerance starts at 4.
  const fuzzy = text.length >= 4;
  // The trigram branch is a fallback: it runs only when full-text search finds fewer than
  // FUZZY_BELOW projects (an uncorrelated subquery, evaluated once, stopping at FUZZY_BELOW).
  const fuzzyTitle = fuzzy
    ? Prisma.sql`UNION ALL
      SELECT p.id, 0.5 * word_similarity(${text}, p.title)::float8
        FROM project p WHERE ${text} <% p.title
          AND (SELECT count(*) FROM (SELECT 1 FROM project q WHERE q.search_vector @@ ${tsquery} LIMIT ${FUZZY_BELOW}) AS f) < ${FUZZY_BELOW}`
    : Prisma.empty;
  const fuzzyFocusArea = fuzzy ? Prisma.sql`OR ${text} <% f.name` : Prisma.empty;
  return Prisma.sql`
    SELECT id, sum(score) AS score FROM (
      SELECT p.id, ts_rank_cd(${RANK_WEIGHTS}, p.search_vector, ${tsquery})::float8 AS score
        FROM project p WHERE p.search_vector @@ ${tsquery}
      ${fuzzyTitle}
      UNION ALL
      SELECT x.project_id, 0.3 FROM project_focus_area x
        WHERE x.focus_area_id IN (
          SELECT f.id FROM focus_area f
          WHERE to_tsvector('public.norwegian_unaccent', f.name) @@ ${tsquery} ${fuzzyFocusArea})
      UNION ALL
      SELECT x.project_id, 0.3 FROM project_municipality x
        JOIN municipality m ON m.number = x.municipality_number
        JOIN county c ON c.number = m.county_number
        WHERE to_tsvector('public.norwegian_unaccent', m.name) @@ ${tsquery}
           OR to_tsvector('public.norwegian_unaccent', c.name) @@ ${tsquery}
    ) AS branches
    GROUP BY id`;
}

/** WHERE conditions on project `p` for every filter but `except` (for that facet's counts). */
function conditions(resolved: TResolved, except: TFacetKind | null): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`p.state = 'publisert'`];
  if (except !== "fokus" && resolved.focusAreaIds.length > 0) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM project_focus_area x WHERE x.project_id = p.id
      AND x.focus_area_id IN (${Prisma.join(resolved.focusAreaIds)}))`);
  }
  if (except !== "faktor" && resolved.successFactorIds.length > 0) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM project_success_factor x WHERE x.project_id = p.id
      AND x.success_factor_id IN (${Prisma.join(resolved.successFactorIds)}))`);
  }
  if (except !== "fylke" && resolved.countyNumber) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM project_municipality x JOIN municipality m ON m.number = x.municipality_number
      WHERE x.project_id = p.id AND m.county_number = ${resolved.countyNumber})`);
  }
  if (except !== "kommune" && resolved.municipalityNumber) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM project_municipality x
      WHERE x.project_id = p.id AND x.municipality_number = ${resolved.municipalityNumber})`);
  }
  if (except !== "status" && resolved.status) {
    parts.push(Prisma.sql`p.status::text = ${resolved.status}`);
  }
  const likeness = populationLikeness(resolved, except);
  if (likeness) {
    // Band and trend hold for the same municipality of the example: a regional project of a small
    // shrinking and a large growing municipality is not "small and shrinking".
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM project_municipality x JOIN municipality m ON m.number = x.municipality_number
      WHERE x.project_id = p.id AND ${likeness})`);
  }
  if (except !== "dokumentasjon" && resolved.dokumentasjon) {
    parts.push(documentationLevelIs(resolved.dokumentasjon));
  }
  if (resolved.fra !== null || resolved.til !== null) {
    // The period overlaps [fra, til]. A missing end year means "still going" unless the project
    // has ended, when the start year is all we know; projects with no years at all are left out.
    parts.push(Prisma.sql`(p.start_year IS NOT NULL OR p.end_year IS NOT NULL)`);
    if (resolved.fra !== null) {
      parts.push(Prisma.sql`coalesce(p.end_year, CASE WHEN p.status = 'avsluttet' THEN p.start_year ELSE 9999 END) >= ${resolved.fra}`);
    }
    if (resolved.til !== null) {
      parts.push(Prisma.sql`coalesce(p.start_year, p.end_year) <= ${resolved.til}`);
    }
  }
  return Prisma.join(parts, " AND ");
}

/**
 * The population filters as a condition on municipality `m` (its precomputed band and trend
 * columns, indexed together), or null when neither applies; `except` leaves one out for its facet.
 */
function populationLikeness(resolved: TResolved, except: TFacetKind | null): Prisma.Sql | null {
  const parts: Prisma.Sql[] = [];
  if (except !== "innbyggere" && resolved.populationBand) parts.push(Prisma.sql`m.population_band = ${resolved.populationBand}`);
  if (except !== "utvikling" && resolved.populationTrend) parts.push(Prisma.sql`m.population_trend = ${resolved.populationTrend}`);
  return parts.length > 0 ? Prisma.join(parts, " AND ") : null;
}

export type TFacetOption = { value: string; label: string; count: number; selected: boolean };

export type TProjectListing = Awaited<ReturnType<typeof findProjectListing>>;

const statusLabels: Record<TProjectStatus, string> = projectStatusLabel;

/**
 * Everything /prosjekter shows, in a fixed number of queries whatever the page size or the number
 * of results: taxonomies (4, in parallel), synonyms (1, with text), the page's IDs and total (1),
 * the facet counts (1), the cards (1), and "did you mean" (1, only when nothing matched).
 */
export async function findProjectListing(filters: TProjectFilters, client: PrismaClient = db, pageSize = PAGE_SIZE) {
  const notices: TFilterNotice[] = [];
  const parsed = parseSearchQuery(filters.q);

  const [focusAreas, successFactors, counties, municipalities, synonyms] = await Promise.all([
    client.focusArea.findMany({ select: { id: true, slug: true, name: true }, orderBy: { name: "asc" } }),
    client.successFactor.findMany({ select: { id: true, slug: true, name: true }, orderBy: { position: "asc" } }),
    client.county.findMany({ select: { number: true, slug: true, name: true }, orderBy: { name: "asc" } }),
    // Only the chosen county's municipalities (and a chosen municipality): the list page must not
    // carry all 357 as options, twice (HTML and React payload). Without a county, the form asks
    // for one first; the choice works without JavaScript (submit, then pick).
    filters.fylke || filters.kommune
      ? client.municipality.findMany({
          where: {
            OR: [
              ...(filters.fylke ? [{ county: { OR: [{ slug: filters.fylke }, { number: filters.fylke }] } }] : []),
              ...(filters.kommune ? [{ number: filters.kommune }] : []),
            ],
          },
          select: { number: true, name: true },
          orderBy: { name: "asc" },
        })
      : Promise.resolve([] as { number: string; name: string }[]),
    findSynonyms(client, parsed.terms),
  ]);

  const focusAreaIds = filters.fokus.flatMap((slug) => {
    const area = focusAreas.find((f) => f.slug === slug);
    if (!area) notices.push({ param: "fokus", message: `Fant ikke fokusområdet ${quoteValue(slug)}; det er ikke brukt.` });
    return area ? [area.id] : [];
  });
  const successFactorIds = filters.faktor.flatMap((slug) => {
    const factor = successFactors.find((f) => f.slug === slug);
    if (!factor) notices.push({ param: "faktor", message: `Fant ikke suksessfaktoren ${quoteValue(slug)}; den er ikke brukt.` });
    return factor ? [factor.id] : [];
  });
  const county = filters.fylke ? counties.find((c) => c.slug === filters.fylke || c.number === filters.fylke) : undefined;
  if (filters.fylke && !county) notices.push({ param: "fylke", message: `Fant ikke fylket ${quoteValue(filters.fylke)}; filteret er ikke brukt.` });
  const municipality = filters.kommune ? municipalities.find((m) => m.number === filters.kommune) : undefined;
  if (filters.kommune && !municipality) {
    notices.push({
      param: "kommune",
      message: `Ingen publiserte eksempler har kommunenummer ${quoteValue(filters.kommune)}; filteret er ikke brukt.`,
    });
  }

  const resolved: TResolved = {
    focusAreaIds,
    successFactorIds,
    countyNumber: county?.number ?? null,
    municipalityNumber: municipality?.number ?? null,
    status: filters.status,
    fra: filters.fra,
    til: filters.til,
    populationBand: filters.innbyggere,
    populationTrend: filters.utvikling,
    dokumentasjon: filters.dokumentasjon,
  };
  // The filters that are in force, as the page should link them (unknown values dropped).
  const effective: TProjectFilters = {
    ...filters,
    q: parsed.clauses.length > 0 ? filters.q : "",
    fokus: focusAreas.filter((f) => focusAreaIds.includes(f.id)).map((f) => f.slug),
    faktor: successFactors.filter((f) => successFactorIds.includes(f.id)).map((f) => f.slug),
    fylke: county?.slug ?? null,
    kommune: municipality?.number ?? null,
  };

  const tsquery = buildTsQuery(parsed, synonyms);
  const withHits = tsquery ? Prisma.sql`WITH hits AS (${textHits(tsquery, parsed.text)})` : Prisma.empty;
  const from = tsquery ? Prisma.sql`project p JOIN hits h ON h.id = p.id` : Prisma.sql`project p`;
  const order = tsquery
    ? Prisma.sql`h.score DESC, p.published_at DESC NULLS LAST, p.id DESC`
    : Prisma.sql`p.published_at DESC NULLS LAST, p.id DESC`;
  const offset = (filters.side - 1) * pageSize;

  // The page's IDs by ORDER BY … LIMIT (the (state, published_at) index serves the plain list), and
  // the count up to COUNT_CAP: past it the page says "over 10 000" rather than count every match.
  const [page] = await client.$queryRaw<{ total: number; ids: number[] }[]>`
    ${withHits}
    SELECT (SELECT count(*)::int FROM (SELECT 1 FROM ${from} WHERE ${conditions(resolved, null)} LIMIT ${COUNT_CAP + 1}) AS c) AS total,
           ARRAY(SELECT p.id FROM ${from} WHERE ${conditions(resolved, null)} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${offset}) AS ids`;
  const totalIsLowerBound = page.total > COUNT_CAP;
  page.total = Math.min(page.total, COUNT_CAP);

  const facetRows = await client.$queryRaw<{ kind: TFacetKind; value: string; count: number }[]>`
    ${withHits}
    SELECT 'fokus' AS kind, x.focus_area_id::text AS value, count(*)::int AS count
      FROM ${from} JOIN project_focus_area x ON x.project_id = p.id
      WHERE ${conditions(resolved, "fokus")} GROUP BY x.focus_area_id
    UNION ALL
    SELECT 'faktor', x.success_factor_id::text, count(*)::int
      FROM ${from} JOIN project_success_factor x ON x.project_id = p.id
      WHERE ${conditions(resolved, "faktor")} GROUP BY x.success_factor_id
    UNION ALL
    SELECT 'fylke', m.county_number::text, count(DISTINCT p.id)::int
      FROM ${from} JOIN project_municipality x ON x.project_id = p.id JOIN municipality m ON m.number = x.municipality_number
      WHERE ${conditions(resolved, "fylke")} GROUP BY m.county_number
    UNION ALL
    SELECT 'kommune', x.municipality_number::text, count(*)::int
      FROM ${from} JOIN project_municipality x ON x.project_id = p.id
      WHERE ${conditions(resolved, "kommune")} GROUP BY x.municipality_number
    UNION ALL
    SELECT 'status', p.status::text, count(*)::int
      FROM ${from} WHERE ${conditions(resolved, "status")} GROUP BY p.status
    UNION ALL
    SELECT 'innbyggere', m.population_band, count(DISTINCT p.id)::int
      FROM ${from} JOIN project_municipality x ON x.project_id = p.id JOIN municipality m ON m.number = x.municipality_number
      WHERE ${conditions(resolved, "innbyggere")} AND m.population_band IS NOT NULL
        AND ${populationLikeness(resolved, "innbyggere") ?? Prisma.sql`TRUE`}
      GROUP BY m.population_band
    UNION ALL
    SELECT 'utvikling', m.population_trend, count(DISTINCT p.id)::int
      FROM ${from} JOIN project_municipality x ON x.project_id = p.id JOIN municipality m ON m.number = x.municipality_number
      WHERE ${conditions(resolved, "utvikling")} AND m.population_trend IS NOT NULL
        AND ${populationLikeness(resolved, "utvikling") ?? Prisma.sql`TRUE`}
      GROUP BY m.population_trend
    UNION ALL

    SELECT 'dokumentasjon', ${documentationLevelOfJoined}, count(*)::int
      FROM ${from} ${documentationLevelJoins} WHERE ${conditions(resolved, "dokumentasjon")} GROUP BY 2`;

  const projects = await findPublishedProjectCardsByIds(page.ids, client);
  const suggestion = page.total === 0 && parsed.terms.length > 0 ? await suggestSpelling(client, parsed) : null;

  const counts = new Map(facetRows.map((row) => [`${row.kind}:${row.value}`, row.count]));
  const count = (kind: TFacetKind, value: string) => counts.get(`${kind}:${value}`) ?? 0;

  return {
    filters: effective,
    // What matched, for walking every match in this order (findMatchingProjectIdsAfter: CSV export).
    match: { resolved, tsquery, text: parsed.text },
    notices,
    total: page.total,
    /** True when there are more matches than `total` (counting stopped at COUNT_CAP). */
    totalIsLowerBound,
    pageSize,
    pageCount: Math.max(1, Math.ceil(page.total / pageSize)),
    projects,
    suggestion,
    facets: {
      fokus: focusAreas.map((f) => ({ value: f.slug, label: f.name, count: count("fokus", String(f.id)), selected: focusAreaIds.includes(f.id) })),
      faktor: successFactors.map((f) => ({
        value: f.slug,
        label: f.name,
        count: count("faktor", String(f.id)),
        selected: successFactorIds.includes(f.id),
      })),
      fylke: counties.map((c) => ({ value: c.slug, label: c.name, count: count("fylke", c.number), selected: c.number === county?.number })),
      kommune: municipalities.map((m) => ({
        value: m.number,
        label: m.name,
        count: count("kommune", m.number),
        selected: m.number === municipality?.number,
      })),
      status: (Object.keys(statusLabels) as TProjectStatus[]).map((s) => ({
        value: s,
        label: statusLabels[s],
        count: count("status", s),
        selected: s === filters.status,
      })),
      innbyggere: populationBands.map((band) => ({
        value: band,
        label: populationBandLabels[band],
        count: count("innbyggere", band),
        selected: band === filters.innbyggere,
      })),
      utvikling: populationTrends.map((trend) => ({
        value: trend,
        label: populationTrendLabels[trend],
        count: count("utvikling", trend),
        selected: trend === filters.utvikling,
      })),
      dokumentasjon: documentationLevels.map((level) => ({
        value: level,
        label: documentationLevelLabel[level],
        count: count("dokumentasjon", level),
        selected: level === filters.dokumentasjon,
      })),
    } satisfies Record<TFacetKind, TFacetOption[]>,
  };
}

export type TProjectMatch = TProjectListing["match"];

/** Where an export has got to in the list's order: the last row's sort key. */
export type TProjectCursor = { score: string; publishedAt: string; id: number };

/**
 * One keyset page of the IDs of every match, in exactly the list's order (relevance, newest
 * first, id), for exports that walk all matches: each page costs the same however far in, and
 * nothing is held between pages but the cursor. Same conditions as findProjectListing.
 */
export async function findMatchingProjectIdsAfter(
  match: TProjectMatch,
  after: TProjectCursor | null,
  limit: number,
  client: PrismaClient = db,
): Promise<{ ids: number[]; next: TProjectCursor | null }> {
  const { resolved, tsquery, text } = match;
  const withHits = tsquery ? Prisma.sql`WITH hits AS (${textHits(tsquery, text)})` : Prisma.empty;
  const from = tsquery ? Prisma.sql`project p JOIN hits h ON h.id = p.id` : Prisma.sql`project p`;
  const score = tsquery ? Prisma.sql`h.score` : Prisma.sql`0::float8`;
  // published_at DESC NULLS LAST is the same order as this key DESC, and a key can be compared.
  const published = Prisma.sql`coalesce(p.published_at, '-infinity'::timestamp)`;
  const afterKey = after
    ? Prisma.sql`AND (${score}, ${published}, p.id) < (${after.score}::float8, ${after.publishedAt}::timestamp, ${after.id}::int)`
    : Prisma.empty;
  const rows = await client.$queryRaw<{ id: number; score: string; publishedAt: string }[]>`
    ${withHits}
    SELECT p.id, (${score})::text AS score, (${published})::text AS "publishedAt"
    FROM ${from} WHERE ${conditions(resolved, null)} ${afterKey}
    ORDER BY ${score} DESC, ${published} DESC, p.id DESC
    LIMIT ${limit}`;
  const last = rows.at(-1);
  return {
    ids: rows.map((row) => row.id),
    next: last && rows.length === limit ? { score: last.score, publishedAt: last.publishedAt, id: last.id } : null,
  };
}
