import "server-only";
import { db } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { findPublishedProjectCardsByIds } from "@/lib/projects/queries";
import { documentationLevelIs, documentationLevelSql } from "@/lib/projects/documentation-level-sql";
import { documentationLevelLabel, documentationLevels, type TDocumentationLevel } from "@/lib/projects/documentation-level";
import {
  defaultProjectSort,
  PAGE_SIZE,
  quoteValue,
  type TFilterNotice,
  type TProjectFilters,
  moreFiltersInUse,
  type TProjectSort,
  type TProjectStatus,
} from "@/lib/projects/filters";
import { filterNotice } from "@/lib/projects/filter-notices";
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
  /** With a population filter: the municipalities in its band or its trend (empty otherwise). */
  populationPlaces: { number: string; band: string | null; trend: string | null }[];
  dokumentasjon: TDocumentationLevel | null;
};

/**
 * Matches without a text query that no project_tally row counts (see tallyKeyOf) are counted by a
 * walk up to this many; past it the page says "over 2 000". The walk's cost is this many divided by
 * the share of examples that match: 2,000 keeps a filter that a quarter of them pass (population
 * under 2,000) at ~8,000 index entries.
 */
export const COUNT_CAP = 2_000;
/** How deep the pages of a list without text go (a deeper page is an index walk as deep). */
export const PAGE_DEPTH = 10_000;
/**
 * A text query's matches are gathered up to this many, the strongest candidates first (title
 * matches, then focus-area and place names, then the rest of the text), and only those are ranked:
 * past it the page says "over 500". Facet counts are counted over at most this many matches
 * (exact below it; past it the page says the counts are for the first 500). Ranking costs about
 * 0.1 ms a candidate (each text vector is read from TOAST), hence the bound.
 */
export const MATCH_CAP = 500;
/**
 * Of a text query's candidates, this many get the full weighted rank (each reads its text vector,
 * ~2 KB, from TOAST: the costly part of a search); they are the best by titleScore() and come
 * first, the rest follow in titleScore() order. With at most this many candidates (every search
 * of the real examples) the order is the full rank's, exactly.
 */
export const RERANK_HEAD = 100;

type TFacetKind = "fokus" | "faktor" | "fylke" | "kommune" | "status" | "innbyggere" | "utvikling" | "dokumentasjon";

/** Below this many full-text hits, typo-tolerant title matching (trigrams) joins in. */
const FUZZY_BELOW = 5;

// Weights for D, C, B, A: a word in the title counts ten times one in the body.
const RANK_WEIGHTS = Prisma.sql`'{0.1, 0.2, 0.5, 1.0}'::float4[]`;

/** A text query as SQL: the tsquery, the normalised text (for trigrams), whether it excludes words. */
export type TTextQuery = { tsquery: Prisma.Sql; text: string; negated: boolean };

/**
 * CTEs every text search needs, to follow `WITH`: `fa` (focus areas whose name matches), `pl`
 * (municipalities whose own or county name matches) and `few` (true when full-text search finds
 * fewer than FUZZY_BELOW projects: the trigram fallback joins in only then; it stops at
 * FUZZY_BELOW, so it costs the same however many projects match).
 */
export function textCtes({ tsquery, text }: TTextQuery): Prisma.Sql {
  const fuzzy = text.length >= 4;
  return Prisma.sql`
    fa AS (SELECT f.id FROM focus_area f
      WHERE to_tsvector('public.norwegian_unaccent', f.name) @@ ${tsquery} ${fuzzy ? Prisma.sql`OR ${text} <% f.name` : Prisma.empty}),
    pl AS (SELECT m.number FROM municipality m JOIN county c ON c.number = m.county_number
      WHERE to_tsvector('public.norwegian_unaccent', m.name) @@ ${tsquery}
         OR to_tsvector('public.norwegian_unaccent', c.name) @@ ${tsquery}),
    few AS (SELECT ${fuzzy ? Prisma.sql`(SELECT count(*) FROM (SELECT 1 FROM project q WHERE q.search_vector @@ ${tsquery} LIMIT ${FUZZY_BELOW}) AS f) < ${FUZZY_BELOW}` : Prisma.sql`false`} AS active)`;
}

