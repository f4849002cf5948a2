import "server-only";
import { db } from "@/lib/db";
import type { TSource } from "@/lib/content/schemas";

/** Focus areas with how many published examples each has. */
export async function findFocusAreasWithCounts() {
  const areas = await db.focusArea.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: {
      slug: true,
      name: true,
      summary: true,
      _count: { select: { projects: { where: { project: { state: "publisert" } } } } },
    },
  });
  return areas.map(({ _count, ...area }) => ({ ...area, projectCount: _count.projects }));
}

export async function findFocusAreaBySlug(slug: string) {
  const area = await db.focusArea.findUnique({ where: { slug }, select: { slug: true, name: true, summary: true, body: true, sources: true } });
  return area ? { ...area, sources: area.sources as TSource[] } : null;
}

export async function findFocusAreaSlugs() {
  return db.focusArea.findMany({ select: { slug: true }, orderBy: [{ position: "asc" }, { name: "asc" }] });
}
