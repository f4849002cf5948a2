import "server-only";
import { db } from "@/lib/db";
import type { TSource } from "@/lib/content/schemas";

/** An editorial page from the page table (content/pages/). */
export async function findPageBySlug(slug: string) {
  const page = await db.page.findUnique({
    where: { slug },
    select: { slug: true, title: true, description: true, body: true, sources: true, updatedAt: true },
  });
  if (!page) return null;
  return { ...page, sources: page.sources as TSource[] };
}

export type PageContent = NonNullable<Awaited<ReturnType<typeof findPageBySlug>>>;
