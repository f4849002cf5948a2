import { z } from "zod";
import { zSlug } from "@/lib/slug";
import { populationBands, populationTrends, type TPopulationBand, type TPopulationTrend } from "@/lib/places/population";
import { MAX_QUERY_LENGTH, normaliseSearchText } from "@/lib/search/parse-query";
import { documentationLevels, type TDocumentationLevel } from "@/lib/projects/documentation-level";
import { filterNotice, type TFilterNotice, type TNoticeKey, type TNoticeValues } from "@/lib/projects/filter-notices";

/**
 * The filters of /prosjekter, read from its GET query parameters (see DESIGN.md, "Public URLs").
 * Anything malformed or hostile is dropped with a notice for the page to show: never an error.
 */

export { PAGE_SIZE } from "@/lib/projects/page-size";
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
const MAX_PAGE = 10_000;
const MAX_MULTI = 20;

import { projectStatuses } from "@/lib/vocabulary";

export { projectStatuses };

/**
 * The list's orders: by relevance to the search text (the default when there is one), by when the
 * example was added — published in Kunnskapsbanken — newest first (the default without search
 * text), or by the project period: start year, then end year, newest first, undated last.
 */
export const projectSorts = ["relevans", "lagt-til", "periode"] as const;
export type TProjectSort = (typeof projectSorts)[number];

/** The order a list is in when the address names none. */
export function defaultProjectSort(q: string): TProjectSort {
  return q ? "relevans" : "lagt-til";
}
export type TProjectStatus = (typeof projectStatuses)[number];

export type TProjectFilters = {
  q: string;
  fokus: string[];
  /** County slug or two-digit number, as given; resolved against the database later. */
  fylke: string | null;
  kommune: string | null;
  faktor: string[];
  status: TProjectStatus | null;
  fra: number | null;
  til: number | null;
  /** Population band of the example's municipality today (SSB, 1 January 2026). */
  innbyggere: TPopulationBand | null;
  /** Ten-year population trend of the example's municipality (2016–2026). */
  utvikling: TPopulationTrend | null;
  /** Documentation level (lib/projects/documentation-level.ts). */
  dokumentasjon: TDocumentationLevel | null;
  /** The order; null is the default (defaultProjectSort), so equal lists share one URL. */
  sortering: TProjectSort | null;
  side: number;
};

export type TFilterParam = keyof TProjectFilters;

export type { TFilterNotice } from "@/lib/projects/filter-notices";

export type TSearchParams = Record<string, string | string[] | undefined>;

/** The slug rule of lib/slug.ts (one rule for content, forms, filters and the API). */
export const ZSlug = zSlug;
export const ZCounty = z.union([z.string().regex(/^\d{2}$/), ZSlug]);
export const ZMunicipalityNumber = z.string().regex(/^\d{4}$/);
export const ZStatus = z.enum(projectStatuses);
export const ZYear = z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR);
export const ZDocumentationLevel = z.enum(documentationLevels);
export const ZProjectSort = z.enum(projectSorts);
export const ZPage = z.coerce.number().int().min(1).max(MAX_PAGE);
export const ZPopulationBand = z.enum(populationBands);
export const ZPopulationTrend = z.enum(populationTrends);

/** The parameters that take one value, with what their "unusable value" notice needs besides the value. */
const invalidValues = {
  fra: { min: String(MIN_YEAR), max: String(MAX_YEAR) },
  til: { min: String(MIN_YEAR), max: String(MAX_YEAR) },
  fylke: {},
  kommune: {},
  status: {},
  innbyggere: {},
  utvikling: {},
  dokumentasjon: {},
  side: {},
  sortering: {},
} satisfies Partial<Record<TFilterParam, TNoticeValues>>;

/** Shows a user's value in a message without letting a huge value swamp the page. */
export function quoteValue(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `«${short}»`;
}

function values(params: TSearchParams, key: string): string[] {
  const value = params[key];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
}

