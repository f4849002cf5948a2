import "server-only";
import { db } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { TFunding, TGap, TSource } from "@/lib/content/schemas";
import { documentationCountsSelect } from "@/lib/projects/documentation-level-sql";

/** Public reads of projects: only published ones ever leave this module. */

const projectCardSelect = {
  slug: true,
  title: true,
  summary: true,
  // The text's language: a nynorsk summary on a bokmål page is marked lang="nn".
  language: true,
  startYear: true,
  endYear: true,
  status: true,
  municipalities: {
    select: { municipality: { select: { number: true, name: true, county: { select: { name: true, slug: true } } } } },
    orderBy: { municipality: { name: "asc" } },
  },
  focusAreas: { select: { focusArea: { select: { slug: true, name: true } } }, orderBy: { focusArea: { name: "asc" } } },
  // Why it worked, on the card itself (issue 12): the factors the example notes, in the model's order.
  successFactors: { select: { successFactor: { select: { slug: true, name: true } } }, orderBy: { successFactor: { position: "asc" } } },
  // Counts behind the documentation level badge (lib/projects/documentation-level.ts).
  ...documentationCountsSelect,
} as const;

export type ProjectCard = Awaited<ReturnType<typeof findNewestPublishedProjects>>[number];

export async function findNewestPublishedProjects(limit: number) {
  return db.project.findMany({
    where: { state: "publisert" },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: projectCardSelect,
  });
}

export async function findPublishedProjectBySlug(slug: string) {
  const project = await db.project.findFirst({
    where: { slug, state: "publisert" },
    select: {
      ...projectCardSelect,
      id: true,
      body: true,
      owner: true,
      contact: true,
      funding: true,
      methods: true,
      results: true,
      lessons: true,
      transferability: true,
      sources: true,
      gaps: true,
      lastCheckedAt: true,
      updatedAt: true,
      municipalities: {
        select: {
          municipality: {
            select: {
              number: true,
              name: true,
              county: { select: { name: true, slug: true } },
              formerOf: { select: { former: { select: { number: true, name: true, validTo: true } } } },
            },
          },
        },
        orderBy: { municipality: { name: "asc" } },
      },
      successFactors: {
        select: { note: true, successFactor: { select: { slug: true, name: true } } },
        orderBy: { successFactor: { position: "asc" } },
      },
      reports: {
        where: { report: { state: "publisert" } },
        select: { report: { select: { slug: true, title: true, year: true, publishers: true } } },
        orderBy: { report: { year: "desc" } },
      },
      tags: { select: { tag: { select: { slug: true, name: true } } }, orderBy: { tag: { name: "asc" } } },
    },
  });
  if (!project) return null;
  return { ...project, funding: project.funding as TFunding[], sources: project.sources as TSource[], gaps: project.gaps as TGap[] };
}

export type ProjectDetail = NonNullable<Awaited<ReturnType<typeof findPublishedProjectBySlug>>>;

// ---------------------------------------------------------------- public pages (focus areas, factors, counties)

/** How many examples a focus-area, success-factor or county page shows; the rest are in /prosjekter. */
export const PREVIEW_LIMIT = 12;
export type TPreviewCount = { count: number };

/**
 * The newest published examples whose facet key array `keys` (a column of `p`) holds `key`, at
 * most `limit`, and how many there are, exactly: the project_tally row (`kind`, `key`), kept by a
 * trigger. The examples are a walk of the list-order index that stops at `limit`: the cost does not
 * grow with the number of examples. Two queries (after the caller's slug lookup): the IDs and count, then the cards.
 */
async function findNewestWithKey(keys: "focus_area_ids" | "success_factor_ids" | "county_numbers", kind: "fokus" | "faktor" | "fylke", key: number | string, limit: number) {
  // The key as a constant (not a subquery), so that the planner estimates its share from the
  // array's statistics: a walk in list order for a common value, the GIN index for a rare one.
  const match = typeof key === "number" ? Prisma.sql`p.${Prisma.raw(keys)} @> ARRAY[${key}::int]` : Prisma.sql`p.${Prisma.raw(keys)} @> ARRAY[${key}::text]`;
  const [row] = await db.$queryRaw<{ ids: number[]; count: number }[]>`
    SELECT ARRAY(SELECT p.id FROM project p WHERE p.state = 'publisert' AND ${match}
                 ORDER BY p.published_at DESC, p.id DESC LIMIT ${limit}) AS ids,
           coalesce((SELECT t.count FROM project_tally t WHERE t.kind = ${kind} AND t.key = ${String(key)}), 0) AS count`;
  if (!row) throw new Error("spørringen etter de nyeste eksemplene ga ingen rad");
  const projects = await findPublishedProjectCardsByIds(row.ids);
  const total: TPreviewCount = { count: row.count };
  return { projects, total };
}

/** The newest published examples in a focus area, and how many there are. */
export async function findPublishedProjectsInFocusArea(focusAreaSlug: string, limit = PREVIEW_LIMIT) {
  const area = await db.focusArea.findUnique({ where: { slug: focusAreaSlug }, select: { id: true } });
  return findNewestWithKey("focus_area_ids", "fokus", area?.id ?? -1, limit);
}

