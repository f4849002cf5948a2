import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { findCountiesWithCounts } from "@/lib/counties/queries";
import { findFocusAreasWithCounts } from "@/lib/focus-areas/queries";
import { findMunicipalityCounts } from "@/lib/maps/queries";
import {
  countPublishedProjects,
  findNewestPublishedProjects,
  findPublishedProjectBySlug,
  findPublishedProjectsInCounty,
  findPublishedProjectsInFocusArea,
  findPublishedProjectsShowingFactor,
  findSimilarPublishedProjects,
} from "@/lib/projects/queries";
import { countPublishedReports, findNewestPublishedReports, findPublishedReportPage, findReportFilterOptions } from "@/lib/reports/queries";
import type { TReportFilters } from "@/lib/reports/filters";
import { findPillarsWithFactors } from "@/lib/success-factors/queries";
import { renderMarkdown } from "@/lib/markdown";
import { findProjectListing } from "@/lib/search/project-search";
import { searchSite } from "@/lib/search/site-search";
import type { TProjectFilters } from "@/lib/projects/filters";

/**
 * Public data, cached with Next's own data cache (not whole pages: they stay dynamic, so each
 * response can carry its own CSP nonce). Every public visitor sees the same data, so the list,
 * search, taxonomy, front and project pages' query results are shared for PUBLIC_DATA_TTL seconds.
 *
 * Invalidation: the curators' server actions call `invalidatePublicData()` after a save or a
 * change of state, which expires this instance's entries at once. Other instances of the site (the
 * deployment model is several stateless instances on one database) keep theirs until the TTL:
 * after 30 s an entry is stale, the next request there refreshes it, so an edit shows everywhere
 * within about 30–60 s. Entries are JSON: a Date comes back as a string, so functions that return
 * dates revive them (`reviveProject`). Keys are the arguments, never per-request values.
 */

export const PUBLIC_DATA_TAG = "public-data";
export const PUBLIC_DATA_TTL = 30;

const options = { revalidate: PUBLIC_DATA_TTL, tags: [PUBLIC_DATA_TAG] };

/** /prosjekter: the listing for a set of parsed filters and whether the rarely used groups are counted (the cache key). */
export const cachedProjectListing = unstable_cache(
  (filters: TProjectFilters, countMore: boolean) => findProjectListing(filters, undefined, undefined, { countMore }),
  ["project-listing"],
  options,
);

/** /sok: the top hits per kind for a normalised query (the query is the cache key). */
export const cachedSiteSearch = unstable_cache((q: string) => searchSite(q), ["site-search"], options);

export const cachedProjectsInFocusArea = unstable_cache((slug: string) => findPublishedProjectsInFocusArea(slug), ["focus-area-projects"], options);

export const cachedProjectsShowingFactor = unstable_cache((slug: string) => findPublishedProjectsShowingFactor(slug), ["factor-projects"], options);

export const cachedProjectsInCounty = unstable_cache((countyNumber: string) => findPublishedProjectsInCounty(countyNumber), ["county-projects"], options);

/** /fylker/[slug]: published examples per municipality of the county (its map and table). */
export const cachedMunicipalityCounts = unstable_cache((countyNumber: string) => findMunicipalityCounts(countyNumber), ["municipality-counts"], options);

/** Counts over every published example (a scan each): the front page, /fylker, /fokusomrader, /rapporter. */
export const cachedFocusAreasWithCounts = unstable_cache(() => findFocusAreasWithCounts(), ["focus-areas-with-counts"], options);
export const cachedCountiesWithCounts = unstable_cache(() => findCountiesWithCounts(), ["counties-with-counts"], options);

/** /sitemap.xml: how many files the index lists. */
export const cachedPublishedCounts = unstable_cache(
  async () => {
    const [projects, reports] = await Promise.all([countPublishedProjects(), countPublishedReports()]);
    return { projects, reports };
  },
  ["published-counts"],
  options,
);

/** The front page's data in one entry (small: a few cards, the taxonomy, 15 county counts). */
export const cachedFrontPage = unstable_cache(
  async () => {
    const [focusAreas, projects, reports, pillars, counties] = await Promise.all([
      findFocusAreasWithCounts(),
      findNewestPublishedProjects(6),
      findNewestPublishedReports(4),
      findPillarsWithFactors(),
      findCountiesWithCounts(),
    ]);
    return { focusAreas, projects, reports, pillars, counties };
  },
  ["front-page"],
  options,
);

/** /rapporter: one page of the filtered reports, and the filter form's choices. */
export const cachedReportPage = unstable_cache((filters: TReportFilters, page: number) => findPublishedReportPage(filters, page), ["report-page"], options);
export const cachedReportFilterOptions = unstable_cache(() => findReportFilterOptions(), ["report-filter-options"], options);

type TProjectDetail = NonNullable<Awaited<ReturnType<typeof findPublishedProjectBySlug>>>;
const markdownFields = ["body", "methods", "results", "lessons", "transferability"] as const;
type TCachedProjectPage = {
  project: TProjectDetail;
  /** The Markdown fields as sanitised HTML (lib/markdown.ts), "" where empty. */
  html: Record<(typeof markdownFields)[number], string>;
  similar: Awaited<ReturnType<typeof findSimilarPublishedProjects>>;
} | null;

const cachedProjectPageJson = unstable_cache(
  async (slug: string): Promise<TCachedProjectPage> => {
    const project = await findPublishedProjectBySlug(slug);
    if (!project) return null;
    const html = Object.fromEntries(markdownFields.map((field) => [field, project[field] ? renderMarkdown(project[field]) : ""])) as NonNullable<TCachedProjectPage>["html"];
    return { project, html, similar: await findSimilarPublishedProjects(project.id, 4) };
  },
  ["project-page"],
  options,
);

function reviveDate<T extends Date | null>(value: T | string): T {
  return (typeof value === "string" ? new Date(value) : value) as T;
}

/** /prosjekter/[slug]: the project, its text as HTML and its similar examples (null when not published). */
export async function cachedProjectPage(slug: string): Promise<TCachedProjectPage> {
  const page = await cachedProjectPageJson(slug);
  if (!page) return null;
  const { project } = page;
  return { ...page, project: { ...project, lastCheckedAt: reviveDate(project.lastCheckedAt), updatedAt: reviveDate(project.updatedAt) } };
}

/** Expires the cached public data on this instance (call from server actions after a change). */
export function invalidatePublicData(): void {
  revalidateTag(PUBLIC_DATA_TAG, { expire: 0 });
}
