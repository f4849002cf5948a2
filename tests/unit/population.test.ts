/**
 * Population reference data (prisma/reference/population.json, from SSB table 07459) and what is
 * derived from it: a handful of figures checked by hand against the CSV, zeros as missing values,
 * bands and trends at their thresholds.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defined } from "@/tests/support/defined";
import {
  bandOf,
  formatChange,
  formatPopulation,
  populationIn,
  readPopulationData,
  summarisePopulation,
  trendOf,
  type TPopulationRow,
} from "@/lib/places/population";
import { readReferenceData } from "@/lib/places/reference-data";

const rows = readPopulationData();
const row = (number: string): TPopulationRow => {
  const found = rows.find((r) => r.number === number);
  if (!found) throw new Error(`no row for ${number}`);
  return found;
};

describe("population.json", () => {
  it("covers exactly today's 357 municipalities", () => {
    expect(rows.map((r) => r.number)).toEqual(readReferenceData().municipalities.map((m) => m.number));
  });

  it("has SSB's figures (checked by hand against befolkning-kommuner-1986-2026.csv)", () => {
    expect(populationIn(row("1835"), 2026)).toBe(443); // Træna
    expect(populationIn(row("1835"), 2016)).toBe(478);
    expect(populationIn(row("1835"), 1986)).toBe(537);
    expect(populationIn(row("5501"), 2026)).toBe(79943); // Tromsø
    expect(populationIn(row("5501"), 2016)).toBe(73480);
    expect(populationIn(row("0301"), 1986)).toBe(449395); // Oslo
    expect(populationIn(row("1508"), 2026)).toBe(59663); // Ålesund
    expect(populationIn(row("1580"), 2016)).toBe(9200); // Haram
  });

  it("sums to Norway's population on 1 January 2026 (5,627,400)", () => {
    expect(rows.reduce((sum, r) => sum + (populationIn(r, 2026) ?? 0), 0)).toBe(5_627_400);
  });

  it("treats the CSV's zeros as missing, never as zero people", () => {
    expect(rows.flatMap((r) => r.population).includes(0)).toBe(false);
    // Narvik, Hamarøy, Heim, Hitra and Orkland have a comparable series only from 2020.
    for (const number of ["1806", "1875", "5055", "5056", "5059"]) {
      expect(populationIn(row(number), 2019), number).toBeNull();
      expect(populationIn(row(number), 2020), number).toBeGreaterThan(0);
      expect(summarisePopulation(row(number)), number).toMatchObject({ change10y: null, trend: null });
    }
    expect(populationIn(row("1806"), 2026)).toBe(21647);
    expect(summarisePopulation(row("1806")).band).toBe("over-20000");
    // Haram has four missing years (while it was part of Ålesund) but has both 2016 and 2026.
    expect(row("1580").population.filter((v) => v === null)).toHaveLength(4);
    expect(summarisePopulation(row("1580"))).toMatchObject({ change10y: 2.8, trend: "vekst" });
  });

  it("derives population now, the ten-year change, band and trend", () => {
    expect(summarisePopulation(row("1835"))).toEqual({ population: 443, change10y: -7.3, band: "under-2000", trend: "nedgang" });
    expect(summarisePopulation(row("5501"))).toEqual({ population: 79943, change10y: 8.8, band: "over-20000", trend: "vekst" });
  });
});

describe("bands and trends", () => {
  it("puts the band boundaries in the upper band", () => {
    expect([1999, 2000, 4999, 5000, 19999, 20000].map(bandOf)).toEqual([
      "under-2000",
      "2000-5000",
      "2000-5000",
      "5000-20000",
      "5000-20000",
      "over-20000",
    ]);
  });

  it("counts ±2 % as stable", () => {
    expect([-2.1, -2, 0, 2, 2.1].map(trendOf)).toEqual(["nedgang", "stabil", "stabil", "stabil", "vekst"]);
  });

  it("formats figures the Norwegian way", () => {
    expect(formatPopulation(79943)).toMatch(/^79\s943$/);
    expect(formatChange(-7.3)).toBe("−7,3 %");
    expect(formatChange(8.8)).toBe("+8,8 %");
  });
});

// The CSV sits next to the clone (../shared/data/ssb/, or two levels up from a worktree) on the
// machines that built the JSON; the figures above keep the test self-contained where it does not.
const csvPath = ["../shared", "../../shared"]
  .map((dir) => path.resolve(process.cwd(), dir, "data/ssb/befolkning-kommuner-1986-2026.csv"))
  .find((candidate) => fs.existsSync(candidate));
describe.skipIf(!csvPath)("population.json against the CSV", () => {
  it("holds every figure of the CSV, with 0 as null", () => {
    const lines = fs.readFileSync(csvPath!, "utf8").trim().split(/\r?\n/).slice(1);
    expect(lines).toHaveLength(357 * 41);
    for (const line of lines) {
      const [number, , year, population] = line.split(",");
      const value = Number(population);
      expect(populationIn(row(defined(number)), Number(year)), line).toBe(value === 0 ? null : value);
    }
  });
});
