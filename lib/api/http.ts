import crypto from "node:crypto";
import { LICENCE, type TApiError, type TLicence, type TParamProblem } from "@/lib/api/schemas";
import { absoluteUrl } from "@/lib/site/url";

/**
 * HTTP around /api/v1: validators for cheap polling (ETag = hash of the body, Last-Modified),
 * caching, CORS open for reading, the licence in a Link header, and JSON errors in Norwegian.
 */

export const CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since",
  "Access-Control-Expose-Headers": "ETag, Last-Modified, Link, Content-Disposition",
  "Access-Control-Max-Age": "86400",
};

export const LICENCE_LINK = `<${LICENCE.url}>; rel="license"`;

/**
 * The paging half of a list answer: where this page is, how many there are, and the links to the
 * first, previous, next and last page (`href` makes a page's absolute URL).
 */
export function pageEnvelope(page: number, pageSize: number, total: number, href: (page: number) => string) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return {
    side: page,
    antall: pageSize,
    totalt: total,
    sider: pages,
    lenker: {
      selv: href(page),
      forste: href(1),
      forrige: page > 1 ? href(Math.min(page - 1, pages)) : null,
      neste: page < pages ? href(page + 1) : null,
      siste: href(pages),
    },
  };
}

export function licence(): TLicence {
  return { ...LICENCE, kildeUrl: absoluteUrl("/") };
}

export function etagOf(body: string | Uint8Array): string {
  return `"${crypto.createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** RFC 9110: If-None-Match takes precedence; weak comparison; "*" matches any current body. */
function isNotModified(request: Request, etag: string, lastModified: Date | null): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) {
    const tags = ifNoneMatch.split(",").map((tag) => tag.trim().replace(/^W\//, ""));
    return tags.includes("*") || tags.includes(etag);
  }
  const ifModifiedSince = request.headers.get("if-modified-since");
  if (ifModifiedSince !== null && lastModified) {
    const since = Date.parse(ifModifiedSince);
    // HTTP dates have whole seconds.
    return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
  }
  return false;
}

function baseHeaders(contentType: string): Headers {
  const headers = new Headers(CORS_HEADERS);
  headers.set("Content-Type", contentType);
  headers.set("Link", LICENCE_LINK);
  headers.set("Vary", "Origin");
  return headers;
}

/** A successful read: 200 with validators, or 304 when the client's copy is current. */
export function jsonResponse(request: Request, value: unknown, options: { lastModified?: Date | null } = {}): Response {
  const body = JSON.stringify(value);
  const etag = etagOf(body);
  const lastModified = options.lastModified ?? null;
  const headers = baseHeaders("application/json; charset=utf-8");
  headers.set("ETag", etag);
  headers.set("Cache-Control", CACHE_CONTROL);
  if (lastModified) headers.set("Last-Modified", lastModified.toUTCString());
  if (isNotModified(request, etag, lastModified)) {
    headers.delete("Content-Type");
    return new Response(null, { status: 304, headers });
  }
  return new Response(request.method === "HEAD" ? null : body, { status: 200, headers });
}

export function errorResponse(status: number, melding: string, parametere: TParamProblem[] = []): Response {
  const body: TApiError = { feil: { status, melding, parametere }, lisens: licence() };
  const headers = baseHeaders("application/json; charset=utf-8");
  headers.set("Cache-Control", "no-store");
  return new Response(JSON.stringify(body), { status, headers });
}

export function badRequest(parametere: TParamProblem[]): Response {
  const names = [...new Set(parametere.map((p) => p.navn))];
  return errorResponse(400, `Ugyldig parameter: ${names.join(", ")}.`, parametere);
}

export function notFound(what: string): Response {
  return errorResponse(404, `Fant ikke ${what}.`);
}

export function optionsResponse(): Response {
  return new Response(null, { status: 204, headers: new Headers(CORS_HEADERS) });
}

/**
 * Runs a handler and turns an unexpected failure into a JSON 500 (or 503 when the database is
 * unreachable), so a client never gets an HTML error page. Bad input never reaches this: the
 * handlers answer it with 400 first.
 */
export async function handleApi(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    console.error("API-feil", error);
    const unavailable = /ECONNREFUSED|connect|Can't reach database|P1001/i.test(String((error as Error)?.message ?? error));
    return unavailable
      ? errorResponse(503, "Databasen svarer ikke akkurat nå. Prøv igjen om litt.")
      : errorResponse(500, "Noe gikk galt hos oss. Prøv igjen senere.");
  }
}

/** Search parameters as Next's pages see them: a string, or an array when repeated. */
export function searchParamsRecord(url: URL): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const [key, value] of url.searchParams) {
    const previous = params[key];
    params[key] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return params;
}

/** Parameters this endpoint does not know: a 400, so that a typo ("fylk=") never returns everything. */
export function unknownParams(url: URL, allowed: readonly string[]): TParamProblem[] {
  const unknown = [...new Set(url.searchParams.keys())].filter((key) => !allowed.includes(key));
  return unknown.map((navn) => ({
    navn: navn.slice(0, 40),
    melding: `Ukjent parameter. Tillatte parametere: ${allowed.length > 0 ? allowed.join(", ") : "ingen"}.`,
  }));
}
