import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { importContent } from "@/lib/content/import";
import { emptyProjectFilters, type TProjectFilters } from "@/lib/projects/filters";
import { findProjectListing } from "@/lib/search/project-search";

// Issue 12, item 8: the municipality choice on /prosjekter follows the chosen county (it offered
// all municipalities, most with no examples), and a chosen municipality is never dropped silently.

const db = createPrismaClient(inject("databaseUrl"));
const filters = (overrides: Partial<TProjectFilters>): TProjectFilters => ({ ...emptyProjectFilters, ...overrides });

beforeAll(async () => {
  await importContent(db);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("the municipality filter follows the county", () => {
  it("offers no municipality before a county is chosen", async () => {
    const listing = await findProjectListing(filters({}), db);
    expect(listing.facets.kommune).toEqual([]);
  });

  it("offers exactly the chosen county's municipalities, by slug or by number", async () => {
    const troms = (await db.municipality.findMany({ where: { county: { slug: "troms" } }, select: { number: true } })).map((m) => m.number).sort();
    expect(troms.length).toBeGreaterThan(0);
    for (const fylke of ["troms", "55"]) {
      const listing = await findProjectListing(filters({ fylke }), db);
      expect(listing.facets.kommune.map((o) => o.value).sort(), fylke).toEqual(troms);
    }
  });

  it("counts the examples of each offered municipality", async () => {
    const listing = await findProjectListing(filters({ fylke: "troms" }), db);
    const tromso = listing.facets.kommune.find((o) => o.value === "5501");
    const published = await db.project.count({ where: { state: "publisert", municipalities: { some: { municipalityNumber: "5501" } } } });
    expect(tromso?.count).toBe(published);
  });

  it("lists the county's municipalities with examples first, each part by name", async () => {
    const listing = await findProjectListing(filters({ fylke: "troms" }), db);
    const options = listing.facets.kommune;
    const firstEmpty = options.findIndex((o) => o.count === 0);
    expect(firstEmpty).toBeGreaterThan(0);
    expect(options.slice(firstEmpty).every((o) => o.count === 0)).toBe(true);
    const byName = (part: typeof options) => [...part].sort((a, b) => a.label.localeCompare(b.label, "nb"));
    expect(options.slice(0, firstEmpty).map((o) => o.value)).toEqual(byName(options.slice(0, firstEmpty)).map((o) => o.value));
  });

  it("explains a municipality from another county instead of emptying the list silently", async () => {
    // 1804 Bodø lies in Nordland: the county wins, the municipality is dropped and the page says so.
    const listing = await findProjectListing(filters({ fylke: "troms", kommune: "1804" }), db);
    const onlyTroms = await findProjectListing(filters({ fylke: "troms" }), db);
    expect(listing.notices).toEqual([
      expect.objectContaining({ param: "kommune", key: "municipalityOutsideCounty", values: expect.objectContaining({ municipality: "Bodø", its: "Nordland", county: "Troms" }) }),
    ]);
    expect(listing.notices[0]?.message).toContain("Bodø ligger i Nordland, ikke i Troms");
    expect(listing.filters.kommune).toBeNull();
    expect(listing.filters.fylke).toBe("troms");
    expect(listing.total).toBe(onlyTroms.total);
    expect(listing.total).toBeGreaterThan(0);
    expect(listing.facets.kommune.map((o) => o.value)).not.toContain("1804");
    expect(listing.facets.kommune.some((o) => o.selected)).toBe(false);
  });

  it("keeps a municipality that lies in the chosen county, with no notice", async () => {
    const listing = await findProjectListing(filters({ fylke: "troms", kommune: "5501" }), db);
    expect(listing.notices).toEqual([]);
    expect(listing.filters.kommune).toBe("5501");
    expect(listing.facets.kommune.find((o) => o.value === "5501")?.selected).toBe(true);
  });
});
