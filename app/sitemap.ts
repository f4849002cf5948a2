import type { MetadataRoute } from "next";
import { findCountySlugs } from "@/lib/counties/queries";
import { findFocusAreaSlugs } from "@/lib/focus-areas/queries";
import { findMunicipalityNumbers } from "@/lib/places/municipality-queries";
import { findPublishedProjectSlugs } from "@/lib/projects/queries";
import { findPublishedReportSlugs } from "@/lib/reports/queries";
import { findSuccessFactorSlugs } from "@/lib/success-factors/queries";
import { absoluteUrl } from "@/lib/site/url";

// Read from the database on each request, never prerendered at build time (no database then).
export const dynamic = "force-dynamic";

/** Every public URL: the fixed pages plus each published project and report, factor, focus area and county. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [projects, reports, factors, focusAreas, counties, municipalities] = await Promise.all([
    findPublishedProjectSlugs(),
    findPublishedReportSlugs(),
    findSuccessFactorSlugs(),
    findFocusAreaSlugs(),
    findCountySlugs(),
    findMunicipalityNumbers(),
  ]);
  const fixed = ["/", "/prosjekter", "/rapporter", "/suksessfaktorer", "/fokusomrader", "/fylker", "/kommuner", "/hva-virker", "/forstehjelp", "/om", "/tilgjengelighet"];
  return [
    ...fixed.map((path) => ({ url: absoluteUrl(path) })),
    ...projects.map((p) => ({ url: absoluteUrl(`/prosjekter/${p.slug}`), lastModified: p.updatedAt })),
    ...reports.map((r) => ({ url: absoluteUrl(`/rapporter/${r.slug}`), lastModified: r.updatedAt })),
    ...factors.map((f) => ({ url: absoluteUrl(`/suksessfaktorer/${f.slug}`) })),
    ...focusAreas.map((a) => ({ url: absoluteUrl(`/fokusomrader/${a.slug}`) })),
    ...counties.map((c) => ({ url: absoluteUrl(`/fylker/${c.slug}`) })),
    ...municipalities.map((m) => ({ url: absoluteUrl(`/kommuner/${m.number}`) })),
  ];
}
