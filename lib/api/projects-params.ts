import { emptyProjectFilters, type TProjectFilters } from "@/lib/projects/filters";

/** Page sizes of the API's lists. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** The query parameters of /prosjekter, read from the parser's own empty filter set. */
export const projectFilterParams = Object.keys(emptyProjectFilters) as (keyof TProjectFilters)[];
