import { describe, expect, it } from "vitest";
import { fromAcceptLanguage, isLocalizable, localizePath, negotiateLocale, splitLocale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";

describe("negotiateLocale: path > cookie > Accept-Language > bokmål", () => {
  it("takes the path's language over the cookie and the browser", () => {
    expect(negotiateLocale({ pathLocale: "nn", cookie: "nb", acceptLanguage: "nb" })).toBe("nn");
    expect(negotiateLocale({ pathLocale: "nb", cookie: "nn", acceptLanguage: "nn" })).toBe("nb");
  });
  it("takes the cookie over Accept-Language when the path has no language", () => {
    expect(negotiateLocale({ pathLocale: null, cookie: "nb", acceptLanguage: "nn" })).toBe("nb");
    expect(negotiateLocale({ pathLocale: null, cookie: "nn", acceptLanguage: "nb,en" })).toBe("nn");
  });
  it("ignores a cookie that names no language of ours", () => {
    expect(negotiateLocale({ pathLocale: null, cookie: "en", acceptLanguage: "nn-NO" })).toBe("nn");
  });
  it("falls back to Accept-Language, then bokmål", () => {
    expect(negotiateLocale({ pathLocale: null, acceptLanguage: "nn-NO,nn;q=0.9,nb;q=0.8" })).toBe("nn");
    expect(negotiateLocale({ pathLocale: null, acceptLanguage: "en-US,en;q=0.9" })).toBe("nb");
    expect(negotiateLocale({ pathLocale: null })).toBe("nb");
  });
});

describe("fromAcceptLanguage", () => {
  it("weighs the tags", () => {
    expect(fromAcceptLanguage("nb;q=0.5, nn;q=0.8")).toBe("nn");
    expect(fromAcceptLanguage("nn;q=0.5, no;q=0.8")).toBe("nb");
    expect(fromAcceptLanguage("en, nno;q=0.3")).toBe("nn");
  });
  it("skips refused and unknown languages", () => {
    expect(fromAcceptLanguage("nn;q=0, sv")).toBeNull();
    expect(fromAcceptLanguage("")).toBeNull();
    expect(fromAcceptLanguage("de-DE")).toBeNull();
  });
  it("keeps the first of equal weights", () => {
    expect(fromAcceptLanguage("nb, nn")).toBe("nb");
    expect(fromAcceptLanguage("nn-NO, nb-NO")).toBe("nn");
  });
});

describe("language in the path", () => {
  it("splits the prefix off", () => {
    expect(splitLocale("/nn/prosjekter/x")).toEqual({ locale: "nn", path: "/prosjekter/x" });
    expect(splitLocale("/nn")).toEqual({ locale: "nn", path: "/" });
    expect(splitLocale("/nnx")).toEqual({ locale: null, path: "/nnx" });
    expect(splitLocale("/prosjekter")).toEqual({ locale: null, path: "/prosjekter" });
  });
  it("prefixes pages and the admin, but not the JSON API or the feeds", () => {
    expect(localizePath("/prosjekter?fokus=bredband#treff", "nn")).toBe("/nn/prosjekter?fokus=bredband#treff");
    expect(localizePath("/", "nn")).toBe("/nn");
    expect(localizePath("/?a=1", "nn")).toBe("/nn?a=1");
    expect(localizePath("/nn/rapporter", "nb")).toBe("/rapporter");
    expect(localizePath("/nn/rapporter", "nn")).toBe("/nn/rapporter");
    expect(localizePath("/api", "nn")).toBe("/nn/api");
    expect(localizePath("/api/v1/prosjekter", "nn")).toBe("/api/v1/prosjekter");
    expect(localizePath("/admin/prosjekter", "nn")).toBe("/nn/admin/prosjekter");
    expect(localizePath("/admin/prosjekter", "nb")).toBe("/admin/prosjekter");
    expect(localizePath("/admin/logg-inn", "nn")).toBe("/nn/admin/logg-inn");
    expect(localizePath("/feed/prosjekter.xml", "nn")).toBe("/feed/prosjekter.xml");
    expect(localizePath("https://example.org/x", "nn")).toBe("https://example.org/x");
    expect(localizePath("#main", "nn")).toBe("#main");
    // Without its prefix, "/nn//host" would name another host.
    expect(localizePath("/nn//evil.example", "nb")).toBe("/");
    expect(localizePath("/nn/\\evil.example", "nb")).toBe("/");
    expect(localizePath("/nn//evil.example?x=1", "nn")).toBe("/nn");
  });
  it("knows which addresses exist in both languages", () => {
    expect(isLocalizable("/sok")).toBe(true);
    expect(isLocalizable("/sitemap.xml")).toBe(false);
    expect(isLocalizable("/robots.txt")).toBe(false);
    expect(isLocalizable("/sprak/nn")).toBe(false);
    expect(isLocalizable("/administrasjon")).toBe(true);
  });
});

describe("messages", () => {
  const { nb, nn } = messages;
  type TTree = { [key: string]: string | TTree };
  const keys = (tree: TTree, prefix = ""): string[] =>
    Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [prefix + key] : keys(value, `${prefix}${key}.`)));
  it("nynorsk has every key bokmål has, and no others", () => {
    expect(keys(nn as TTree).sort()).toEqual(keys(nb as TTree).sort());
  });
  it("no nynorsk message is left empty", () => {
    const empty = keys(nn as TTree).filter((key) => key.split(".").reduce<TTree | string | undefined>((node, part) => (node as TTree)[part], nn as TTree) === "");
    expect(empty).toEqual([]);
  });
});