/**
 * The IDs of at most `cap` projects that match a text query and `where` (conditions on `p`),
 * strongest candidates first: title matches (the small title index), projects in a focus area or
 * a place the text names, then the rest of the full-text matches, then (only when full-text finds
 * little) typo-tolerant title matches. Each tier is an index scan that stops at `cap`, so the cost
 * is bounded however many projects match. Needs textCtes(). `columns` (of `p`) are read in the
 * tiers themselves, which visit each candidate's row anyway: no second lookup by ID.
 */
export function textCandidates(query: TTextQuery, where: Prisma.Sql, cap: number, columns: Prisma.Sql = Prisma.sql`p.id`): Prisma.Sql {
  const { tsquery, text, negated } = query;
  // An excluded word may be in the text but not in the title: title matches are checked in full.
  const titleMatch = negated
    ? Prisma.sql`p.title_vector @@ ${tsquery} AND p.search_vector @@ ${tsquery}`
    : Prisma.sql`p.title_vector @@ ${tsquery}`;
  // On the row's facet keys (GIN): combined with the filters' conditions as one bitmap, instead
  // of walking every project of a focus area the text names and testing the filters one by one.
  // ARRAY(…) is '{}' when nothing matched, so NOT … stays true.
  const inFocusArea = Prisma.sql`p.focus_area_ids && ARRAY(SELECT id FROM fa)`;
  const inPlace = Prisma.sql`p.municipality_numbers && ARRAY(SELECT number::text FROM pl)`;
  // Each tier leaves out what an earlier tier finds, so no project comes twice and a set that
  // reached `cap` really holds `cap` matches.
  const fuzzy = text.length >= 4
    ? Prisma.sql`UNION ALL
      (SELECT ${columns} FROM project p WHERE (SELECT active FROM few) AND ${text} <% p.title AND ${where}
        AND NOT coalesce((${titleMatch}), false) AND NOT ${inFocusArea} AND NOT ${inPlace} AND NOT coalesce(p.search_vector @@ ${tsquery}, false) LIMIT ${cap})`
    : Prisma.empty;
  // The tiers are appended in order under one LIMIT: once `cap` rows have come, later tiers do
  // not run at all.
  return Prisma.sql`
    SELECT * FROM (
      (SELECT ${columns} FROM project p WHERE ${titleMatch} AND ${where} LIMIT ${cap})
      UNION ALL
      (SELECT ${columns} FROM project p WHERE ${inFocusArea} AND ${where} AND NOT coalesce((${titleMatch}), false) LIMIT ${cap})
      UNION ALL
      (SELECT ${columns} FROM project p WHERE ${inPlace} AND ${where} AND NOT coalesce((${titleMatch}), false) AND NOT ${inFocusArea} LIMIT ${cap})
      UNION ALL
      (SELECT ${columns} FROM project p WHERE p.search_vector @@ ${tsquery} AND ${where}
        AND NOT coalesce((${titleMatch}), false) AND NOT ${inFocusArea} AND NOT ${inPlace} LIMIT ${cap})
      ${fuzzy}
    ) AS tiers
    LIMIT ${cap}`;
}

/**
 * What a text query adds to project `p`'s relevance besides the full-text rank (needs textCtes()):
 * 0.3 per focus area and per place the text names, and half the title's trigram likeness when
 * full-text finds little. Reads only the row's own short columns (no TOAST).
 */
export function textBonus({ text }: TTextQuery): Prisma.Sql {
  const fuzzy = text.length >= 4
    ? Prisma.sql`+ CASE WHEN (SELECT active FROM few) AND ${text} <% p.title THEN 0.5 * word_similarity(${text}, p.title)::float8 ELSE 0 END`
    : Prisma.empty;
  return Prisma.sql`(
    0.3 * (SELECT count(*) FROM unnest(p.focus_area_ids) AS v WHERE v IN (SELECT id FROM fa))
    + 0.3 * (SELECT count(*) FROM unnest(p.municipality_numbers) AS v WHERE v IN (SELECT number::text FROM pl))
    ${fuzzy})`;
}

/** The weighted full-text rank of a vector (`p.search_vector` or a carried copy of it). */
export function fullTextRank(vector: Prisma.Sql, { tsquery }: TTextQuery): Prisma.Sql {
  return Prisma.sql`CASE WHEN ${vector} @@ ${tsquery} THEN ts_rank_cd(${RANK_WEIGHTS}, ${vector}, ${tsquery})::float8 ELSE 0 END`;
}

