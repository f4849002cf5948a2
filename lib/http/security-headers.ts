import { servedOverHttps } from "@/lib/env";
/**
 * The Content-Security-Policy and the other protective headers of every page (set in proxy.ts;
 * next.config.ts sets the static ones on static files too). Scripts run only with this
 * response's nonce — Next reads it from the request's CSP header and puts it on its own
 * scripts — and whatever those load ('strict-dynamic'). Styles allow inline attributes
 * (layout components use style={…}); no script can come from them.
 */
export function contentSecurityPolicy(nonce: string, options: { https: boolean; dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${options.dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Headers for every response that are not the CSP. */
export function protectiveHeaders(options: { https: boolean }): [string, string][] {
  return [
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["X-Frame-Options", "DENY"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
    ...(options.https ? ([["Strict-Transport-Security", "max-age=31536000; includeSubDomains"]] as [string, string][]) : []),
  ];
}

/** The site is served over https when its public address is (start-up refuses http elsewhere): lib/env.ts. */
export { servedOverHttps };
