import crypto from "node:crypto";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { SITEMAP_CHUNK } from "@/lib/projects/queries";
import { sitemapFileXml, sitemapIndexXml } from "@/lib/site/sitemap";

/**
 * The sitemap index and its files against the sitemap protocol (sitemaps.org/protocol.html):
 * well-formed UTF-8 XML, the 0.9 namespace on <sitemapindex> and <urlset>, absolute URLs of the
 * site's own host, at most 50,000 URLs and 50 MB per file, lastmod in W3C Datetime, every
 * published project and report in exactly one file and nothing unpublished. Files of 2 URLs here,
 * so that the index has several of each kind.
 */

const NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
const PROTOCOL_MAX_URLS = 50_000;
const PROTOCOL_MAX_BYTES = 50 * 1024 * 1024;
const CHUNK = 2;
const tag = crypto.randomBytes(3).toString("hex");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["sitemap", "url"].includes(name) });

type TParsed = Record<string, { "@xmlns"?: string; sitemap?: { loc: string }[]; url?: { loc: string; lastmod?: string }[] }>;

function parse(xml: string, root: "sitemapindex" | "urlset") {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(Buffer.byteLength(xml)).toBeLessThanOrEqual(PROTOCOL_MAX_BYTES);
  const doc = parser.parse(xml) as TParsed;
  const element = doc[root];
  expect(element, `root <${root}>`).toBeDefined();
  expect(element?.["@xmlns"]).toBe(NAMESPACE);
  return element!;
}

/** An absolute http(s) URL of the site's own host, as the protocol requires (≤ 2,048 characters). */
function expectAbsolute(loc: string, origin: string) {
  expect(loc.length).toBeLessThan(2048);
  const url = new URL(loc);
  expect(["http:", "https:"]).toContain(url.protocol);
  expect(url.origin).toBe(origin);
}

beforeAll(async () => {
  const base = { summary: "Prøve.", status: "pagar" as const };
  for (let n = 1; n <= 5; n++) {
    await db.project.create({ data: { ...base, slug: `kart-${tag}-${n}`, title: `Kartprøve ${n} & co`, state: "publisert", publishedAt: new Date() } });
  }
  await db.project.create({ data: { ...base, slug: `kart-${tag}-skjult`, title: "Skjult", state: "kandidat" } });
  for (let n = 1; n <= 3; n++) {
    await db.report.create({ data: { slug: `kart-${tag}-rapport-${n}`, title: `Kartrapport ${n}`, year: 2020, kind: "analyse", summary: "Prøve.", state: "publisert" } });
  }
});

afterAll(async () => {
  await db.project.deleteMany({ where: { slug: { startsWith: `kart-${tag}` } } });
  await db.report.deleteMany({ where: { slug: { startsWith: `kart-${tag}` } } });
});

describe("sitemap index", () => {
  it("keeps to the protocol's 50,000 URLs a file, and makes as many files as that needs", () => {
    expect(SITEMAP_CHUNK).toBeLessThanOrEqual(PROTOCOL_MAX_URLS);
    const index = parse(sitemapIndexXml({ projects: 120_000, reports: 0 }), "sitemapindex");
    expect(index.sitemap?.map((s) => new URL(s.loc).pathname)).toEqual([
      "/sitemaps/sider.xml",
      "/sitemaps/prosjekter-1.xml",
      "/sitemaps/prosjekter-2.xml",
      "/sitemaps/prosjekter-3.xml",
      "/sitemaps/rapporter-1.xml",
    ]);
  });

  it("validates, and each of its files validates and lists every published record exactly once", async () => {
    const counts = {
      projects: await db.project.count({ where: { state: "publisert" } }),
      reports: await db.report.count({ where: { state: "publisert" } }),
    };
    const index = parse(sitemapIndexXml(counts, CHUNK), "sitemapindex");
    const files = index.sitemap ?? [];
    expect(files.length).toBe(1 + Math.ceil(counts.projects / CHUNK) + Math.max(1, Math.ceil(counts.reports / CHUNK)));
    const origin = new URL(files[0]!.loc).origin;

    const seen: string[] = [];
    for (const { loc } of files) {
      expectAbsolute(loc, origin);
      const name = new URL(loc).pathname.replace(/^\/sitemaps\//, "");
      const xml = await sitemapFileXml(name, CHUNK);
      expect(xml, `${name} exists`).not.toBeNull();
      const urls = parse(xml!, "urlset").url ?? [];
      expect(urls.length).toBeLessThanOrEqual(name === "sider.xml" ? PROTOCOL_MAX_URLS : CHUNK);
      for (const url of urls) {
        expectAbsolute(url.loc, origin);
        // W3C Datetime, complete with time and zone.
        if (url.lastmod !== undefined) expect(url.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
        seen.push(new URL(url.loc).pathname);
      }
    }
    expect(new Set(seen).size).toBe(seen.length);
    const published = await db.project.findMany({ where: { state: "publisert" }, select: { slug: true } });
    const publishedReports = await db.report.findMany({ where: { state: "publisert" }, select: { slug: true } });
    expect(seen.filter((path) => path.startsWith("/prosjekter/")).sort()).toEqual(published.map((p) => `/prosjekter/${p.slug}`).sort());
    expect(seen.filter((path) => path.startsWith("/rapporter/")).sort()).toEqual(publishedReports.map((r) => `/rapporter/${r.slug}`).sort());
    expect(seen).not.toContain(`/prosjekter/kart-${tag}-skjult`);
    expect(seen).toContain("/prosjekter");
  });

  it("has no file past the last one, and no file of another name", async () => {
    const projects = await db.project.count({ where: { state: "publisert" } });
    expect(await sitemapFileXml(`prosjekter-${Math.ceil(projects / CHUNK) + 1}.xml`, CHUNK)).toBeNull();
    expect(await sitemapFileXml("annet.xml", CHUNK)).toBeNull();
    expect(await sitemapFileXml("prosjekter-0.xml", CHUNK)).toBeNull();
  });
});
