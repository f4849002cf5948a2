import "server-only";
import { createHash } from "node:crypto";
import { cookies } from "next/headers";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { envValue, servedOverHttps } from "@/lib/env";

/**
 * The CSRF token next-auth expects in sign-in and sign-out forms, read from the cookie it set
 * (the same check as next-auth's own csrf-token.js). Null when the browser has no valid cookie
 * yet: then send it through /api/auth/signin once, which sets it and comes back.
 */
export async function readCsrfToken(): Promise<string | null> {
  const secure = servedOverHttps();
  const secret = envValue("NEXTAUTH_SECRET");
  const value = (await cookies()).get(`${secure ? "__Host-" : ""}next-auth.csrf-token`)?.value;
  if (!value || !secret) return null;
  const [token, hash] = value.split("|");
  if (!token || !hash) return null;
  const expected = createHash("sha256").update(`${token}${secret}`).digest("hex");
  return hash === expected ? token : null;
}

/** Only paths on this site, so the sign-in form cannot be used to send people elsewhere (lib/http/safe-redirect.ts). */
export function safeCallbackUrl(value: unknown, fallback = "/admin"): string {
  return safeRedirectPath(value, { origin: envValue("NEXTAUTH_URL"), fallback });
}
