import "server-only";
import { db } from "@/lib/db";
import type { TSource } from "@/lib/content/schemas";

/** Focus areas with how many published examples each has. */
/** Every focus area with its number of published examples (project_tally: one row each, exact). */
export async function findFocusAreasWithCounts() {
  return db.$queryRaw<{ slug: string; name: string; summary: string; projectCount: number }[]>`
    SELECT f.slug, f.name, f.summary, coalesce(t.count, 0) AS "projectCount"
    FROM focus_area f LEFT JOIN project_tally t ON t.kind = 'fokus' AND t.key = f.id::text
    ORDER BY f.position, f.name`;
}

export async function findFocusAreaBySlug(slug: string) {
  const area = await db.focusArea.findUnique({ where: { slug }, select: { slug: true, name: true, summary: true, body: true, sources: true } });
  return area ? { ...area, sources: area.sources as TSource[] } : null;
}

export async function findFocusAreaSlugs() {
  return db.focusArea.findMany({ select: { slug: true }, orderBy: [{ position: "asc" }, { name: "asc" }] });
}
