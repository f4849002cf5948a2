import { describe, expect, it } from "vitest";
import { isPrivateAddress } from "@/lib/links/targets";

describe("isPrivateAddress (the link checker's SSRF rule)", () => {
  it.each([
    "127.0.0.1",
    "127.10.0.5",
    "10.0.0.1",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "::1",
    "::",
    "fe80::1",
    "fd00::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "not-an-ip",
  ])("refuses %s", (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(["8.8.8.8", "151.101.1.1", "172.32.0.1", "192.169.0.1", "2001:4860:4860::8888", "2a02:c7f::1"])("allows the public address %s", (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });
});