/**
 * A cheap first rank of project `p` (needs textCtes()): the title's own rank (its small vector
 * is stored in the row) plus textBonus(). It picks the RERANK_HEAD candidates that get the full rank.
 */
export function titleScore(query: TTextQuery): Prisma.Sql {
  return Prisma.sql`(CASE WHEN p.title_vector @@ ${query.tsquery} THEN ts_rank_cd('{1, 1, 1, 1}'::float4[], p.title_vector, ${query.tsquery})::float8 ELSE 0 END)`;
}

/**
 * The SQL of matching projects' IDs with a relevance score, for a text query: every match, not
 * bounded (for exports that walk all matches; the list and /sok use textCandidates).
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
  // The facet keys are arrays on the project itself (kept by triggers, GIN-indexed): each filter
  // is an index condition on one row, and several combine as a bitmap AND.
  if (except !== "fokus" && resolved.focusAreaIds.length > 0) {
    parts.push(Prisma.sql`p.focus_area_ids && ${resolved.focusAreaIds}::int[]`);
  }
  if (except !== "faktor" && resolved.successFactorIds.length > 0) {
    parts.push(Prisma.sql`p.success_factor_ids && ${resolved.successFactorIds}::int[]`);
  }
  if (except !== "fylke" && resolved.countyNumber) {
    parts.push(Prisma.sql`p.county_numbers @> ARRAY[${resolved.countyNumber}]::text[]`);
  }
  if (except !== "kommune" && resolved.municipalityNumber) {
    parts.push(Prisma.sql`p.municipality_numbers @> ARRAY[${resolved.municipalityNumber}]::text[]`);
  }
  if (except !== "status" && resolved.status) {
    parts.push(Prisma.sql`p.status::text = ${resolved.status}`);
  }
  const band = except !== "innbyggere" ? resolved.populationBand : null;
  const trend = except !== "utvikling" ? resolved.populationTrend : null;
  if (band || trend) {
    // Band and trend hold for the same municipality of the example: a regional project of a small
    // shrinking and a large growing municipality is not "small and shrinking". The municipalities
    // that qualify go in as a constant array (at most 357), so that the planner can estimate the
    // share of projects from the array's statistics: as a subquery it guessed 1 %, and for "under
    // 2,000" (a quarter of all examples) it read 27,000 rows to sort out the newest 500.
    const places = resolved.populationPlaces.filter((m) => (!band || m.band === band) && (!trend || m.trend === trend)).map((m) => m.number);
    parts.push(Prisma.sql`p.municipality_numbers && ${places}::text[]`);
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

/**
 * The project_tally row whose count is exactly the number of published projects matching these
 * filters, or null when no single row is: no filter ("alle"), or one value of one of focus area,
 * success factor, county, municipality or status (a municipality within the chosen county is the
 * municipality alone). Kept by a trigger (migration 20261203080000_project_tally).
 */
export function tallyKeyOf(resolved: TResolved): { kind: string; key: string } | null {
  if (resolved.populationBand || resolved.populationTrend || resolved.dokumentasjon || resolved.fra !== null || resolved.til !== null) return null;
  if (resolved.focusAreaIds.length > 1 || resolved.successFactorIds.length > 1) return null;
  // In filter order, as the pairs' kinds are named ("fokus+status" and its key "3:pagar").
  const keys = [
    ...resolved.focusAreaIds.map((id) => ({ kind: "fokus", key: String(id) })),
    ...resolved.successFactorIds.map((id) => ({ kind: "faktor", key: String(id) })),
    ...(resolved.municipalityNumber
      ? [{ kind: "kommune", key: resolved.municipalityNumber }]
      : resolved.countyNumber
        ? [{ kind: "fylke", key: resolved.countyNumber }]
        : []),
    ...(resolved.status ? [{ kind: "status", key: resolved.status }] : []),
  ];
  const [first, second, ...rest] = keys;
  if (!first) return { kind: "alle", key: "" };
  if (!second) return first;
  const pair = `${first.kind}+${second.kind}`;
  return rest.length === 0 && tallyPairs.has(pair) ? { kind: pair, key: `${first.key}:${second.key}` } : null;
}

