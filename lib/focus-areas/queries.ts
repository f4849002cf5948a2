import "server-only";
import { db } from "@/lib/db";

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