export function parseProjectFilters(params: TSearchParams): { filters: TProjectFilters; notices: TFilterNotice[] } {
  const notices: TFilterNotice[] = [];
  const note = (param: TFilterParam, key: TNoticeKey, values?: TNoticeValues) => notices.push(filterNotice(param, key, values));

  /** The single value of a parameter that takes one (the first, if given several times). */
  function single<T>(param: TFilterParam & keyof typeof invalidValues, schema: z.ZodType<T>): T | null {
    const [first, ...more] = values(params, param).filter((v) => v.trim() !== "");
    if (first === undefined) return null;
    if (more.length > 0) note(param, "repeated");
    const result = schema.safeParse(first.trim());
    if (!result.success) {
      note(param, `invalid.${param}`, { value: quoteValue(first), ...invalidValues[param] });
      return null;
    }
    return result.data;
  }

  function multi(param: "fokus" | "faktor"): string[] {
    const accepted: string[] = [];
    for (const value of values(params, param)) {
      if (value.trim() === "") continue;
      const result = ZSlug.safeParse(value.trim());
      if (!result.success) note(param, `invalid.${param}`, { value: quoteValue(value) });
      else if (!accepted.includes(result.data)) accepted.push(result.data);
    }
    if (accepted.length > MAX_MULTI) {
      note(param, "tooMany", { max: String(MAX_MULTI) });
      return accepted.slice(0, MAX_MULTI);
    }
    return accepted;
  }

  const rawQ = values(params, "q");
  if (rawQ.length > 1) note("q", "qRepeated");
  const firstQ = rawQ[0] ?? "";
  const q = normaliseSearchText(firstQ);
  if (firstQ.trim().length > MAX_QUERY_LENGTH) note("q", "qTooLong", { max: String(MAX_QUERY_LENGTH) });

  let fra = single("fra", ZYear);
  let til = single("til", ZYear);
  if (fra !== null && til !== null && fra > til) {
    note("fra", "yearsSwapped", { from: String(fra), to: String(til) });
    [fra, til] = [til, fra];
  }

  const filters: TProjectFilters = {
    q,
    fokus: multi("fokus"),
    fylke: single("fylke", ZCounty),
    kommune: single("kommune", ZMunicipalityNumber),
    faktor: multi("faktor"),
    status: single("status", ZStatus),
    fra,
    til,
    innbyggere: single("innbyggere", ZPopulationBand),
    utvikling: single("utvikling", ZPopulationTrend),
    dokumentasjon: single("dokumentasjon", ZDocumentationLevel),
    sortering: null,
    side: single("side", ZPage) ?? 1,
  };
  const sortering = single("sortering", ZProjectSort);
  if (sortering === "relevans" && !q) note("sortering", "relevanceNeedsQuery");
  else if (sortering !== defaultProjectSort(q)) filters.sortering = sortering;
  return { filters, notices };
}

/** The query string of a filter set: stable order, defaults left out, so equal lists share a URL. */
export function projectFiltersToSearch(filters: TProjectFilters): string {
  const search = new URLSearchParams();
  if (filters.q) search.set("q", filters.q);
  for (const slug of filters.fokus) search.append("fokus", slug);
  if (filters.fylke) search.set("fylke", filters.fylke);
  if (filters.kommune) search.set("kommune", filters.kommune);
  for (const slug of filters.faktor) search.append("faktor", slug);
  if (filters.status) search.set("status", filters.status);
  if (filters.fra !== null) search.set("fra", String(filters.fra));
  if (filters.til !== null) search.set("til", String(filters.til));
  if (filters.innbyggere) search.set("innbyggere", filters.innbyggere);
  if (filters.utvikling) search.set("utvikling", filters.utvikling);
  if (filters.dokumentasjon) search.set("dokumentasjon", filters.dokumentasjon);
  if (filters.sortering && filters.sortering !== defaultProjectSort(filters.q)) search.set("sortering", filters.sortering);
  if (filters.side > 1) search.set("side", String(filters.side));
  return search.toString();
}

/**
 * Whether a filter of the rarely used groups (success factor, population, growth, documentation
 * level, period) is in force: the list then shows those groups, and counts them.
 */
export function moreFiltersInUse(filters: TProjectFilters): boolean {
  return filters.faktor.length > 0 || Boolean(filters.innbyggere || filters.utvikling || filters.dokumentasjon) || filters.fra !== null || filters.til !== null;
}

export function projectListHref(filters: TProjectFilters): string {
  const search = projectFiltersToSearch(filters);
  return search ? `/prosjekter?${search}` : "/prosjekter";
}

export const emptyProjectFilters: TProjectFilters = {
  q: "",
  fokus: [],
  fylke: null,
  kommune: null,
  faktor: [],
  status: null,
  fra: null,
  til: null,
  innbyggere: null,
  utvikling: null,
  dokumentasjon: null,
  sortering: null,
  side: 1,
};
