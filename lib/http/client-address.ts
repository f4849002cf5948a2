import net from "node:net";
import { envValue } from "@/lib/env";

/**
 * Who is on the other end of a request, as far as this site can know it.
 *
 * Next's route handlers see no socket, and `next start` passes a client's own X-Forwarded-For
 * through untouched, so the site runs behind its own small HTTP server (lib/cli/serve.mjs) that
 * stamps the socket's address on every request in PEER_ADDRESS_HEADER, overwriting whatever the
 * client sent under that name. X-Forwarded-For is believed only when that peer is one of the
 * TRUSTED_PROXIES, and then only up to the right-most hop that is not itself trusted: everything
 * left of it was written by the client and proves nothing.
 *
 * The result is always a validated, normalised IP address (at most 45 characters) or null, so
 * it is safe to store and to key on.
 */
export const PEER_ADDRESS_HEADER = "x-kb-peer-address";
/** Set by lib/cli/serve.mjs in its own process: only then is PEER_ADDRESS_HEADER ours. */
export const PEER_ADDRESS_FLAG = "KB_PEER_ADDRESS_STAMPED";

/** Only the last hops are looked at; a longer header is the client's padding. */
const MAX_FORWARDED_HOPS = 20;

/** A normalised IP address (IPv4-mapped IPv6 becomes IPv4, IPv6 lower-case), or null. */
export function normalizeAddress(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  let candidate = value.trim();
  if (candidate.length === 0 || candidate.length > 64) return null;
  // "[2001:db8::1]:443" and "192.0.2.1:443" (some proxies add the port)
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(candidate)?.[1];
  if (bracketed !== undefined) candidate = bracketed;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d{1,5}$/.test(candidate)) candidate = candidate.slice(0, candidate.lastIndexOf(":"));
  const zone = candidate.indexOf("%");
  if (zone !== -1) candidate = candidate.slice(0, zone);
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(candidate)?.[1];
  if (mapped !== undefined) candidate = mapped;
  const family = net.isIP(candidate);
  if (family === 4) return candidate;
  if (family === 6) return candidate.toLowerCase();
  return null;
}

export type TTrustedProxies = { list: net.BlockList; empty: boolean };

/** Parses "10.0.0.1, 10.1.0.0/16 2001:db8::/32" (commas or spaces); throws on a bad entry. */
export function parseTrustedProxies(value: string | undefined): TTrustedProxies {
  const list = new net.BlockList();
  const entries = (value ?? "").split(/[\s,]+/).filter(Boolean);
  for (const entry of entries) {
    const [address = "", prefix, extra] = entry.split("/");
    const normalized = normalizeAddress(address);
    if (!normalized || extra !== undefined || address.includes("[") || address.includes(":") !== (net.isIP(normalized) === 6)) {
      throw new Error(`«${entry.slice(0, 60)}» er ikke en IP-adresse eller et nettverk (CIDR)`);
    }
    const type = net.isIP(normalized) === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) {
      list.addAddress(normalized, type);
      continue;
    }
    const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
    if (!(bits >= 0 && bits <= (type === "ipv4" ? 32 : 128))) throw new Error(`«${entry.slice(0, 60)}» har et ugyldig prefiks`);
    list.addSubnet(normalized, bits, type);
  }
  return { list, empty: entries.length === 0 };
}

function isTrusted(address: string, trusted: TTrustedProxies): boolean {
  return !trusted.empty && trusted.list.check(address, net.isIP(address) === 4 ? "ipv4" : "ipv6");
}

/**
 * The client's address: the peer itself unless it is a trusted proxy; then the right-most
 * X-Forwarded-For hop that is not trusted. A hop that is not an IP address ends the walk: the
 * last trusted proxy is then the best we know.
 */
export function resolveClientAddress(input: { peer: string | null | undefined; forwardedFor: string | null | undefined; trusted: TTrustedProxies }): string | null {
  const peer = normalizeAddress(input.peer);
  if (!peer || !isTrusted(peer, input.trusted) || typeof input.forwardedFor !== "string") return peer;
  const hops = input.forwardedFor.split(",").slice(-MAX_FORWARDED_HOPS);
  let nearest = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]);
    if (!hop) return nearest;
    if (!isTrusted(hop, input.trusted)) return hop;
    nearest = hop;
  }
  return nearest;
}

let cachedTrusted: { source: string | undefined; value: TTrustedProxies } | undefined;

/** TRUSTED_PROXIES of this process (validated at start-up by lib/env.ts). */
export function trustedProxies(): TTrustedProxies {
  const source = envValue("TRUSTED_PROXIES");
  if (!cachedTrusted || cachedTrusted.source !== source) cachedTrusted = { source, value: parseTrustedProxies(source) };
  return cachedTrusted.value;
}

type THeaderSource = Headers | Record<string, unknown> | undefined | null;

function header(headers: THeaderSource, name: string): string | null {
  if (!headers) return null;
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name);
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === "string" ? value : null;
}

/**
 * The client address of a request, from its headers (a Fetch `Headers` or next-auth's plain
 * object). Null when the site does not run behind lib/cli/serve.mjs (e.g. a bare `next dev`):
 * then nothing in the request can be believed.
 */
export function clientAddressFromHeaders(headers: THeaderSource): string | null {
  if (envValue(PEER_ADDRESS_FLAG) !== "1") return null;
  return resolveClientAddress({ peer: header(headers, PEER_ADDRESS_HEADER), forwardedFor: header(headers, "x-forwarded-for"), trusted: trustedProxies() });
}
