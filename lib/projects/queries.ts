import "server-only";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TFunding, TGap, TSource } from "@/lib/content/schemas";
import { documentationCountsSelect } from "@/lib/projects/documentation-level-sql";

/** Public reads of projects: only published ones ever leave this module. */

const projectCardSelect = {
  slug: true,
  title: true,
  summary: true,
  startYear: true,
  endYear: true,
  status: true,
  municipalities: {
    select: { municipality: { select: { number: true, name: true, county: { select: { name: true, slug: true } } } } },
    orderBy: { municipality: { name: "asc" } },
  },
  focusAreas: { select: { focusArea: { select: { slug: true, name: true } } }, orderBy: { focusArea: { name: "asc" } } },
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

/** Published examples in a focus area. */
export async function findPublishedProjectsInFocusArea(focusAreaSlug: string) {
  return db.project.findMany({
    where: { state: "publisert", focusAreas: { some: { focusArea: { slug: focusAreaSlug } } } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    select: projectCardSelect,
  });
}

/** Published examples that show a success factor, each with its note on how. */
export async function findPublishedProjectsShowingFactor(factorSlug: string) {
  return db.projectSuccessFactor.findMany({
    where: { successFactor: { slug: factorSlug }, project: { state: "publisert" } },
    orderBy: { project: { title: "asc" } },
    select: { note: true, project: { select: projectCardSelect } },
  });
}

/** Published examples with at least one municipality in the county. */
export async function findPublishedProjectsInCounty(countyNumber: string) {
  return db.project.findMany({
    where: { state: "publisert", municipalities: { some: { municipality: { countyNumber } } } },
    orderBy: { title: "asc" },
    select: projectCardSelect,
  });
}

/**
 * Published examples like this one: shared focus areas (weighted 2), a municipality of the same
 * population band and trend (2: what transfers is what worked in places like one's own), shared
 * success factors and free tags and the same county (1 each), best first. One ranking query,
 * then one for the cards.
 */
export async function findSimilarPublishedProjects(projectId: number, limit = 4) {
  const ranked = await db.$queryRaw<{ id: number }[]>`
    WITH fa AS (
      SELECT pfa.project_id, count(*) AS n FROM project_focus_area pfa
      WHERE pfa.focus_area_id IN (SELECT focus_area_id FROM project_focus_area WHERE project_id = ${projectId})
      GROUP BY pfa.project_id
    ), sf AS (
      SELECT psf.project_id, count(*) AS n FROM project_success_factor psf
      WHERE psf.success_factor_id IN (SELECT success_factor_id FROM project_success_factor WHERE project_id = ${projectId})
      GROUP BY psf.project_id
    ), co AS (
      SELECT DISTINCT pm.project_id FROM project_municipality pm
      JOIN municipality m ON m.number = pm.municipality_number
      WHERE m.county_number IN (
        SELECT m2.county_number FROM project_municipality pm2
        JOIN municipality m2 ON m2.number = pm2.municipality_number
        WHERE pm2.project_id = ${projectId})
    ), tg AS (
      SELECT pt.project_id, count(*) AS n FROM project_tag pt
      WHERE pt.tag_id IN (SELECT tag_id FROM project_tag WHERE project_id = ${projectId})
      GROUP BY pt.project_id
    ), li AS (
      SELECT DISTINCT pm.project_id FROM project_municipality pm
      JOIN municipality m ON m.number = pm.municipality_number
      WHERE (m.population_band, m.population_trend) IN (
        SELECT m2.population_band, m2.population_trend FROM project_municipality pm2
        JOIN municipality m2 ON m2.number = pm2.municipality_number
        WHERE pm2.project_id = ${projectId} AND m2.population_band IS NOT NULL AND m2.population_trend IS NOT NULL)
    )
    SELECT p.id
    FROM project p
    LEFT JOIN fa ON fa.project_id = p.id
    LEFT JOIN sf ON sf.project_id = p.id
    LEFT JOIN co ON co.project_id = p.id
    LEFT JOIN tg ON tg.project_id = p.id
    LEFT JOIN li ON li.project_id = p.id
    WHERE p.state = 'publisert' AND p.id <> ${projectId}
      AND (fa.n IS NOT NULL OR sf.n IS NOT NULL OR co.project_id IS NOT NULL OR tg.n IS NOT NULL OR li.project_id IS NOT NULL)
    ORDER BY 2 * coalesce(fa.n, 0) + coalesce(sf.n, 0) + (CASE WHEN co.project_id IS NULL THEN 0 ELSE 1 END)
      + coalesce(tg.n, 0) + (CASE WHEN li.project_id IS NULL THEN 0 ELSE 2 END) DESC,
      p.published_at DESC NULLS LAST, p.id DESC
    LIMIT ${Math.max(1, Math.min(limit, 12))}`;
  if (ranked.length === 0) return [];
  const ids = ranked.map((row) => row.id);
  const cards = await db.project.findMany({ where: { id: { in: ids }, state: "publisert" }, select: { ...projectCardSelect, id: true } });
  const byId = new Map(cards.map(({ id, ...card }) => [id, card]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function findPublishedProjectSlugs() {
  return db.project.findMany({ where: { state: "publisert" }, select: { slug: true, updatedAt: true }, orderBy: { id: "asc" } });
}

/** The cards for a page of project IDs (from the search), in the order given; one query. */
export async function findPublishedProjectCardsByIds(ids: number[], client: PrismaClient = db) {
  if (ids.length === 0) return [];
  const rows = await client.project.findMany({
    where: { id: { in: ids }, state: "publisert" },
    select: { id: true, ...projectCardSelect },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
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