/** The newest published examples that show a success factor, each with its note on how. */
export async function findPublishedProjectsShowingFactor(factorSlug: string, limit = PREVIEW_LIMIT) {
  const factor = await db.successFactor.findUnique({ where: { slug: factorSlug }, select: { id: true } });
  const { projects, total } = await findNewestWithKey("success_factor_ids", "faktor", factor?.id ?? -1, limit);
  const notes = await db.projectSuccessFactor.findMany({
    where: { successFactor: { slug: factorSlug }, project: { slug: { in: projects.map((p) => p.slug) } } },
    select: { note: true, project: { select: { slug: true } } },
  });
  const noteOf = new Map(notes.map((n) => [n.project.slug, n.note]));
  return { examples: projects.map((project) => ({ note: noteOf.get(project.slug) ?? "", project })), total };
}

/** The newest published examples with at least one municipality in the county. */
export async function findPublishedProjectsInCounty(countyNumber: string, limit = PREVIEW_LIMIT) {
  return findNewestWithKey("county_numbers", "fylke", countyNumber, limit);
}

/** The county's municipalities that have at least one published example (their project_tally rows). */
export async function findMunicipalityNumbersWithExamples(countyNumber: string): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ number: string }[]>`
    SELECT m.number FROM municipality m
    JOIN project_tally t ON t.kind = 'kommune' AND t.key = m.number
    WHERE m.county_number = ${countyNumber} AND t.count > 0`;
  return new Set(rows.map((row) => row.number));
}

/** How many of the newest examples sharing each trait are ranked by findSimilarPublishedProjects. */
export const SIMILAR_CANDIDATES_PER_TRAIT = 60;

/**
 * Published examples like this one: shared focus areas (weighted 2), a municipality of the same
 * population band and trend (2: what transfers is what worked in places like one's own), shared
 * success factors and free tags and the same county (1 each), best first.
 *
 * Bounded: the candidates are the newest SIMILAR_CANDIDATES_PER_TRAIT published examples sharing
 * each of the project's traits (walking the (state, published_at) index and probing the link
 * tables' keys, so each stops early), at most five times that, and only those are scored, each by
 * key lookups. With 100,000 examples a focus area is shared by thousands; the newest few dozen of
 * each trait are the ones worth showing. Three queries: the project's traits (as arrays, so the
 * plans cannot turn into scans of everything sharing them), the ranking, the cards.
 */
