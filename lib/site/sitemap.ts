import { findMunicipalityNumbers } from "@/lib/places/municipality-queries";
import "server-only";
import { findCountySlugs } from "@/lib/counties/queries";
import { findFocusAreaSlugs } from "@/lib/focus-areas/queries";
import { findPublishedProjectSlugs, SITEMAP_CHUNK } from "@/lib/projects/queries";
import { findPublishedReportSlugs } from "@/lib/reports/queries";
import { cachedPublishedCounts } from "@/lib/cache/public-data";
import { findSuccessFactorSlugs } from "@/lib/success-factors/queries";
import { absoluteUrl } from "@/lib/site/url";

/**
 * The sitemap as an index (/sitemap.xml) of files of at most 50,000 URLs each (the protocol's
 * limit): `sider.xml` (fixed pages and taxonomies), `prosjekter-N.xml` and `rapporter-N.xml`.
 */

type TEntry = { path: string; lastModified?: Date };

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function xmlResponse(xml: string): Response {
  return new Response(xml, {
    headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=300" },
  });
}

/** The index's XML for these counts of published records: `sider.xml`, then the chunks of each kind. */
export function sitemapIndexXml(counts: { projects: number; reports: number }, chunk = SITEMAP_CHUNK): string {
  const files = ["sider.xml"];
  for (let i = 1; i <= Math.max(1, Math.ceil(counts.projects / chunk)); i++) files.push(`prosjekter-${i}.xml`);
  for (let i = 1; i <= Math.max(1, Math.ceil(counts.reports / chunk)); i++) files.push(`rapporter-${i}.xml`);
  const items = files.map((file) => `  <sitemap><loc>${escapeXml(absoluteUrl(`/sitemaps/${file}`))}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join("\n")}\n</sitemapindex>\n`;
}

export async function sitemapIndex(): Promise<Response> {
  // Two counts over every published row: from the public data cache (30 s), not per request.
  return xmlResponse(sitemapIndexXml(await cachedPublishedCounts()));
}

/** One file of the index, or null when there is no such file (the route answers 404). */
export async function sitemapFile(file: string): Promise<Response | null> {
  const xml = await sitemapFileXml(file);
  return xml === null ? null : xmlResponse(xml);
}

/** One file's XML (`chunk` URLs a file, as in sitemapIndexXml), or null when there is no such file. */
export async function sitemapFileXml(file: string, chunk = SITEMAP_CHUNK): Promise<string | null> {
  let entries: TEntry[];
  const chunked = /^(prosjekter|rapporter)-([1-9]\d{0,3})\.xml$/.exec(file);
  if (file === "sider.xml") {
    const [factors, focusAreas, counties, municipalities] = await Promise.all([findSuccessFactorSlugs(), findFocusAreaSlugs(), findCountySlugs(), findMunicipalityNumbers()]);
    const fixed = ["/", "/prosjekter", "/rapporter", "/suksessfaktorer", "/fokusomrader", "/fylker", "/kommuner", "/hva-virker", "/api", "/forstehjelp", "/om", "/tilgjengelighet", "/meld-inn-prosjekt", "/personvern"];
    entries = [
      ...fixed.map((path) => ({ path })),
      ...factors.map((f) => ({ path: `/suksessfaktorer/${f.slug}` })),
      ...focusAreas.map((a) => ({ path: `/fokusomrader/${a.slug}` })),
      ...counties.map((c) => ({ path: `/fylker/${c.slug}` })),
      // 357 today: bounded by the register, not by the base.
      ...municipalities.map((m) => ({ path: `/kommuner/${m.number}` })),
    ];
  } else if (chunked) {
    const part = Number(chunked[2]);
    const rows = chunked[1] === "prosjekter" ? await findPublishedProjectSlugs(part, chunk) : await findPublishedReportSlugs(part, chunk);
    if (rows.length === 0 && part > 1) return null;
    entries = rows.map((row) => ({ path: `/${chunked[1]}/${row.slug}`, lastModified: row.updatedAt }));
  } else {
    return null;
  }
  const items = entries.map(
    (e) => `  <url><loc>${escapeXml(absoluteUrl(e.path))}</loc>${e.lastModified ? `<lastmod>${e.lastModified.toISOString()}</lastmod>` : ""}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join("\n")}\n</urlset>\n`;
}
