import http from "node:http";
import https from "node:https";
import net from "node:net";
import { guardedLookup, hostOf, isPrivateAddress, RefusedTargetError } from "@/lib/links/targets";

export type TLinkCheckOptions = {
  /** Per request (each HEAD, GET and redirect hop). */
  timeoutMs: number;
  /** For the whole URL: every hop, HEAD and GET together. */
  budgetMs: number;
  /** Redirects followed before the link counts as broken. */
  maxRedirects: number;
  /** Connect to loopback and private networks too (see lib/links/targets.ts). */
  allowPrivate: boolean;
  /** Aborts every request of this check at once (the run's overall deadline). */
  signal?: AbortSignal;
};

export type TLinkResult = {
  ok: boolean;
  status: number | null;
  /** Why it is broken, in Norwegian; null when ok. */
  error: string | null;
  method: "HEAD" | "GET";
  /** Where the redirects ended, when there were any. */
  finalUrl: string | null;
  redirects: number;
  durationMs: number;
};

const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const userAgent = "Kunnskapsbanken-lenkesjekk/1.0 (+https://github.com/distriktssenteret)";

class TimeoutError extends Error {}

/** One request; resolves on the response headers and never reads the body. */
function request(
  method: "HEAD" | "GET",
  url: URL,
  options: TLinkCheckOptions,
  outer: AbortSignal,
): Promise<{ status: number; location: string | undefined }> {
  const transport = url.protocol === "https:" ? https : http;
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = AbortSignal.any([outer, timeout]);
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(timeout.aborted ? new TimeoutError() : signal.reason);
    const req = transport.request(
      url,
      {
        method,
        signal,
        agent: false,
        lookup: guardedLookup(options.allowPrivate),
        headers: { "user-agent": userAgent, accept: "text/html,application/pdf,*/*;q=0.8" },
      },
      (res) => {
        resolve({ status: res.statusCode ?? 0, location: res.headers.location });
        // Only the status matters: drop the body and the connection.
        res.destroy();
      },
    );
    req.on("error", (error) => reject(timeout.aborted ? new TimeoutError() : error));
    req.end();
  });
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`.replace(".", ",");

function describe(error: unknown, options: TLinkCheckOptions, budget: AbortSignal): string {
  if (error instanceof TimeoutError) return `svarte ikke innen ${seconds(options.timeoutMs)}`;
  if (error instanceof RefusedTargetError) return error.message;
  const e = error as { code?: string; name?: string; message?: string };
  if (options.signal?.aborted) return "avbrutt: tidsgrensen for hele lenkesjekken ble nådd";
  if (budget.aborted) return `svarte ikke innen ${seconds(options.budgetMs)} til sammen`;
  const known: Record<string, string> = {
    ENOTFOUND: "finner ikke vertsnavnet (DNS)",
    EAI_AGAIN: "navneoppslaget (DNS) svarte ikke",
    ECONNREFUSED: "tjeneren avviste tilkoblingen",
    ECONNRESET: "tjeneren brøt tilkoblingen",
    EHOSTUNREACH: "tjeneren kan ikke nås",
    ENETUNREACH: "nettet kan ikke nås",
    CERT_HAS_EXPIRED: "sertifikatet er utløpt",
    DEPTH_ZERO_SELF_SIGNED_CERT: "selvsignert sertifikat",
    ERR_TLS_CERT_ALTNAME_INVALID: "sertifikatet gjelder ikke dette vertsnavnet",
  };
  return (e.code && known[e.code]) ?? `nettverksfeil${e.code ? ` (${e.code})` : ""}`;
}

/** A literal IP host is connected to without a lookup, so the rule is applied here too. */
function refusedLiteral(url: URL, allowPrivate: boolean): string | null {
  const host = hostOf(url);
  return !allowPrivate && net.isIP(host) !== 0 && isPrivateAddress(host) ? new RefusedTargetError(host).message : null;
}

/**
 * Checks one URL: HEAD first (no body), and GET when the server answers HEAD with an error
 * (many refuse HEAD with 405, 403 or 501, or answer it wrongly); redirects are followed by hand,
 * each hop's target checked again, at most `maxRedirects`. Never throws; each request is bounded by
 * `timeoutMs` and the whole check by `budgetMs`.
 */
export async function checkUrl(raw: string, options: TLinkCheckOptions): Promise<TLinkResult> {
  const started = performance.now();
  const budget = AbortSignal.timeout(options.budgetMs);
  const outer = options.signal ? AbortSignal.any([options.signal, budget]) : budget;
  let method: "HEAD" | "GET" = "HEAD";
  let redirects = 0;
  let status: number | null = null;
  const done = (ok: boolean, error: string | null, url: URL | null): TLinkResult => ({
    ok,
    status,
    error,
    method,
    finalUrl: redirects > 0 && url ? url.href : null,
    redirects,
    durationMs: Math.round(performance.now() - started),
  });

  let current: URL;
  try {
    current = new URL(raw.trim());
  } catch {
    return done(false, "ikke en gyldig adresse", null);
  }
  if (current.protocol !== "http:" && current.protocol !== "https:") return done(false, "bare http- og https-adresser sjekkes", null);

  for (;;) {
    const refused = refusedLiteral(current, options.allowPrivate);
    if (refused) return done(false, refused, current);
    let answer: { status: number; location: string | undefined };
    try {
      answer = await request(method, current, options, outer);
      if (method === "HEAD" && answer.status >= 400) {
        method = "GET";
        answer = await request(method, current, options, outer);
      }
    } catch (error) {
      status = null;
      return done(false, describe(error, options, budget), current);
    }
    status = answer.status;
    if (redirectStatuses.has(answer.status) && answer.location) {
      if (redirects >= options.maxRedirects) return done(false, `mer enn ${options.maxRedirects} videresendinger`, current);
      let next: URL;
      try {
        next = new URL(answer.location, current);
      } catch {
        return done(false, "videresender til en ugyldig adresse", current);
      }
      if (next.protocol !== "http:" && next.protocol !== "https:") return done(false, "videresender til en adresse som ikke er http eller https", next);
      redirects += 1;
      current = next;
      continue;
    }
    if (answer.status >= 200 && answer.status < 300) return done(true, null, current);
    return done(false, `HTTP ${answer.status}`, current);
  }
}
