import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { importContent } from "@/lib/content/import";
import { loadContent } from "@/lib/content/load";
import { emptyProjectFilters, parseProjectFilters, type TProjectFilters } from "@/lib/projects/filters";
import { findProjectListing } from "@/lib/search/project-search";

const db = createPrismaClient(inject("databaseUrl"));
const filters = (overrides: Partial<TProjectFilters>): TProjectFilters => ({ ...emptyProjectFilters, ...overrides });
const slugs = (listing: Awaited<ReturnType<typeof findProjectListing>>) => listing.projects.map((p) => p.slug);

// Expectations follow content/: the period of each example is read from the files.
const content = loadContent();
const published = content.projects.filter((p) => p.state === "publisert");
const period = new Map(published.map((p) => [p.slug, { start: p.startYear ?? null, end: p.endYear ?? null }]));

afterAll(async () => {
  await db.$disconnect();
});

describe("sorting /prosjekter (issue 12)", () => {
  beforeAll(async () => {
    await importContent(db);
  });

  it("sorts by project period: start year, then end year, newest first, undated last", async () => {
    const listing = await findProjectListing(filters({ sortering: "periode" }), db, 1000);
    const order = slugs(listing);
    expect(order.length).toBe(published.length);
    const keys = order.map((slug) => period.get(slug)!);
    for (const [i, b] of keys.entries()) {
      const a = keys[i - 1];
      if (!a) continue;
      if (a.start === null) expect(b.start).toBeNull();
      else if (b.start !== null) {
        expect(a.start).toBeGreaterThanOrEqual(b.start);
        if (a.start === b.start && a.end !== null && b.end !== null) expect(a.end).toBeGreaterThanOrEqual(b.end);
      }
    }
  });

  it("puts Fiber i Karlsøy (2017–21) before Rossfjordfiber (2004–05) by period, within a filter too", async () => {
    expect(period.get("fiber-karlsoy")).toEqual({ start: 2017, end: 2021 });
    expect(period.get("rossfjordfiber")).toEqual({ start: 2004, end: 2005 });
    const { filters: parsed } = parseProjectFilters({ fokus: "bredband", sortering: "periode" });
    const order = slugs(await findProjectListing(parsed, db));
    expect(order.indexOf("fiber-karlsoy")).toBeGreaterThanOrEqual(0);
    expect(order.indexOf("rossfjordfiber")).toBeGreaterThan(order.indexOf("fiber-karlsoy"));
  });

  it("sorts by when the example was added by default, and so when asked", async () => {
    const rows = await db.project.findMany({ where: { state: "publisert" }, select: { slug: true, publishedAt: true } });
    const added = new Map(rows.map((r) => [r.slug, r.publishedAt?.getTime() ?? -Infinity]));
    const byDefault = slugs(await findProjectListing(filters({}), db, 1000));
    expect(slugs(await findProjectListing(filters({ sortering: "lagt-til" }), db, 1000))).toEqual(byDefault);
    const times = byDefault.map((slug) => added.get(slug)!);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("with search text, sorts by relevance by default and by period when asked, over the same matches", async () => {
    const byRelevance = slugs(await findProjectListing(filters({ q: "bredbånd" }), db, 1000));
    const byPeriod = slugs(await findProjectListing(filters({ q: "bredbånd", sortering: "periode" }), db, 1000));
    expect([...byPeriod].sort()).toEqual([...byRelevance].sort());
    const starts = byPeriod.map((slug) => period.get(slug)!.start).filter((s): s is number => s !== null);
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
  });
});
