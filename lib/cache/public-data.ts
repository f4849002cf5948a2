import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { findPublishedProjectsInCounty, findPublishedProjectsInFocusArea, findPublishedProjectsShowingFactor } from "@/lib/projects/queries";
import { findProjectListing } from "@/lib/search/project-search";
import type { TProjectFilters } from "@/lib/projects/filters";

/**
 * Public data, cached with Next's own data cache (not whole pages: they stay dynamic, so each
 * response can carry its own CSP nonce). Every public visitor sees the same data, so the list,
 * search and taxonomy pages' query results are shared for PUBLIC_DATA_TTL seconds.
 *
 * Invalidation: the curators' server actions call `invalidatePublicData()` after a save or a
 * change of state, which expires this instance's entries at once. Other instances of the site (the
 * deployment model is several stateless instances on one database) keep theirs until the TTL:
 * after 30 s an entry is stale, the next request there refreshes it, so an edit shows everywhere
 * within about 30–60 s. Only functions whose results are plain JSON (no Date) are cached here.
 */

export const PUBLIC_DATA_TAG = "public-data";
export const PUBLIC_DATA_TTL = 30;

const options = { revalidate: PUBLIC_DATA_TTL, tags: [PUBLIC_DATA_TAG] };

/** /prosjekter: the listing for a set of parsed filters (the filters are the cache key). */
export const cachedProjectListing = unstable_cache((filters: TProjectFilters) => findProjectListing(filters), ["project-listing"], options);

export const cachedProjectsInFocusArea = unstable_cache((slug: string) => findPublishedProjectsInFocusArea(slug), ["focus-area-projects"], options);

export const cachedProjectsShowingFactor = unstable_cache((slug: string) => findPublishedProjectsShowingFactor(slug), ["factor-projects"], options);

export const cachedProjectsInCounty = unstable_cache((countyNumber: string) => findPublishedProjectsInCounty(countyNumber), ["county-projects"], options);

/** Expires the cached public data on this instance (call from server actions after a change). */
export function invalidatePublicData(): void {
  revalidateTag(PUBLIC_DATA_TAG, { expire: 0 });
}
