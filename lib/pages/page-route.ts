import "server-only";
import type { Metadata } from "next";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { pageAlternates } from "@/lib/i18n/server";
import { findPageBySlug } from "@/lib/pages/queries";

/** Shared by the thin routes /forstehjelp, /om and /tilgjengelighet: one query per request. */
export const loadPage = cache(findPageBySlug);

export async function pageMetadata(slug: string): Promise<Metadata> {
  const page = await loadPage(slug);
  if (!page) return { title: (await getTranslations("errors"))("notFoundTitle") };
  const alternates = await pageAlternates(`/${page.slug}`);
  return {
    title: page.title,
    description: page.description,
    alternates,
    openGraph: { title: page.title, description: page.description, type: "article", url: alternates.canonical },
  };
}
