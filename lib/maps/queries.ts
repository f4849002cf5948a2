import "server-only";
import { db } from "@/lib/db";

/**
 * Published examples per municipality of one county, every municipality included (zero where
 * none). Counts a project once per municipality, as the `kommune` filter of /prosjekter does.
 * Bounded by the county's municipalities (at most a few dozen rows).
 */
export async function findMunicipalityCounts(countyNumber: string) {
  return db.$queryRaw<{ number: string; name: string; projectCount: number }[]>`
    SELECT m.number, m.name, count(p.id)::int AS "projectCount"
    FROM municipality m
    LEFT JOIN project_municipality pm ON pm.municipality_number = m.number
    LEFT JOIN project p ON p.id = pm.project_id AND p.state = 'publisert'
    WHERE m.county_number = ${countyNumber}
    GROUP BY m.number, m.name
    ORDER BY m.name`;
}
