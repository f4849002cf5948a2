/**
 * Which language a request is answered in, and how a path carries it. Pure functions: proxy.ts
 * (edge-like runtime), the pages and the unit tests all use them.
 *
 * Bokmål is the default and keeps the unprefixed addresses (every existing link stays valid);
 * nynorsk lives under /nn/…. Precedence: the path (/nn/…) > the reader's remembered choice (the
 * cookie) > the browser's Accept-Language > bokmål.
 */
export const locales = ["nb", "nn"] as const;
export type TLocale = (typeof locales)[number];
export const defaultLocale: TLocale = "nb";

/** Remembers the reader's choice for a year. */
export const LOCALE_COOKIE = "kb-sprak";
/** Set by proxy.ts on the rewritten request; read by lib/i18n/request.ts and the layout. */
export const LOCALE_HEADER = "x-kb-locale";
/** The address as the reader sees it, without the language prefix (for hreflang and the switcher). */
export const PATH_HEADER = "x-kb-path";

export function isLocale(value: unknown): value is TLocale {
  return value === "nb" || value === "nn";
}

/**
 * Addresses that exist in both languages: the public pages, /api and the admin (/nn/admin/…).
 * Machine-facing routes (JSON API, feeds, sitemaps, next-auth) stay unprefixed.
 */
export function isLocalizable(path: string): boolean {
  if (path === "/api") return true;
  return !/^\/(api|feed|sitemaps?|sitemap\.xml|robots\.txt|icon\.svg|favicon\.ico|bench|_next|sprak)(\/|$|\.)/.test(path);
}

/** "/nn/prosjekter" → { locale: "nn", path: "/prosjekter" }; "/prosjekter" → { locale: null, … }. */
export function splitLocale(pathname: string): { locale: TLocale | null; path: string } {
  const match = /^\/(nb|nn)(\/.*)?$/.exec(pathname);
  if (!match) return { locale: null, path: pathname };
  return { locale: match[1] as TLocale, path: match[2] || "/" };
}

/** The address of `path` (which may carry ?query and #hash) in `locale`. */
export function localizePath(path: string, locale: TLocale): string {
  if (!path.startsWith("/") || path.startsWith("//")) return path;
  const { path: bare } = splitLocale(path.replace(/[?#].*$/, ""));
  const rest = path.slice(path.replace(/[?#].*$/, "").length);
  // "/nn//host" is a path on this site, but without its prefix it would name another host.
  if (/^\/[/\\]/.test(bare)) return locale === defaultLocale ? "/" : "/nn";
  if (!isLocalizable(bare) || locale === defaultLocale) return bare + rest;
  return (bare === "/" ? "/nn" : `/nn${bare}`) + rest;
}

/**
 * The best of our languages for an Accept-Language header, or null when it names neither.
 * Plain "no" and "nb"/"nob" mean bokmål, "nn"/"nno" nynorsk; weights (q=) decide.
 */
export function fromAcceptLanguage(header: string | null | undefined): TLocale | null {
  if (!header) return null;
  let best: { locale: TLocale; q: number; index: number } | null = null;
  header.split(",").forEach((part, index) => {
    const [tag = "", ...params] = part.trim().toLowerCase().split(";");
    const primary = tag.split("-")[0];
    const locale: TLocale | null = primary === "nn" || primary === "nno" ? "nn" : primary === "nb" || primary === "nob" || primary === "no" ? "nb" : null;
    if (!locale) return;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) return;
    if (!best || q > best.q) best = { locale, q, index };
  });
  return (best as { locale: TLocale } | null)?.locale ?? null;
}

/** Path > cookie > Accept-Language > bokmål. */
export function negotiateLocale(input: { pathLocale: TLocale | null; cookie?: string | null; acceptLanguage?: string | null }): TLocale {
  if (input.pathLocale) return input.pathLocale;
  if (isLocale(input.cookie)) return input.cookie;
  return fromAcceptLanguage(input.acceptLanguage) ?? defaultLocale;
}
