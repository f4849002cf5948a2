/**
 * The one check for every place the site redirects to an address it was given (next-auth's
 * callbackUrl, the sign-in page): only a path on this site survives. Anything else becomes
 * `fallback`.
 *
 * Browsers forgive a lot when they read a Location header — they drop tabs and newlines, treat
 * "\" as "/", and read "//host" or "/\host" as another site — so the value is refused, rather
 * than repaired, when it or any percent-decoding of it (up to three rounds) holds a control
 * character, a backslash, or starts with anything but a single "/".
 */
const MAX_LENGTH = 2000;
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\\\s]/u;

const BASE = "http://origin.invalid";

/** One "/" first, nothing a browser would bend, and still one "/" once dot segments are resolved. */
function isSafePath(path: string): boolean {
  if (!path.startsWith("/") || path.startsWith("//") || FORBIDDEN.test(path)) return false;
  const resolved = new URL(path, BASE);
  return resolved.origin === BASE && !resolved.pathname.startsWith("//");
}

function originOf(value: string): string | null {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

export function safeRedirectPath(value: unknown, options: { origin?: string | null; fallback?: string } = {}): string {
  const fallback = options.fallback ?? "/admin";
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  let candidate = value;
  // An absolute address on this very origin is allowed, as its path (next-auth sends those).
  if (/^[a-z][a-z0-9+.-]*:/i.test(candidate)) {
    if (!options.origin || FORBIDDEN.test(candidate)) return fallback;
    let url: URL;
    try {
      url = new URL(candidate);
    } catch {
      return fallback;
    }
    if (url.origin !== originOf(options.origin) || url.username || url.password) return fallback;
    candidate = `${url.pathname}${url.search}${url.hash}`;
  }
  let decoded = candidate;
  for (let round = 0; round < 4; round++) {
    if (!isSafePath(decoded)) return fallback;
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return fallback;
    }
    if (next === decoded) break;
    if (round === 3) return fallback; // still decoding after three rounds: nobody needs that
    decoded = next;
  }
  return candidate;
}
