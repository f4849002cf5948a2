import "server-only";
import { db } from "@/lib/db";
import type { TPopulationBand, TPopulationTrend } from "@/lib/places/population";

/** Public reads of municipalities with their population figures (SSB reference data). */

const populationSelect = {
  population: true,
  populationChange10y: true,
  populationBand: true,
  populationTrend: true,
} as const;

type TPopulationColumns = {
  population: number | null;
  populationChange10y: number | null;
  populationBand: string | null;
  populationTrend: string | null;
};

/** The band and trend columns as their types (the loader writes only these slugs). */
function typed<T extends TPopulationColumns>(row: T) {
  return {
    ...row,
    populationBand: row.populationBand as TPopulationBand | null,
    populationTrend: row.populationTrend as TPopulationTrend | null,
  };
}

/**
 * Every municipality by county (names and numbers; the figures are on the county and municipality
 * pages), with how many published examples it has: two queries for all 357, whatever the number
 * of examples. The counts are read from `project_tally` (kind "kommune", kept exact by a trigger),
 * as the county maps read them, not counted from the projects.
 */
export async function findMunicipalitiesByCounty() {
  const [counties, counts] = await Promise.all([
    db.county.findMany({
      select: { number: true, slug: true, name: true, municipalities: { select: { number: true, name: true }, orderBy: { name: "asc" } } },
      orderBy: { number: "asc" },
    }),
    db.$queryRaw<{ number: string; count: number }[]>`
      SELECT key AS number, count FROM project_tally WHERE kind = 'kommune' AND count > 0`,
  ]);
  const countOf = new Map(counts.map((row) => [row.number, row.count]));
  return counties
    .filter((county) => county.municipalities.length > 0)
    .map((county) => ({
      ...county,
      municipalities: county.municipalities.map((m) => ({ ...m, projectCount: countOf.get(m.number) ?? 0 })),
    }));
}

/** Names and numbers for the "my municipality" picker, by county. */
export async function findMunicipalityChoicesByCounty() {
  return db.county.findMany({
    select: { number: true, name: true, municipalities: { select: { number: true, name: true }, orderBy: { name: "asc" } } },
    orderBy: { number: "asc" },
  });
}

/** One municipality with its population series since 1986 and its former numbers and names. */
export async function findMunicipalityByNumber(number: string) {
  const municipality = await db.municipality.findUnique({
    where: { number },
    select: {
      number: true,
      name: true,
      otherNames: true,
      county: { select: { name: true, slug: true } },
      ...populationSelect,
      populationSeries: { select: { year: true, population: true }, orderBy: { year: "asc" } },
      formerOf: {
        select: { former: { select: { number: true, name: true, validTo: true } } },
        orderBy: [{ former: { validTo: "asc" } }, { former: { number: "asc" } }],
      },
    },
  });
  return municipality ? typed(municipality) : null;
}

/** The municipality's figures for the "my municipality" box (name, band, trend). */
export async function findMunicipalityLikeness(number: string) {
  const municipality = await db.municipality.findUnique({
    where: { number },
    select: { number: true, name: true, ...populationSelect },
  });
  return municipality ? typed(municipality) : null;
}

/** Today's municipalities that cover a former number's area (main successor first), or []. */
export async function findSuccessorsOfFormerNumber(number: string) {
  const formers = await db.formerMunicipality.findMany({
    where: { number },
    select: {
      name: true,
      validTo: true,
      successors: { select: { position: true, municipality: { select: { number: true, name: true } } }, orderBy: { position: "asc" } },
    },
    orderBy: { validTo: "desc" },
  });
  const seen = new Set<string>();
  const successors = formers.flatMap((f) => f.successors.map((s) => s.municipality)).filter((m) => !seen.has(m.number) && seen.add(m.number));
  return { name: formers[0]?.name ?? null, successors };
}

export async function findMunicipalityNumbers() {
  return db.municipality.findMany({ select: { number: true }, orderBy: { number: "asc" } });
}
