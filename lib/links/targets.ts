import dns from "node:dns";
import net from "node:net";

/**
 * Which addresses the link checker may connect to. The URLs it fetches are typed by curators, and
 * the checker runs inside the operator's network: without this rule a source URL such as
 * http://10.0.0.5/admin or http://169.254.169.254/ (cloud metadata) would make the server request
 * internal addresses on a curator's behalf (server-side request forgery). So by default only
 * public unicast addresses are allowed, checked on the address actually connected to (after DNS,
 * and again on every redirect). `LINKS_ALLOW_PRIVATE=1` lifts the rule: for the tests, which serve
 * on 127.0.0.1, and for an installation whose sources really are on its intranet.
 */
const blocked = new net.BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  blocked.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  blocked.addSubnet(network, prefix, "ipv6");
}

/**
 * IPv4-mapped IPv6 addresses would let 127.0.0.1 in as ::ffff:7f00:1; no public source needs them.
 * A list of its own: BlockList checks an IPv4 address against IPv6 rules as ::ffff:a.b.c.d, so
 * this subnet among the rules above would refuse every IPv4 address.
 */
const mapped = new net.BlockList();
mapped.addSubnet("::ffff:0:0", 96, "ipv6");

/** Whether an IP address is on this machine, a private network, link-local, or otherwise not public. */
export function isPrivateAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 0) return true;
  if (family === 6 && mapped.check(address, "ipv6")) return true;
  return blocked.check(address, family === 4 ? "ipv4" : "ipv6");
}

export class RefusedTargetError extends Error {
  readonly code = "KB_REFUSED_TARGET";
  constructor(readonly address: string) {
    super(`adressen ${address} er på et privat nett eller denne maskinen (ikke sjekket)`);
    this.name = "RefusedTargetError";
  }
}

/** The host of a URL as net sees it: IPv6 literals without their brackets. */
export function hostOf(url: URL): string {
  return url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.request that resolves as usual and refuses private answers, so the check is
 * made on the address connected to (a name cannot resolve to a public address for a check and a
 * private one for the connection).
 */
export function guardedLookup(allowPrivate: boolean): net.LookupFunction {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => {
    dns.lookup(hostname, { ...options }, (error, address: string | dns.LookupAddress[], family?: number) => {
      if (error) return callback(error, address, family);
      if (!allowPrivate) {
        const addresses = Array.isArray(address) ? address.map((a) => a.address) : [address];
        const refused = addresses.find(isPrivateAddress);
        if (refused) return callback(new RefusedTargetError(refused) as unknown as NodeJS.ErrnoException, address, family);
      }
      callback(null, address, family);
    });
  };
}
