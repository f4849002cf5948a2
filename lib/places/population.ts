import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The population of today's municipalities on 1 January 1986–2026, from Statistics Norway (SSB)
 * table 07459 (CC BY 4.0), in prisma/reference/population.json. `null` is a year with no
 * comparable series (the CSV's 0), never zero people. Bands and trends are measured on today's
 * figures, so an example is classed by its municipality as it is now.
 */

export const POPULATION_SOURCE = "Kilde: Statistisk sentralbyrå";
export const POPULATION_FIRST_YEAR = 1986;
export const POPULATION_YEAR = 2026;
/** The trend is the change over these many years up to POPULATION_YEAR. */
export const TREND_YEARS = 10;
/** Change (per cent over ten years) beyond which a municipality is growing or shrinking. */
export const TREND_THRESHOLD_PERCENT = 2;

export const populationBands = ["under-2000", "2000-5000", "5000-20000", "over-20000"] as const;
export type TPopulationBand = (typeof populationBands)[number];

export const populationTrends = ["nedgang", "stabil", "vekst"] as const;
export type TPopulationTrend = (typeof populationTrends)[number];

export const populationBandLabels: Record<TPopulationBand, string> = {
  "under-2000": "Under 2 000 innbyggere",
  "2000-5000": "2 000–4 999 innbyggere",
  "5000-20000": "5 000–19 999 innbyggere",
  "over-20000": "20 000 innbyggere eller flere",
};

export const populationTrendLabels: Record<TPopulationTrend, string> = {
  nedgang: `Nedgang (mer enn ${TREND_THRESHOLD_PERCENT} % færre)`,
  stabil: `Stabil (±${TREND_THRESHOLD_PERCENT} %)`,
  vekst: `Vekst (mer enn ${TREND_THRESHOLD_PERCENT} % flere)`,
};

/** Short words for a trend in running text ("i nedgang"). */
export const populationTrendWords: Record<TPopulationTrend, string> = { nedgang: "nedgang", stabil: "stabil", vekst: "vekst" };

const zPopulationRow = z.object({
  number: z.string().regex(/^\d{4}$/),
  name: z.string(),
  firstYear: z.literal(POPULATION_FIRST_YEAR),
  population: z.array(z.number().int().positive().nullable()).length(POPULATION_YEAR - POPULATION_FIRST_YEAR + 1),
});
export type TPopulationRow = z.infer<typeof zPopulationRow>;

const populationFile = path.join(process.cwd(), "prisma/reference/population.json");

let cached: TPopulationRow[] | undefined;

export function readPopulationData(): TPopulationRow[] {
  cached ??= z.array(zPopulationRow).parse(JSON.parse(fs.readFileSync(populationFile, "utf8")));
  return cached;
}

/** The population in a year, or null where SSB has no comparable series. */
export function populationIn(row: TPopulationRow, year: number): number | null {
  return row.population[year - POPULATION_FIRST_YEAR] ?? null;
}

export function bandOf(population: number): TPopulationBand {
  if (population < 2000) return "under-2000";
  if (population < 5000) return "2000-5000";
  if (population < 20000) return "5000-20000";
  return "over-20000";
}

export function trendOf(changePercent: number): TPopulationTrend {
  if (changePercent < -TREND_THRESHOLD_PERCENT) return "nedgang";
  if (changePercent > TREND_THRESHOLD_PERCENT) return "vekst";
  return "stabil";
}

export type TPopulationSummary = {
  population: number | null;
  /** Per cent change over the last ten years, one decimal; null when a year has no series. */
  change10y: number | null;
  band: TPopulationBand | null;
  trend: TPopulationTrend | null;
};

export function summarisePopulation(row: TPopulationRow): TPopulationSummary {
  const now = populationIn(row, POPULATION_YEAR);
  const then = populationIn(row, POPULATION_YEAR - TREND_YEARS);
  const change10y = now !== null && then !== null ? Math.round(((now - then) / then) * 1000) / 10 : null;
  return {
    population: now,
    change10y,
    band: now === null ? null : bandOf(now),
    trend: change10y === null ? null : trendOf(change10y),
  };
}

const numberFormat = new Intl.NumberFormat("nb-NO");

/** 79943 → "79 943" (with a no-break space, as Norwegian writes it). */
export function formatPopulation(value: number): string {
  return numberFormat.format(value);
}

/** −7.3 → "−7,3 %", 2.1 → "+2,1 %". */
export function formatChange(percent: number): string {
  const sign = percent > 0 ? "+" : percent < 0 ? "−" : "±";
  return `${sign}${Math.abs(percent).toLocaleString("nb-NO", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
}
