import { NextResponse, type NextRequest } from "next/server";

/**
 * A convenience, not a guard: sends visitors without a session cookie from /admin/* to the
 * sign-in page. Every admin page and every action checks the session itself (lib/auth).
 */
const sessionCookies = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === "/admin/logg-inn" || sessionCookies.some((name) => request.cookies.has(name))) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/admin/logg-inn";
  url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/admin", "/admin/:path*"] };
