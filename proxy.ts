import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, protectiveHeaders, servedOverHttps } from "@/lib/http/security-headers";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { envValue } from "@/lib/env";
import { LOCALE_COOKIE, LOCALE_HEADER, PATH_HEADER, isLocale, isLocalizable, localizePath, negotiateLocale, splitLocale } from "@/lib/i18n/locale";

/**
 * Runs before every route (static files excepted):
 * - a path that does not decode as UTF-8 is answered 400 here, before any route sees it;
 * - next-auth's routes get only callback addresses that lib/http/safe-redirect.ts accepts;
 * - every response gets a fresh CSP nonce and the protective headers;
 * - visitors without a session cookie are sent from /admin/* to the sign-in page. That is a
 *   convenience, not a guard: every admin page and every action checks the session itself;
 * - the language (lib/i18n/locale.ts): /nn/… is rewritten to the unprefixed route with the
 *   locale in a request header; an unprefixed page is sent to /nn/… when the reader's cookie or,
 *   on a first visit, Accept-Language asks for nynorsk; /sprak/<nb|nn>?til=… remembers a choice.
 */
const sessionCookies = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const callbackCookies = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

// `next start` runs the proxy a second time for a rewritten request, on the unprefixed path.
// The first pass marks the request with this process's token, so the second keeps the locale
// (and a client cannot choose one by sending the header itself).
const REWRITE_HEADER = "x-kb-rewrite-token";
const REWRITE_TOKEN = crypto.randomUUID();

function plain(status: number, text: string): NextResponse {
  return new NextResponse(text, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

function decodesAsUtf8(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest) {
  const https = servedOverHttps();
  const finish = (response: NextResponse, csp?: string) => {
    for (const [key, value] of protectiveHeaders({ https })) response.headers.set(key, value);
    if (csp) response.headers.set("Content-Security-Policy", csp);
    return response;
  };
  const { search } = request.nextUrl;
  if (!decodesAsUtf8(request.nextUrl.pathname)) return finish(plain(400, "Ugyldig adresse: den inneholder tegn som ikke kan leses (feil tegnkoding)."));
  const split = splitLocale(request.nextUrl.pathname);
  const pathname = split.path;
  const readable = request.method === "GET" || request.method === "HEAD";
  const redirectTo = (path: string, status = 307) => {
    const url = request.nextUrl.clone();
    const [bare = "", query = ""] = path.split("?");
    url.pathname = bare;
    url.search = query ? `?${query}` : "";
    return NextResponse.redirect(url, status);
  };

  // The language switcher: remember the choice, then show the same page in that language.
  const switchTo = /^\/sprak\/(nb|nn)$/.exec(request.nextUrl.pathname);
  if (switchTo) {
    const locale = switchTo[1] as "nb" | "nn";
    const target = safeRedirectPath(request.nextUrl.searchParams.get("til"), { fallback: "/" });
    // Checked again in its language: taking "/nn" off "/nn//host" must not leave "//host".
    const response = redirectTo(safeRedirectPath(localizePath(target, locale), { fallback: localizePath("/", locale) }), 303);
    response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
    response.headers.set("cache-control", "no-store");
    return finish(response);
  }
  // /nb/… is the unprefixed address; /nn/api/v1/…, /nn/feed/… have none.
  if (split.locale === "nb" || (split.locale === "nn" && !isLocalizable(pathname))) {
    return finish(redirectTo(pathname + search, 308));
  }
  const cookieLocale = request.cookies.get(LOCALE_COOKIE)?.value;
  const rewritten = request.headers.get(REWRITE_HEADER) === REWRITE_TOKEN ? request.headers.get(LOCALE_HEADER) : null;
  const pathLocale = split.locale ?? (isLocale(rewritten) ? rewritten : null);
  const locale = isLocalizable(pathname)
    ? negotiateLocale({ pathLocale, cookie: cookieLocale, acceptLanguage: request.headers.get("accept-language") })
    : "nb";
  // Not for requests made by script (the router, or Next following a server action's redirect):
  // Next answers a rewritten /nn/… request whose cache key it does not accept with a redirect to
  // the unprefixed path it rendered, and sending that back to /nn/… loops. The proxy cannot see
  // the RSC header (Next strips it here), so it goes by what the browser says of the request. The
  // page still gets the reader's language through the header below.
  const byScript = request.headers.get("sec-fetch-dest") === "empty" || (request.headers.get("accept") ?? "").includes("text/x-component");
  if (locale === "nn" && pathLocale === null && readable && !byScript) {
    const response = redirectTo(localizePath(pathname + search, "nn"));
    response.headers.set("vary", "Cookie, Accept-Language");
    return finish(response);
  }

  const headers = new Headers(request.headers);
  headers.delete(REWRITE_HEADER);
  if (pathname.startsWith("/api/auth")) {
    const callbackUrl = request.nextUrl.searchParams.get("callbackUrl");
    if (callbackUrl !== null && safeRedirectPath(callbackUrl, { origin: request.nextUrl.origin, fallback: "" }) === "") {
      return finish(plain(400, "Ugyldig callbackUrl: bare adresser på dette nettstedet er tillatt."));
    }
    // A forged callback cookie would make next-auth answer 500; without it, it falls back to /.
    const forged = callbackCookies.filter((name) => {
      const value = request.cookies.get(name)?.value;
      return value !== undefined && safeRedirectPath(value, { origin: request.nextUrl.origin, fallback: "" }) === "";
    });
    if (forged.length) {
      headers.set("cookie", request.cookies.getAll().filter((c) => !forged.includes(c.name)).map((c) => `${c.name}=${encodeURIComponent(c.value)}`).join("; "));
    }
  }

  const isAdmin = pathname === "/admin" || pathname.startsWith("/admin/");
  if (isAdmin && pathname !== "/admin/logg-inn" && !sessionCookies.some((name) => request.cookies.has(name))) {
    // In the reader's language, and back to the page in it after signing in.
    const url = request.nextUrl.clone();
    url.pathname = localizePath("/admin/logg-inn", locale);
    url.search = `?callbackUrl=${encodeURIComponent(localizePath(pathname + search, locale))}`;
    return finish(NextResponse.redirect(url));
  }

  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, { https, dev: envValue("NODE_ENV") === "development" });
  // Next takes the nonce for its own scripts from the request's CSP header.
  headers.set("Content-Security-Policy", csp);
  headers.set("x-nonce", nonce);
  headers.set(LOCALE_HEADER, locale);
  headers.set(PATH_HEADER, pathname + search);
  // The token stays on every request whose language came from its address, the second pass too:
  // a server action's redirect is fetched by Next itself with the action's request headers, and
  // Next may answer that /nn/… fetch with a redirect to the unprefixed path (see byScript above);
  // with the token the page there is still drawn in the address's language, not the cookie's.
  if (pathLocale !== null) headers.set(REWRITE_HEADER, REWRITE_TOKEN);
  let response: NextResponse;
  if (split.locale) {
    const url = request.nextUrl.clone();
    url.pathname = pathname;
    response = NextResponse.rewrite(url, { request: { headers } });
    // Opening a nynorsk address is a choice too: remember it. Only for a page the reader opens, not
    // the router's prefetches, which may still be in flight after the reader switched language.
    const opened = request.headers.get("sec-fetch-dest") === "document";
    if (opened && cookieLocale !== locale) response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  } else {
    response = NextResponse.next({ request: { headers } });
  }
  return finish(response, csp);
}

export const config = {
  // Everything but the build's static files (those get next.config.ts's headers).
  matcher: ["/((?!_next/static|_next/image).*)"],
};
