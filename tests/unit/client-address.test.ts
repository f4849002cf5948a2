import { describe, expect, it } from "vitest";
import { normalizeAddress, parseTrustedProxies, resolveClientAddress } from "@/lib/http/client-address";

const none = parseTrustedProxies("");
const proxies = parseTrustedProxies("10.0.0.0/8, 192.0.2.1 2001:db8::/32");

describe("normalizeAddress", () => {
  it.each([
    ["127.0.0.1", "127.0.0.1"],
    [" ::ffff:192.0.2.7 ", "192.0.2.7"],
    ["2001:DB8::1", "2001:db8::1"],
    ["[2001:db8::1]:443", "2001:db8::1"],
    ["198.51.100.3:8080", "198.51.100.3"],
    ["fe80::1%eth0", "fe80::1"],
  ])("%s → %s", (input, expected) => expect(normalizeAddress(input)).toBe(expected));

  it.each(["", "unknown", "999.1.1.1", "1.2.3", "a".repeat(5000), "<script>", "1.2.3.4, 5.6.7.8", undefined, null])("refuses %s", (input) => {
    expect(normalizeAddress(input as string)).toBeNull();
  });
});

describe("parseTrustedProxies", () => {
  it("accepts addresses and CIDRs, separated by commas or spaces", () => {
    expect(proxies.empty).toBe(false);
    expect(none.empty).toBe(true);
  });
  it.each(["10.0.0.0/33", "proxy.example", "10.0.0.1/8/1", "[::1]", "1.2.3.4:80", "2001:db8::/129", "10.0.0.0/x"])("refuses %s", (value) => {
    expect(() => parseTrustedProxies(value)).toThrow();
  });
});

describe("resolveClientAddress", () => {
  it("without trusted proxies, is the socket's address whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress({ peer: "203.0.113.9", forwardedFor: "198.51.100.1", trusted: none })).toBe("203.0.113.9");
    expect(resolveClientAddress({ peer: "::ffff:127.0.0.1", forwardedFor: "x".repeat(5000), trusted: none })).toBe("127.0.0.1");
  });

  it("does not believe X-Forwarded-For from a peer that is not trusted", () => {
    expect(resolveClientAddress({ peer: "203.0.113.9", forwardedFor: "10.0.0.5", trusted: proxies })).toBe("203.0.113.9");
  });

  it("behind trusted proxies, takes the right-most hop that is not trusted", () => {
    // The client wrote "1.1.1.1, 2.2.2.2" itself; the proxy appended the address it saw.
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "1.1.1.1, 2.2.2.2, 198.51.100.20", trusted: proxies })).toBe("198.51.100.20");
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "198.51.100.20, 192.0.2.1, 10.9.9.9", trusted: proxies })).toBe("198.51.100.20");
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "2001:db9::5, 2001:db8::7", trusted: proxies })).toBe("2001:db9::5");
  });

  it("stops at a hop that is not an address: the nearest trusted proxy is then the best we know", () => {
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "198.51.100.20, <script>", trusted: proxies })).toBe("10.0.0.2");
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: `${"a".repeat(5000)}, 10.1.1.1`, trusted: proxies })).toBe("10.1.1.1");
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: null, trusted: proxies })).toBe("10.0.0.2");
  });

  it("looks at no more than the last 20 hops", () => {
    const padding = Array.from({ length: 10_000 }, () => "10.0.0.1").join(",");
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: `198.51.100.1,${padding}`, trusted: proxies })).toBe("10.0.0.1");
  });

  it("is null when the peer itself is not an address", () => {
    expect(resolveClientAddress({ peer: undefined, forwardedFor: "198.51.100.1", trusted: proxies })).toBeNull();
  });
});