/** The pairs of filters project_tally counts (a municipality's matches are few enough to count). */
const tallyPairs = new Set(["fokus+faktor", "fokus+fylke", "fokus+status", "faktor+fylke", "faktor+status", "fylke+status"]);

export type TFacetOption = { value: string; label: string; count: number; selected: boolean };

export type TProjectListing = Awaited<ReturnType<typeof findProjectListing>>;

const statusLabels: Record<TProjectStatus, string> = projectStatusLabel;

/** The order of ranked text candidates (`ranked`: id, published_at, start_year, end_year, score). */
function rankedOrder(sort: TProjectSort): Prisma.Sql {
  switch (sort) {
    case "periode":
      return Prisma.sql`start_year DESC NULLS LAST, end_year DESC NULLS LAST, score DESC, published_at DESC NULLS LAST, id DESC`;
    case "lagt-til":
      return Prisma.sql`published_at DESC NULLS LAST, id DESC`;
    case "relevans":
      return Prisma.sql`score DESC, published_at DESC NULLS LAST, id DESC`;
  }
}

/**
 * Everything /prosjekter shows, in a fixed number of queries whatever the page size or the number
 * of results: taxonomies (4, in parallel; a fifth with a population filter: its municipalities), synonyms (1, with text), the page's IDs and total (1),
 * the facet counts (1), the cards (1), and "did you mean" (1, only when nothing matched).
 *
 * The rarely used filter groups (success factor, population, growth, documentation level) are
 * counted only when the page shows them: `countMore` (the reader asked for them, `?filtre=alle`)
 * or one of them is in force (moreFiltersInUse). Otherwise their facets are empty: counting them
 * would be about a third of the statement's work for counts nobody sees.
 */
