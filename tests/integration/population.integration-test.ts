/**
 * Population as reference data in PostgreSQL (loaded with the other reference data) and the
 * /prosjekter filters `innbyggere` and `utvikling`: lists and facet counts agree with each other
 * and with what content/ and population.json say, computed here independently of the SQL.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { importContent } from "@/lib/content/import";
import { loadContent } from "@/lib/content/load";
import { createPrismaClient } from "@/lib/db";
import { emptyProjectFilters, parseProjectFilters, type TProjectFilters } from "@/lib/projects/filters";
import { populationBands, populationTrends, readPopulationData, summarisePopulation } from "@/lib/places/population";
import { resolveMunicipalityNumber } from "@/lib/places/reference-data";
import { syncReferenceData } from "@/lib/places/sync-reference";
import { findProjectListing } from "@/lib/search/project-search";

const db = createPrismaClient(inject("databaseUrl"));
afterAll(() => db.$disconnect());

const summaries = new Map(readPopulationData().map((row) => [row.number, summarisePopulation(row)]));
const published = loadContent().projects.filter((p) => p.state === "publisert");
const todayNumbers = (numbers: string[]) => numbers.map((n) => resolveMunicipalityNumber(n)).flatMap((r) => (r.ok ? [r.number] : []));
/** Published slugs with at least one municipality that passes `test`, sorted. */
const expectedSlugs = (test: (s: ReturnType<typeof summarisePopulation>) => boolean) =>
  published
    .filter((p) => todayNumbers(p.municipalities).some((n) => test(summaries.get(n)!)))
    .map((p) => p.slug)
    .sort();
const filters = (overrides: Partial<TProjectFilters>): TProjectFilters => ({ ...emptyProjectFilters, ...overrides });
const allSlugs = async (f: TProjectFilters) => (await findProjectListing(f, db, 1000)).projects.map((p) => p.slug).sort();

beforeAll(async () => {
  await importContent(db);
});

describe("population reference data", () => {
  it("stores SSB's figures per municipality and year, with no row for a year without a series", async () => {
    const traena = await db.municipalityPopulation.findMany({ where: { municipalityNumber: "1835" }, orderBy: { year: "asc" } });
    expect(traena).toHaveLength(41);
    expect(traena.at(0)).toMatchObject({ year: 1986, population: 537 });
    expect(traena.at(-1)).toMatchObject({ year: 2026, population: 443 });
    expect(await db.municipalityPopulation.findUnique({ where: { municipalityNumber_year: { municipalityNumber: "1806", year: 2019 } } })).toBeNull();
    expect(await db.municipalityPopulation.count({ where: { population: { lte: 0 } } })).toBe(0);
    // 357 × 41 values less the 174 years without a series (Haram 4, five others 34 each).
    expect(await db.municipalityPopulation.count()).toBe(357 * 41 - 174);
  });

  it("derives population now, the ten-year change, band and trend on each municipality", async () => {
    const select = { population: true, populationChange10y: true, populationBand: true, populationTrend: true } as const;
    expect(await db.municipality.findUnique({ where: { number: "1835" }, select })).toEqual({
      population: 443,
      populationChange10y: -7.3,
      populationBand: "under-2000",
      populationTrend: "nedgang",
    });
    expect(await db.municipality.findUnique({ where: { number: "5501" }, select })).toEqual({
      population: 79943,
      populationChange10y: 8.8,
      populationBand: "over-20000",
      populationTrend: "vekst",
    });
    expect(await db.municipality.findUnique({ where: { number: "1806" }, select })).toEqual({
      population: 21647,
      populationChange10y: null,
      populationBand: "over-20000",
      populationTrend: null,
    });
    // Every municipality of the reference data has its figures (other files may add made-up ones for a while).
    expect(await db.municipality.count({ where: { population: null, number: { in: [...summaries.keys()] } } })).toBe(0);
  });

  it("loads idempotently: a second load with unchanged files writes nothing", async () => {
    expect(await db.$transaction((tx) => syncReferenceData(tx), { timeout: 120_000 })).toBe(false);
    expect(await db.municipalityPopulation.count()).toBe(357 * 41 - 174);
  });
});

