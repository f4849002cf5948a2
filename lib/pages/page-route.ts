import "server-only";
import type { Metadata } from "next";
import { cache } from "react";
import { findPageBySlug } from "@/lib/pages/queries";

/** Shared by the thin routes /forstehjelp, /om and /tilgjengelighet: one query per request. */
export const loadPage = cache(findPageBySlug);

export async function pageMetadata(slug: string): Promise<Metadata> {
  const page = await loadPage(slug);
  if (!page) return { title: "Fant ikke siden" };
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical: `/${page.slug}` },
    openGraph: { title: page.title, description: page.description, type: "article", url: `/${page.slug}` },
  };
}
