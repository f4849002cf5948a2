import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "@/lib/http/safe-redirect";

const origin = "https://kunnskapsbanken.example";
const safe = (value: unknown) => safeRedirectPath(value, { origin, fallback: "/admin" });

describe("safeRedirectPath", () => {
  it.each(["/admin", "/admin/prosjekter/12?fane=historikk#endringer", "/prosjekter?q=bredb%C3%A5nd", "/sok?q=%2Fadmin"])("keeps the path %s", (value) => {
    expect(safe(value)).toBe(value);
  });

  it("keeps an absolute address on this origin, as its path", () => {
    expect(safe(`${origin}/admin/logg?side=2`)).toBe("/admin/logg?side=2");
  });

  // Known open-redirect bypasses: each must end on the fallback.
  it.each([
    "https://evil.example",
    "http://evil.example/admin",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "/\t/evil.example/x",
    "/%09/evil.example/x",
    "/%0a/evil.example",
    "/%0d%0aLocation:%20https://evil.example",
    "/%2F/evil.example",
    "/%2f%2fevil.example",
    "%2F%2Fevil.example",
    "/%5Cevil.example",
    "/%5cevil.example",
    "/%252F%252Fevil.example",
    "/%25252F%25252Fevil.example",
    "/%2525252F%2525252Fevil.example",
    "/.%2F/evil.example",
    "/./%2F/evil.example",
    "/%E0%A4%A",
    "/%C0%AF",
    " /admin",
    "/admin evil",
    "/\u0000/evil.example",
    "/\u00a0/evil.example",
    "/\u2028/evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "https://kunnskapsbanken.example@evil.example/",
    "https://user:pass@kunnskapsbanken.example/admin",
    "https://kunnskapsbanken.example.evil.example/admin",
    "http://kunnskapsbanken.example/admin",
    "admin",
    "evil.example",
    "",
    `/${"a".repeat(3000)}`,
    null,
    undefined,
    ["/admin"],
  ])("refuses %j", (value) => {
    expect(safe(value)).toBe("/admin");
  });

  it("refuses absolute addresses when it knows no origin", () => {
    expect(safeRedirectPath(`${origin}/admin/logg`, { fallback: "/x" })).toBe("/x");
  });
});
