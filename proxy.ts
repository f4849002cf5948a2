import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, protectiveHeaders, servedOverHttps } from "@/lib/http/security-headers";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { envValue } from "@/lib/env";

/**
 * Runs before every route (static files excepted):
 * - a path that does not decode as UTF-8 is answered 400 here, before any route sees it;
 * - next-auth's routes get only callback addresses that lib/http/safe-redirect.ts accepts;
 * - every response gets a fresh CSP nonce and the protective headers;
 * - visitors without a session cookie are sent from /admin/* to the sign-in page. That is a
 *   convenience, not a guard: every admin page and every action checks the session itself.
 */
const sessionCookies = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const callbackCookies = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

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
  const { pathname, search } = request.nextUrl;
  if (!decodesAsUtf8(pathname)) return finish(plain(400, "Ugyldig adresse: den inneholder tegn som ikke kan leses (feil tegnkoding)."));

  const headers = new Headers(request.headers);
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
    const url = request.nextUrl.clone();
    url.pathname = "/admin/logg-inn";
    url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return finish(NextResponse.redirect(url));
  }

  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, { https, dev: envValue("NODE_ENV") === "development" });
  // Next takes the nonce for its own scripts from the request's CSP header.
  headers.set("Content-Security-Policy", csp);
  headers.set("x-nonce", nonce);
  return finish(NextResponse.next({ request: { headers } }), csp);
}

export const config = {
  // Everything but the build's static files (those get next.config.ts's headers).
  matcher: ["/((?!_next/static|_next/image).*)"],
};
