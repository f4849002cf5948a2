import "server-only";
import { db } from "@/lib/db";

/**
 * Published examples per municipality of one county, every municipality included (zero where
 * none), with its population figures (SSB, for the county page's table). Counts a project once
 * per municipality, as the `kommune` filter of /prosjekter does. Bounded by the county's
 * municipalities (at most a few dozen rows).
 */
export async function findMunicipalityCounts(countyNumber: string) {
  return db.$queryRaw<
    { number: string; name: string; projectCount: number; population: number | null; populationChange10y: number | null; populationTrend: string | null }[]
  >`
    SELECT m.number, m.name, coalesce(t.count, 0) AS "projectCount", m.population,
      m.population_change_10y AS "populationChange10y", m.population_trend AS "populationTrend"
    FROM municipality m LEFT JOIN project_tally t ON t.kind = 'kommune' AND t.key = m.number
    WHERE m.county_number = ${countyNumber}
    ORDER BY m.name`;
}
