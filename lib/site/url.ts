import { publicSiteUrl } from "@/lib/env";

/** The public base URL of the site (no trailing slash), for canonical links, JSON-LD and the sitemap. */
export function siteUrl(): string {
  return publicSiteUrl();
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}
