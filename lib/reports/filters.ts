import { z } from "zod";
import { reportKinds, zSlug } from "@/lib/content/schemas";

/**
 * GET parameters of /rapporter. Anything malformed is dropped with a short Norwegian note,
 * so a hand-edited or hostile URL gives a clear message instead of an error page.
 */
export type TSearchParams = Record<string, string | string[] | undefined>;

export type TReportKind = (typeof reportKinds)[number];

export type TReportFilters = {
  q?: string;
  fokus: string[];
  ar?: number;
  type?: TReportKind;
  utgiver?: string;
};

const MAX_TEXT = 200;
const MAX_FOCUS = 20;

const zText = z.string().trim().min(1).max(MAX_TEXT);
const zYear = z.string().trim().regex(/^\d{4}$/).transform(Number).pipe(z.number().int().min(1900).max(2100));
const zKind = z.enum(reportKinds);

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
// Control characters (a NUL byte in the URL) would make PostgreSQL reject the query: a 500.
const text = (value: string | string[] | undefined) => first(value)?.replace(/[\u0000-\u001f\u007f]/g, " ");
const all = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

export type TReportParam = "q" | "fokus" | "ar" | "type" | "utgiver";

/** The parameters /rapporter reads; /api/v1/rapporter takes the same. */
export const reportParams: readonly TReportParam[] = ["q", "fokus", "ar", "type", "utgiver"];

export function parseReportFilters(params: TSearchParams): {
  filters: TReportFilters;
  problems: string[];
  /** The same problems, each with the parameter it concerns (the API answers them with a 400). */
  notices: { param: TReportParam; message: string }[];
} {
  const problems: string[] = [];
  const notices: { param: TReportParam; message: string }[] = [];
  const note = (param: TReportParam, message: string) => {
    problems.push(message);
    notices.push({ param, message });
  };
  const filters: TReportFilters = { fokus: [] };

  const q = text(params.q);
  if (q !== undefined && q.trim() !== "") {
    const parsed = zText.safeParse(q);
    if (parsed.success) filters.q = parsed.data;
    else note("q", `Søketeksten er for lang (høyst ${MAX_TEXT} tegn) og ble ikke brukt.`);
  }

  const fokus = all(params.fokus).filter((value) => value.trim() !== "");
  const validFocus = [...new Set(fokus.filter((value) => zSlug.safeParse(value).success))];
  if (validFocus.length < fokus.length) note("fokus", "Et eller flere fokusområder i adressen var ugyldige og ble ignorert.");
  if (validFocus.length > MAX_FOCUS) note("fokus", `Bare de ${MAX_FOCUS} første fokusområdene ble brukt.`);
  filters.fokus = validFocus.slice(0, MAX_FOCUS);

  const ar = first(params.ar);
  if (ar !== undefined && ar.trim() !== "") {
    const parsed = zYear.safeParse(ar);
    if (parsed.success) filters.ar = parsed.data;
    else note("ar", "Årstallet må være et år med fire sifre (for eksempel 2010) og ble ignorert.");
  }

  const type = first(params.type);
  if (type !== undefined && type.trim() !== "") {
    const parsed = zKind.safeParse(type.trim());
    if (parsed.success) filters.type = parsed.data;
    else note("type", "Ukjent rapporttype ble ignorert.");
  }

  const utgiver = text(params.utgiver);
  if (utgiver !== undefined && utgiver.trim() !== "") {
    const parsed = zText.safeParse(utgiver);
    if (parsed.success) filters.utgiver = parsed.data;
    else note("utgiver", `Utgiveren er for lang (høyst ${MAX_TEXT} tegn) og ble ignorert.`);
  }

  return { filters, problems, notices };
}

export function hasReportFilters(filters: TReportFilters): boolean {
  return Boolean(filters.q || filters.fokus.length || filters.ar || filters.type || filters.utgiver);
}

/** Escapes LIKE wildcards so that user text is matched literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The query string of a filter set, in a stable order (for links such as the CSV download). */
export function reportFiltersToSearch(filters: TReportFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.q) search.set("q", filters.q);
  for (const slug of filters.fokus) search.append("fokus", slug);
  if (filters.ar !== undefined) search.set("ar", String(filters.ar));
  if (filters.type) search.set("type", filters.type);
  if (filters.utgiver) search.set("utgiver", filters.utgiver);
  return search;
}