describe("filters innbyggere and utvikling", () => {
  it("has examples in more than one band and trend (so the checks below can fail)", () => {
    expect(new Set(populationBands.filter((b) => expectedSlugs((s) => s.band === b).length > 0)).size).toBeGreaterThan(1);
    expect(new Set(populationTrends.filter((t) => expectedSlugs((s) => s.trend === t).length > 0)).size).toBeGreaterThan(1);
  });

  it.each(populationBands)("innbyggere=%s lists the examples from such municipalities, and its facet count matches", async (band) => {
    const expected = expectedSlugs((s) => s.band === band);
    expect(await allSlugs(filters({ innbyggere: band }))).toEqual(expected);
    const unfiltered = await findProjectListing(filters({}), db, undefined, { countMore: true });
    expect(unfiltered.facets.innbyggere.find((o) => o.value === band)?.count).toBe(expected.length);
  });

  it.each(populationTrends)("utvikling=%s lists the examples from such municipalities, and its facet count matches", async (trend) => {
    const expected = expectedSlugs((s) => s.trend === trend);
    expect(await allSlugs(filters({ utvikling: trend }))).toEqual(expected);
    const unfiltered = await findProjectListing(filters({}), db, undefined, { countMore: true });
    expect(unfiltered.facets.utvikling.find((o) => o.value === trend)?.count).toBe(expected.length);
  });

  it("combined, both hold for the same municipality, and the counts on either side match the list", async () => {
    for (const band of populationBands) {
      for (const trend of populationTrends) {
        const expected = expectedSlugs((s) => s.band === band && s.trend === trend);
        const listing = await findProjectListing(filters({ innbyggere: band, utvikling: trend }), db, 1000);
        expect(listing.projects.map((p) => p.slug).sort(), `${band} ${trend}`).toEqual(expected);
        expect(listing.total).toBe(expected.length);
        // The facet counts of a filter are the totals one would get by choosing that value.
        expect(listing.facets.innbyggere.find((o) => o.value === band)?.count, `${band} ${trend}`).toBe(expected.length);
        expect(listing.facets.utvikling.find((o) => o.value === trend)?.count, `${band} ${trend}`).toBe(expected.length);
      }
    }
  });

  it("works together with the other filters", async () => {
    const listing = await findProjectListing(filters({ fylke: "troms", innbyggere: "under-2000" }), db, 1000);
    // The county and the band are separate conditions: in a regional example they may hold for
    // different municipalities.
    const expected = published
      .filter((p) => todayNumbers(p.municipalities).some((n) => n.startsWith("55")))
      .filter((p) => todayNumbers(p.municipalities).some((n) => summaries.get(n)!.band === "under-2000"))
      .map((p) => p.slug)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(listing.projects.map((p) => p.slug).sort()).toEqual(expected);
  });

  it("explains a malformed value and ignores it, never fails", async () => {
    const { filters: parsed, notices } = parseProjectFilters({ innbyggere: "tusen", utvikling: "' OR 1=1 --" });
    expect(notices.map((n) => n.param).sort()).toEqual(["innbyggere", "utvikling"]);
    const listing = await findProjectListing(parsed, db);
    expect(listing.total).toBe(published.length);
  });
});

describe("municipality pages and likeness", () => {
  it("lists examples from other municipalities of the same band and trend, bounded, with the full count", async () => {
    const { findPublishedProjectsLikeMunicipality, findPublishedProjectsInMunicipality } = await import("@/lib/projects/queries");
    const like = await findPublishedProjectsLikeMunicipality({ number: "1835", band: "under-2000", trend: "nedgang" }, 3);
    const expected = published
      .filter((p) => !todayNumbers(p.municipalities).includes("1835"))
      .filter((p) => todayNumbers(p.municipalities).some((n) => n !== "1835" && summaries.get(n)!.band === "under-2000" && summaries.get(n)!.trend === "nedgang"));
    expect(like.total).toBe(expected.length);
    expect(like.projects.length).toBe(Math.min(3, expected.length));
    for (const project of like.projects) expect(expected.map((p) => p.slug)).toContain(project.slug);

    const own = await findPublishedProjectsInMunicipality("1835", 10);
    expect(own.total).toBe(published.filter((p) => todayNumbers(p.municipalities).includes("1835")).length);
    expect(own.total).toBeGreaterThan(0);
  });

  it("reads a municipality with its series, and finds today's municipality for a former number", async () => {
    const { findMunicipalityByNumber, findSuccessorsOfFormerNumber } = await import("@/lib/places/municipality-queries");
    const traena = await findMunicipalityByNumber("1835");
    expect(traena).toMatchObject({ name: "Træna", population: 443, populationTrend: "nedgang", county: { name: "Nordland" } });
    expect(traena!.populationSeries).toHaveLength(41);
    expect((await findSuccessorsOfFormerNumber("1902")).successors.map((m) => m.number)).toEqual(["5501"]);
    expect((await findSuccessorsOfFormerNumber("1850")).successors.map((m) => m.number)).toEqual(["1806", "1875"]);
    expect((await findSuccessorsOfFormerNumber("9999")).successors).toEqual([]);
  });

  it("lists every municipality by county with its published examples, read from project_tally", async () => {
    const { findMunicipalitiesByCounty } = await import("@/lib/places/municipality-queries");
    const counted = new Map(
      (
        await db.$queryRaw<{ number: string; count: number }[]>`
          SELECT pm.municipality_number AS number, count(*)::int AS count
          FROM project_municipality pm JOIN project p ON p.id = pm.project_id AND p.state = 'publisert'
          GROUP BY pm.municipality_number`
      ).map((row) => [row.number, row.count]),
    );
    const municipalities = (await findMunicipalitiesByCounty()).flatMap((county) => county.municipalities);
    expect(municipalities.length).toBeGreaterThanOrEqual(357);
    for (const m of municipalities) expect(m.projectCount, m.number).toBe(counted.get(m.number) ?? 0);
    expect(municipalities.find((m) => m.number === "1835")?.projectCount).toBeGreaterThan(0);
  });

  it("weighs municipality likeness in a project's similar examples", async () => {
    const { findPublishedProjectBySlug, findSimilarPublishedProjects } = await import("@/lib/projects/queries");
    const traena = await findPublishedProjectBySlug("traena-livskraft-gjennom-mangfold");
    const similar = await findSimilarPublishedProjects(traena!.id, 12);
    const likeSlugs = expectedSlugs((s) => s.band === "under-2000" && s.trend === "nedgang").filter((slug) => slug !== traena!.slug);
    expect(likeSlugs.length).toBeGreaterThan(0);
    // Every example from a municipality like Træna is a candidate, so with room for 12 some are shown.
    expect(similar.map((p) => p.slug).filter((slug) => likeSlugs.includes(slug)).length).toBeGreaterThan(0);
  });
});
