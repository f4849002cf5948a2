import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { importContent } from "@/lib/content/import";
import { findWhatWorks } from "@/lib/analysis/queries";
import { emptyProjectFilters, type TProjectFilters } from "@/lib/projects/filters";
import { findProjectListing } from "@/lib/search/project-search";
import { defined } from "@/tests/support/defined";

const db = createPrismaClient(inject("databaseUrl"));
const filters = (overrides: Partial<TProjectFilters>): TProjectFilters => ({ ...emptyProjectFilters, ...overrides });

afterAll(async () => {
  await db.$disconnect();
});

describe("/hva-virker numbers", () => {
  beforeAll(async () => {
    await importContent(db);
  });

  it("every cell of the matrix equals the total of /prosjekter?fokus=…&faktor=…", async () => {
    const data = await findWhatWorks(db);
    expect(data.factors.length).toBeGreaterThanOrEqual(10);
    let nonZero = 0;
    for (const area of data.areas) {
      // One listing per focus area: its factor facet counts the examples in that area with each factor.
      const listing = await findProjectListing(filters({ fokus: [area.slug] }), db, undefined, { countMore: true });
      expect(listing.total, area.slug).toBe(area.total);
      for (const factor of data.factors) {
        const expected = listing.facets.faktor.find((o) => o.value === factor.slug)?.count ?? 0;
        expect(data.cell(area.id, factor.id), `${area.slug} × ${factor.slug}`).toBe(expected);
        if (expected > 0) nonZero += 1;
      }
    }
    expect(nonZero).toBeGreaterThan(10);
    // And a few cells against the list itself, filtered by both.
    const sample = data.topFactorsByArea.slice(0, 3).map(({ area, factors }) => ({ area, factor: defined(factors[0], `a factor for ${area.slug}`) }));
    for (const { area, factor } of sample) {
      const listing = await findProjectListing(filters({ fokus: [area.slug], faktor: [factor.slug] }), db);
      expect(listing.total).toBe(factor.count);
    }
  });

  it("factor totals, years and statuses add up to the published examples", async () => {
    const data = await findWhatWorks(db);
    const all = await findProjectListing(filters({}), db, undefined, { countMore: true });
    expect(data.total).toBe(all.total);
    for (const factor of data.factors) expect(factor.total, factor.slug).toBe(all.facets.faktor.find((o) => o.value === factor.slug)?.count ?? 0);
    expect(data.years.reduce((sum, y) => sum + y.count, 0) + data.withoutYear).toBe(all.total);
    expect([...data.statusCounts.values()].reduce((a, b) => a + b, 0)).toBe(all.total);
    expect(data.topFactors.map((f) => f.total)).toEqual([...data.topFactors.map((f) => f.total)].sort((a, b) => b - a));
  });
});
