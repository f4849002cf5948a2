import "server-only";
import { db } from "@/lib/db";
import type { TSource } from "@/lib/content/schemas";

/** All counties with how many published examples each has (a project counts once per county). */
export async function findCountiesWithCounts() {
  // project_tally: one row per county, exact (a project in two counties counts in each).
  return db.$queryRaw<{ number: string; slug: string; name: string; projectCount: number }[]>`
    SELECT c.number, c.slug, c.name, coalesce(t.count, 0) AS "projectCount"
    FROM county c LEFT JOIN project_tally t ON t.kind = 'fylke' AND t.key = c.number
    ORDER BY c.number`;
}

export async function findCountyBySlug(slug: string) {
  const county = await db.county.findUnique({
    where: { slug },
    select: {
      number: true,
      slug: true,
      name: true,
      contactRole: true,
      body: true,
      sources: true,
      municipalities: { select: { number: true, name: true }, orderBy: { name: "asc" } },
    },
  });
  if (!county) return null;
  return { ...county, sources: county.sources as TSource[] };
}

export async function findCountySlugs() {
  return db.county.findMany({ select: { slug: true }, orderBy: { number: "asc" } });
}