export async function findSimilarPublishedProjects(projectId: number, limit = 4) {
  const [me] = await db.$queryRaw<{ fa: number[]; sf: number[]; tg: number[]; co: string[]; li: string[] }[]>`
    SELECT ARRAY(SELECT focus_area_id FROM project_focus_area WHERE project_id = ${projectId}) AS fa,
           ARRAY(SELECT success_factor_id FROM project_success_factor WHERE project_id = ${projectId}) AS sf,
           ARRAY(SELECT tag_id FROM project_tag WHERE project_id = ${projectId}) AS tg,
           ARRAY(SELECT DISTINCT m.county_number FROM project_municipality pm JOIN municipality m ON m.number = pm.municipality_number
                 WHERE pm.project_id = ${projectId}) AS co,
           ARRAY(SELECT DISTINCT m.population_band || '/' || m.population_trend FROM project_municipality pm
                 JOIN municipality m ON m.number = pm.municipality_number
                 WHERE pm.project_id = ${projectId} AND m.population_band IS NOT NULL AND m.population_trend IS NOT NULL) AS li`;
  if (!me) throw new Error("spørringen etter prosjektets kjennetegn ga ingen rad");
  // The rows of a trait the project `id` shares with this one (FROM … WHERE …).
  const shared = {
    fa: (id: Prisma.Sql) => Prisma.sql`FROM project_focus_area x WHERE x.project_id = ${id} AND x.focus_area_id = ANY(${me.fa}::int[])`,
    sf: (id: Prisma.Sql) => Prisma.sql`FROM project_success_factor x WHERE x.project_id = ${id} AND x.success_factor_id = ANY(${me.sf}::int[])`,
    tg: (id: Prisma.Sql) => Prisma.sql`FROM project_tag x WHERE x.project_id = ${id} AND x.tag_id = ANY(${me.tg}::int[])`,
    co: (id: Prisma.Sql) =>
      Prisma.sql`FROM project_municipality x JOIN municipality m ON m.number = x.municipality_number
                 WHERE x.project_id = ${id} AND m.county_number = ANY(${me.co}::text[])`,
    li: (id: Prisma.Sql) =>
      Prisma.sql`FROM project_municipality x JOIN municipality m ON m.number = x.municipality_number
                 WHERE x.project_id = ${id} AND m.population_band || '/' || m.population_trend = ANY(${me.li}::text[])`,
  };
  const traits = (Object.keys(shared) as (keyof typeof shared)[]).filter((trait) => me[trait].length > 0);
  if (traits.length === 0) return [];
  const p = Prisma.sql`p.id`;
  const branches = traits.map(
    (trait) => Prisma.sql`(SELECT p.id FROM project p WHERE p.state = 'publisert' AND p.id <> ${projectId} AND EXISTS (SELECT 1 ${shared[trait](p)})
                           ORDER BY p.published_at DESC LIMIT ${SIMILAR_CANDIDATES_PER_TRAIT})`,
  );
  // Scored by counting, per candidate (a scalar subquery by key, never a hashed scan of the trait).
  const c = Prisma.sql`c.id`;
  const count = (trait: keyof typeof shared) => Prisma.sql`(SELECT count(*) ${shared[trait](c)})`;
  const weight: Record<keyof typeof shared, (n: Prisma.Sql) => Prisma.Sql> = {
    fa: (n) => Prisma.sql`2 * ${n}`,
    sf: (n) => n,
    tg: (n) => n,
    co: (n) => Prisma.sql`(CASE WHEN ${n} > 0 THEN 1 ELSE 0 END)`,
    li: (n) => Prisma.sql`(CASE WHEN ${n} > 0 THEN 2 ELSE 0 END)`,
  };
  const score = Prisma.join(
    traits.map((trait) => weight[trait](count(trait))),
    " + ",
  );
  const ranked = await db.$queryRaw<{ id: number }[]>`
    WITH candidate AS MATERIALIZED (${Prisma.join(branches, " UNION ")})
    SELECT c.id FROM candidate c JOIN project pr ON pr.id = c.id
    ORDER BY ${score} DESC, pr.published_at DESC NULLS LAST, pr.id DESC
    LIMIT ${Math.max(1, Math.min(limit, 12))}`;
  if (ranked.length === 0) return [];
  const ids = ranked.map((row) => row.id);
  const cards = await db.project.findMany({ where: { id: { in: ids }, state: "publisert" }, select: { ...projectCardSelect, id: true } });
  const byId = new Map(cards.map(({ id, ...card }) => [id, card]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** URLs per sitemap file: the sitemap protocol allows at most 50,000. */
export const SITEMAP_CHUNK = 50_000;

/** One sitemap file's worth of published projects (`chunk` counts from 1), in ID order. */
export async function findPublishedProjectSlugs(chunk = 1, size = SITEMAP_CHUNK) {
  return db.project.findMany({
    where: { state: "publisert" },
    select: { slug: true, updatedAt: true },
    orderBy: { id: "asc" },
    skip: (chunk - 1) * size,
    take: size,
  });
}

export async function countPublishedProjects(): Promise<number> {
  const row = await db.projectTally.findUnique({ where: { kind_key: { kind: "alle", key: "" } }, select: { count: true } });
  return row?.count ?? 0;
}

/** The cards for a page of project IDs (from the search), in the order given; one query. */
export async function findPublishedProjectCardsByIds(ids: number[], client: PrismaClient = db) {
  if (ids.length === 0) return [];
  // The documentation counts are read as relations (one `WHERE project_id IN (…)` each), not as
  // Prisma's `_count`, which joins a GROUP BY over all of project_success_factor: ~0.5 s at 100,000.
  const { slug, title, summary, language, startYear, endYear, status, municipalities, focusAreas } = projectCardSelect;
  const rows = await client.project.findMany({
    where: { id: { in: ids }, state: "publisert" },
    select: {
      ...{ id: true, slug, title, summary, language, startYear, endYear, status, municipalities, focusAreas },
      successFactors: { ...projectCardSelect.successFactors, select: { ...projectCardSelect.successFactors.select, note: true } },
      reports: { where: documentationCountsSelect._count.select.reports.where, select: { reportId: true } },
      mapping: { select: { completedAt: true } },
    },
  });
  const byId = new Map(
    rows.map(({ successFactors, reports, ...row }) => [
      row.id,
      {
        ...row,
        successFactors: successFactors.map(({ successFactor }) => ({ successFactor })),
        _count: { successFactors: successFactors.filter((f) => f.note !== "").length, reports: reports.length },
      },
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

// ---------------------------------------------------------------- municipalities (/kommuner)

/** A municipality's newest published examples (at most `limit`) and how many it has in all. */
export async function findPublishedProjectsInMunicipality(municipalityNumber: string, limit = 10) {
  const where = { state: "publisert", municipalities: { some: { municipalityNumber } } } as const;
  const [projects, total] = await Promise.all([
    db.project.findMany({ where, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], take: limit, select: projectCardSelect }),
    db.project.count({ where }),
  ]);
  return { projects, total };
}

/**
 * Published examples from other municipalities of the same population band and trend (at most
 * `limit`, newest first) and how many there are: "examples from municipalities like this one".
 */
export async function findPublishedProjectsLikeMunicipality(
  like: { number: string; band: string; trend: string },
  limit = 6,
) {
  const where = {
    state: "publisert",
    municipalities: {
      some: { municipality: { populationBand: like.band, populationTrend: like.trend, number: { not: like.number } } },
      none: { municipalityNumber: like.number },
    },
  } as const;
  const [projects, total] = await Promise.all([
    db.project.findMany({ where, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], take: limit, select: projectCardSelect }),
    db.project.count({ where }),
  ]);
  return { projects, total };
}
