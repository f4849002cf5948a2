import "server-only";
import { db } from "@/lib/db";

/** What the public suggestion form offers: counties with their municipalities, and the focus areas. */
export async function findSuggestionChoices() {
  const [counties, focusAreas] = await Promise.all([
    db.county.findMany({
      select: { number: true, name: true, municipalities: { select: { number: true, name: true }, orderBy: { name: "asc" } } },
      orderBy: { name: "asc" },
    }),
    db.focusArea.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { counties: counties.filter((c) => c.municipalities.length > 0), focusAreas };
}
