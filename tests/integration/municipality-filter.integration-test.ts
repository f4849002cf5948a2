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

  it("keeps a municipality from another county visible as chosen instead of dropping it", async () => {
    const listing = await findProjectListing(filters({ fylke: "troms", kommune: "0301" }), db);
    expect(listing.facets.kommune.find((o) => o.value === "0301")).toMatchObject({ label: "Oslo", selected: true });
    expect(listing.total).toBe(0);
  });
});
