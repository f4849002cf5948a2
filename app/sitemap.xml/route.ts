import { sitemapIndex } from "@/lib/site/sitemap";

// Read from the database on each request, never prerendered at build time (no database then).
export const dynamic = "force-dynamic";

/** The sitemap index: links to files of at most 50,000 URLs each (lib/site/sitemap.ts). */
export function GET(): Promise<Response> {
  return sitemapIndex();
}
