import "server-only";
import { db } from "@/lib/db";
import type { TSource } from "@/lib/content/schemas";

/** All counties with how many published examples each has (a project counts once per county). */
export async function findCountiesWithCounts() {
  return db.$queryRaw<{ number: string; slug: string; name: string; projectCount: number }[]>`
    SELECT c.number, c.slug, c.name, count(DISTINCT p.id)::int AS "projectCount"
    FROM county c
    LEFT JOIN municipality m ON m.county_number = c.number
    LEFT JOIN project_municipality pm ON pm.municipality_number = m.number
    LEFT JOIN project p ON p.id = pm.project_id AND p.state = 'publisert'
    GROUP BY c.number, c.slug, c.name
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