export async function findProjectListing(filters: TProjectFilters, client: PrismaClient = db, pageSize = PAGE_SIZE, options: { countMore?: boolean } = {}) {
  const countMore = options.countMore === true || moreFiltersInUse(filters);
  const notices: TFilterNotice[] = [];
  const parsed = parseSearchQuery(filters.q);

  const [focusAreas, successFactors, counties, municipalities, synonyms, populationPlaces] = await Promise.all([
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
          select: { number: true, name: true, countyNumber: true },
          orderBy: { name: "asc" },
        })
      : Promise.resolve([] as { number: string; name: string; countyNumber: string }[]),
    findSynonyms(client, parsed.terms),
    filters.innbyggere || filters.utvikling
      ? client.municipality.findMany({
          where: {
            OR: [
              ...(filters.innbyggere ? [{ populationBand: filters.innbyggere }] : []),
              ...(filters.utvikling ? [{ populationTrend: filters.utvikling }] : []),
            ],
          },
          select: { number: true, populationBand: true, populationTrend: true },
        })
      : Promise.resolve([] as { number: string; populationBand: string | null; populationTrend: string | null }[]),
  ]);

  const focusAreaIds = filters.fokus.flatMap((slug) => {
    const area = focusAreas.find((f) => f.slug === slug);
    if (!area) notices.push(filterNotice("fokus", "focusNotFound", { value: quoteValue(slug) }));
    return area ? [area.id] : [];
  });
  const successFactorIds = filters.faktor.flatMap((slug) => {
    const factor = successFactors.find((f) => f.slug === slug);
    if (!factor) notices.push(filterNotice("faktor", "factorNotFound", { value: quoteValue(slug) }));
    return factor ? [factor.id] : [];
  });
  const county = filters.fylke ? counties.find((c) => c.slug === filters.fylke || c.number === filters.fylke) : undefined;
  if (filters.fylke && !county) notices.push(filterNotice("fylke", "countyNotFound", { value: quoteValue(filters.fylke) }));
  const named = filters.kommune ? municipalities.find((m) => m.number === filters.kommune) : undefined;
  if (filters.kommune && !named) {
    notices.push(filterNotice("kommune", "municipalityNotFound", { value: quoteValue(filters.kommune) }));
  }
  // A municipality outside the chosen county (the county was changed, the old choice came along):
  // the county wins and the page says why the municipality was not used.
  const outside = named && county && named.countyNumber !== county.number ? named : undefined;
  if (outside && county) {
    const its = counties.find((c) => c.number === outside.countyNumber)?.name ?? outside.countyNumber;
    notices.push(filterNotice("kommune", "municipalityOutsideCounty", { municipality: outside.name, its, county: county.name }));
  }
  const municipality = outside ? undefined : named;

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
    populationPlaces: populationPlaces.map((m) => ({ number: m.number, band: m.populationBand, trend: m.populationTrend })),
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
  const query: TTextQuery | null = tsquery
    ? { tsquery, text: parsed.text, negated: parsed.clauses.some((clause) => clause.some((item) => item.negated)) }
    : null;
  const offset = (filters.side - 1) * pageSize;
  const tally = query ? null : tallyKeyOf(resolved);
  const sort = filters.sortering ?? defaultProjectSort(filters.q);

  // The set a facet kind counts over: the matches under every filter but its own (only kinds
  // whose filter is in force need a set of their own), at most MATCH_CAP of them.
  const active: Record<TFacetKind, boolean> = {
    fokus: resolved.focusAreaIds.length > 0,
    faktor: resolved.successFactorIds.length > 0,
    fylke: resolved.countyNumber !== null,
    kommune: resolved.municipalityNumber !== null,
    status: resolved.status !== null,
    innbyggere: resolved.populationBand !== null,
    utvikling: resolved.populationTrend !== null,
    dokumentasjon: resolved.dokumentasjon !== null,
  };
  const kinds = Object.keys(active) as TFacetKind[];
  const setOf = (kind: TFacetKind) => Prisma.raw(active[kind] ? `m_${kind}` : "m0");
  // Each set carries the facet keys, so that the counts are unnests of the set itself, no joins.
  const keys = Prisma.sql`p.status, p.focus_area_ids, p.success_factor_ids, p.county_numbers, p.municipality_numbers`;
  // With text, m0 is the candidate set and also carries what ranking needs (the score, the
  // period), so each candidate's row is read once, not again by a second join.
  const matchSet = (except: TFacetKind | null, cap: number) =>
    query
      ? textCandidates(
          query,
          conditions(resolved, except),
          cap,
          Prisma.sql`p.id, p.published_at, ${keys}${
            except === null
              ? Prisma.sql`, p.start_year, p.end_year, p.search_vector, ${titleScore(query)} AS title_rank, ${textBonus(query)} AS bonus`
              : Prisma.empty
          }`,
        )
      : Prisma.sql`SELECT p.id, p.published_at, ${keys} FROM project p WHERE ${conditions(resolved, except)} ORDER BY p.published_at DESC, p.id DESC LIMIT ${cap}`;
  const exceptSets = kinds
    .filter((kind) => active[kind])
    .map((kind) => Prisma.sql`, ${Prisma.raw(`m_${kind}`)} AS MATERIALIZED (${matchSet(kind, MATCH_CAP)})`);
  // A municipality's count matters only when the form lists municipalities (a county is chosen).
  const kommuneFacet =
    municipalities.length > 0
      ? Prisma.sql`UNION ALL
      SELECT 'kommune', v, count(*)::int
        FROM ${setOf("kommune")} s, unnest(s.municipality_numbers) AS v
        WHERE v = ANY(${municipalities.map((m) => m.number)}::text[]) GROUP BY v`
      : Prisma.empty;
  // A population facet counts an example once per band (or trend) any of its municipalities has.
  const populationFacet = (kind: "innbyggere" | "utvikling", column: Prisma.Sql) => Prisma.sql`
      SELECT ${kind}, ${column}, count(DISTINCT s.id)::int
        FROM ${setOf(kind)} s, unnest(s.municipality_numbers) AS n JOIN municipality m ON m.number = n
        WHERE ${column} IS NOT NULL AND ${populationLikeness(resolved, kind) ?? Prisma.sql`TRUE`}
        GROUP BY ${column}`;
  const facetSql = Prisma.sql`
      SELECT 'fokus' AS kind, v::text AS value, count(*)::int AS count
        FROM ${setOf("fokus")} s, unnest(s.focus_area_ids) AS v GROUP BY v
      UNION ALL
      SELECT 'fylke', v, count(*)::int
        FROM ${setOf("fylke")} s, unnest(s.county_numbers) AS v GROUP BY v
      ${kommuneFacet}
      UNION ALL
      SELECT 'status', s.status::text, count(*)::int
        FROM ${setOf("status")} s GROUP BY s.status
      ${
        countMore
          ? Prisma.sql`UNION ALL
      SELECT 'faktor', v::text, count(*)::int
        FROM ${setOf("faktor")} s, unnest(s.success_factor_ids) AS v GROUP BY v
      UNION ALL
      ${populationFacet("innbyggere", Prisma.sql`m.population_band`)}
      UNION ALL
      ${populationFacet("utvikling", Prisma.sql`m.population_trend`)}
      UNION ALL
      SELECT 'dokumentasjon', level, count(*)::int
        FROM (SELECT ${documentationLevelSql} AS level FROM ${setOf("dokumentasjon")} p) AS d GROUP BY level`
          : Prisma.empty
      }`;
  // Did any facet count stop at MATCH_CAP?
  const capped = Prisma.join(
    ["m0", ...kinds.filter((kind) => active[kind]).map((kind) => `m_${kind}`)].map(
      (set) => Prisma.sql`(SELECT count(*) FROM ${Prisma.raw(set)}) >= ${MATCH_CAP}`,
    ),
    " OR ",
  );

  // One statement: the page's IDs, the total (up to a cap) and every facet's counts, each facet
  // counted over a bounded set of matches (one pass per set, not one scan of every match per
  // facet). With text, the candidates are ranked; without, the (state, published_at, id) index
  // gives the order, so a deep page is an index scan however far in.
  const [page] = query
    ? await client.$queryRaw<{ total: number; ids: number[]; facets: { kind: TFacetKind; value: string; count: number }[]; capped: boolean }[]>`
      WITH ${textCtes(query)},
      m0 AS MATERIALIZED (${matchSet(null, MATCH_CAP + 1)})
      ${exceptSets.length > 0 ? Prisma.join(exceptSets, " ") : Prisma.empty},
      head AS MATERIALIZED (SELECT id FROM m0 ORDER BY title_rank + bonus DESC, published_at DESC NULLS LAST, id DESC LIMIT ${RERANK_HEAD}),
      ranked AS MATERIALIZED (
        SELECT m0.id, m0.published_at, m0.start_year, m0.end_year,
               CASE WHEN m0.id IN (SELECT id FROM head) THEN 1000000 + ${fullTextRank(Prisma.sql`m0.search_vector`, query)} + m0.bonus
                    ELSE m0.title_rank + m0.bonus END AS score
        FROM m0)
      SELECT (SELECT count(*)::int FROM m0) AS total,
             ARRAY(SELECT id FROM ranked ORDER BY ${rankedOrder(sort)} LIMIT ${pageSize} OFFSET ${offset}) AS ids,
             (SELECT coalesce(json_agg(f), '[]') FROM (${facetSql}) AS f) AS facets,
             (${capped}) AS capped`
    : await client.$queryRaw<{ total: number; ids: number[]; facets: { kind: TFacetKind; value: string; count: number }[]; capped: boolean }[]>`
      WITH m0 AS MATERIALIZED (${matchSet(null, MATCH_CAP)})
      ${exceptSets.length > 0 ? Prisma.join(exceptSets, " ") : Prisma.empty}
      SELECT CASE WHEN (SELECT count(*) FROM m0) < ${MATCH_CAP} THEN (SELECT count(*)::int FROM m0)
                  ELSE ${
                    // One row of the tally where one holds the exact count; otherwise a walk that stops at COUNT_CAP.
                    tally
                      ? Prisma.sql`coalesce((SELECT t.count FROM project_tally t WHERE t.kind = ${tally.kind} AND t.key = ${tally.key}), 0)`
                      : Prisma.sql`(SELECT count(*)::int FROM (SELECT 1 FROM project p WHERE ${conditions(resolved, null)} LIMIT ${COUNT_CAP + 1}) AS c)`
                  } END AS total,
             ${
               // A page within the first MATCH_CAP matches is read from m0; a deeper one walks the index.
               // By project period: a top-N sort over the matches (see ARCHITECTURE.md, "Scale").
               sort === "periode"
                 ? Prisma.sql`ARRAY(SELECT p.id FROM project p WHERE ${conditions(resolved, null)}
                     ORDER BY p.start_year DESC NULLS LAST, p.end_year DESC NULLS LAST, p.published_at DESC NULLS LAST, p.id DESC
                     LIMIT ${pageSize} OFFSET ${offset})`
                 : offset + pageSize <= MATCH_CAP
                 ? Prisma.sql`ARRAY(SELECT id FROM m0 ORDER BY published_at DESC, id DESC LIMIT ${pageSize} OFFSET ${offset})`
                 : Prisma.sql`ARRAY(SELECT p.id FROM project p WHERE ${conditions(resolved, null)}
                     ORDER BY p.published_at DESC, p.id DESC LIMIT ${pageSize} OFFSET ${offset})`
             } AS ids,
             (SELECT coalesce(json_agg(f), '[]') FROM (${facetSql}) AS f) AS facets,
             (${capped}) AS capped`;
  if (!page) throw new Error("søket ga ingen rad");
  const cap = query ? MATCH_CAP : COUNT_CAP;
  // A count from the tally is exact however large (the pages go PAGE_DEPTH deep); a walk's
  // stopped at the cap.
  const totalIsLowerBound = !tally && page.total > cap;
  if (!tally) page.total = Math.min(page.total, cap);
  const depth = tally ? PAGE_DEPTH : cap;
  const facetRows = page.facets;

  const projects = await findPublishedProjectCardsByIds(page.ids, client);
  const suggestion = page.total === 0 && parsed.terms.length > 0 ? await suggestSpelling(client, parsed) : null;

  const counts = new Map(facetRows.map((row) => [`${row.kind}:${row.value}`, row.count]));
  const count = (kind: TFacetKind, value: string) => counts.get(`${kind}:${value}`) ?? 0;
  /** A facet over a fixed vocabulary: each value with its Norwegian label and how many match. */
  const vocabularyFacet = <V extends string>(kind: TFacetKind, values: readonly V[], labels: Record<V, string>, selected: V | null | undefined): TFacetOption[] =>
    values.map((value) => ({ value, label: labels[value], count: count(kind, value), selected: value === selected }));

  return {
    filters: effective,
    // What matched, for walking every match in this order (findMatchingProjectIdsAfter: CSV export).
    match: { resolved, tsquery, text: parsed.text },
    notices,
    total: page.total,
    /** True when there are more matches than `total` (counting stopped at COUNT_CAP, or MATCH_CAP with text). */
    totalIsLowerBound,
    /** True when facet counts are for the first MATCH_CAP matches only (there are more). */
    facetCountsArePartial: page.capped,
    pageSize,
    // Pages reach the first `depth` matches (deeper ones cost a walk as deep): past that, the page
    // says to narrow the filters (pagesStopAt).
    pageCount: Math.max(1, Math.ceil(Math.min(page.total, depth) / pageSize)),
    /** Set when the matches are more than the pages reach: the number of matches the pages show. */
    pagesStopAt: page.total > depth ? depth : null,
    projects,
    suggestion,
    facets: {
      fokus: focusAreas.map((f) => ({ value: f.slug, label: f.name, count: count("fokus", String(f.id)), selected: focusAreaIds.includes(f.id) })),
      // The rarely used groups: empty when not counted (see countMore above).
      faktor: !countMore ? [] : successFactors.map((f) => ({
        value: f.slug,
        label: f.name,
        count: count("faktor", String(f.id)),
        selected: successFactorIds.includes(f.id),
      })),
      fylke: counties.map((c) => ({ value: c.slug, label: c.name, count: count("fylke", c.number), selected: c.number === county?.number })),
      // The chosen county's municipalities, those with examples first (each part by name).
      kommune: municipalities
        .filter((m) => !county || m.countyNumber === county.number)
        .map((m) => ({
          value: m.number,
          label: m.name,
          count: count("kommune", m.number),
          selected: m.number === municipality?.number,
        }))
        .sort((a, b) => Number(b.count > 0) - Number(a.count > 0)),
      status: vocabularyFacet("status", Object.keys(statusLabels) as TProjectStatus[], statusLabels, filters.status),
      innbyggere: !countMore ? [] : vocabularyFacet("innbyggere", populationBands, populationBandLabels, filters.innbyggere),
      utvikling: !countMore ? [] : vocabularyFacet("utvikling", populationTrends, populationTrendLabels, filters.utvikling),
      dokumentasjon: !countMore ? [] : vocabularyFacet("dokumentasjon", documentationLevels, documentationLevelLabel, filters.dokumentasjon),
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
