import "server-only";
import { db } from "@/lib/db";

/**
 * Published examples per municipality of one county, every municipality included (zero where
 * none). Counts a project once per municipality, as the `kommune` filter of /prosjekter does.
 * Bounded by the county's municipalities (at most a few dozen rows).
 */
export async function findMunicipalityCounts(countyNumber: string) {
  return db.$queryRaw<{ number: string; name: string; projectCount: number }[]>`
    SELECT m.number, m.name, coalesce(t.count, 0) AS "projectCount"
    FROM municipality m LEFT JOIN project_tally t ON t.kind = 'kommune' AND t.key = m.number
    WHERE m.county_number = ${countyNumber}
    ORDER BY m.name`;
}
