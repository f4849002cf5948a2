import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { importContent } from "@/lib/content/import";
import { loadContent } from "@/lib/content/load";
import { documentationLevelOf, documentationLevels, type TDocumentationLevel } from "@/lib/projects/documentation-level";
import { documentationLevelSql } from "@/lib/projects/documentation-level-sql";
import { emptyProjectFilters, parseProjectFilters, type TProjectFilters } from "@/lib/projects/filters";
import { findPublishedProjectCardsByIds } from "@/lib/projects/queries";
import { findProjectListing } from "@/lib/search/project-search";

const db = createPrismaClient(inject("databaseUrl"));
const filters = (overrides: Partial<TProjectFilters>): TProjectFilters => ({ ...emptyProjectFilters, ...overrides });

// Expected levels follow content/: derived from the files by the rule in words, not written in.
const content = loadContent();
const publishedEvaluations = new Set(content.reports.filter((r) => r.kind === "evaluering" && r.state === "publisert").map((r) => r.slug));
const published = content.projects.filter((p) => p.state === "publisert");
const expectedLevel = (p: (typeof published)[number]): TDocumentationLevel =>
  p.reports.some((slug) => publishedEvaluations.has(slug)) ? "evaluert" : p.successFactors.some((f) => f.note !== "") ? "kartlagt" : "innmeldt";

/** The level by the SQL expression and by the card's counts, for the given slugs. */
async function levelsOf(slugs: string[]) {
  const rows = await db.$queryRaw<{ id: number; slug: string; level: TDocumentationLevel }[]>`
    SELECT p.id, p.slug, ${documentationLevelSql} AS level FROM project p WHERE p.slug = ANY(${slugs})`;
  const cards = await findPublishedProjectCardsByIds(rows.map((r) => r.id), db);
  const fromCards = new Map(
    cards.map((c) => [c.slug, documentationLevelOf({ factorNotes: c._count.successFactors, publishedEvaluations: c._count.reports, mappingComplete: Boolean(c.mapping?.completedAt) })]),
  );
  return rows.map((r) => ({ slug: r.slug, sql: r.level, card: fromCards.get(r.slug) ?? null }));
}

const testSlugs = ["dok-test-innmeldt", "dok-test-kartlagt", "dok-test-evaluert", "dok-test-utkast-evaluering", "dok-test-kartlegging", "dok-test-halv-kartlegging"];

afterAll(async () => {
  await db.project.deleteMany({ where: { slug: { in: testSlugs } } });
  await db.report.deleteMany({ where: { slug: { in: ["dok-test-evaluering", "dok-test-evaluering-utkast"] } } });
  await db.$disconnect();
});

describe("documentation level", () => {
  beforeAll(async () => {
    await importContent(db);
  });

  it("the SQL expression and the cards agree with the rule for every published example in content/", async () => {
    const levels = await levelsOf(published.map((p) => p.slug));
    expect(levels).toHaveLength(published.length);
    for (const { slug, sql, card } of levels) {
      const expected = expectedLevel(published.find((p) => p.slug === slug)!);
      expect({ slug, sql, card }).toEqual({ slug, sql: expected, card: expected });
    }
  });

  it("gives each level for a project made to have it, and ignores empty notes and unpublished evaluations", async () => {
    const factor = await db.successFactor.findFirstOrThrow({ select: { id: true } });
    const municipality = await db.municipality.findFirstOrThrow({ select: { number: true } });
    const evaluation = await db.report.create({
      data: { slug: "dok-test-evaluering", title: "Testevaluering", year: 2020, kind: "evaluering", summary: "Test.", state: "publisert" },
    });
    const draft = await db.report.create({
      data: { slug: "dok-test-evaluering-utkast", title: "Utkast til evaluering", year: 2020, kind: "evaluering", summary: "Test.", state: "kandidat" },
    });
    const base = (slug: string) => ({
      slug,
      title: slug,
      summary: "Testprosjekt for dokumentasjonsnivå.",
      status: "avsluttet" as const,
      state: "publisert" as const,
      publishedAt: new Date(),
      municipalities: { create: { municipalityNumber: municipality.number } },
    });
    // An empty note does not make an example documented.
    await db.project.create({ data: { ...base("dok-test-innmeldt"), successFactors: { create: { successFactorId: factor.id, note: "" } } } });
    await db.project.create({ data: { ...base("dok-test-kartlagt"), successFactors: { create: { successFactorId: factor.id, note: "Slik." } } } });
    // Evaluated without factor notes: an evaluation is enough.
    await db.project.create({ data: { ...base("dok-test-evaluert"), reports: { create: { reportId: evaluation.id } } } });
    // An evaluation still being prepared does not count.
    await db.project.create({
      data: {
        ...base("dok-test-utkast-evaluering"),
        successFactors: { create: { successFactorId: factor.id, note: "Slik." } },
        reports: { create: { reportId: draft.id } },
      },
    });

    // A completed mapping guide (issue 13) documents the example even when no factor was shown;
    // an unfinished one does not.
    await db.project.create({
      data: {
        ...base("dok-test-kartlegging"),
        mapping: { create: { mappedFactors: 10, completedAt: new Date() } },
        factorMappings: { create: { successFactorId: factor.id, evidence: "not_shown", note: "Ikke vist." } },
      },
    });
    await db.project.create({
      data: {
        ...base("dok-test-halv-kartlegging"),
        mapping: { create: { mappedFactors: 1, completedAt: null } },
        factorMappings: { create: { successFactorId: factor.id, evidence: "not_shown", note: "Ikke vist." } },
      },
    });

    const levels = new Map((await levelsOf(testSlugs)).map((l) => [l.slug, l]));
    expect(levels.get("dok-test-kartlegging")).toMatchObject({ sql: "kartlagt", card: "kartlagt" });
    expect(levels.get("dok-test-halv-kartlegging")).toMatchObject({ sql: "innmeldt", card: "innmeldt" });
    expect(levels.get("dok-test-innmeldt")).toMatchObject({ sql: "innmeldt", card: "innmeldt" });
    expect(levels.get("dok-test-kartlagt")).toMatchObject({ sql: "kartlagt", card: "kartlagt" });
    expect(levels.get("dok-test-evaluert")).toMatchObject({ sql: "evaluert", card: "evaluert" });
    expect(levels.get("dok-test-utkast-evaluering")).toMatchObject({ sql: "kartlagt", card: "kartlagt" });

    // Publishing the evaluation raises the level at once: nothing stored to keep in step.
    await db.report.update({ where: { id: draft.id }, data: { state: "publisert" } });
    expect((await levelsOf(["dok-test-utkast-evaluering"]))[0]?.sql).toBe("evaluert");
    await db.report.update({ where: { id: draft.id }, data: { state: "kandidat" } });
  });

  it("filters /prosjekter by level, with facet counts that match each filtered list", async () => {
    const all = await findProjectListing(filters({}), db, undefined, { countMore: true });
    const sqlLevels = await db.$queryRaw<{ level: TDocumentationLevel; count: number }[]>`
      SELECT ${documentationLevelSql} AS level, count(*)::int AS count FROM project p WHERE p.state = 'publisert' GROUP BY 1`;
    const facet = new Map(all.facets.dokumentasjon.map((o) => [o.value, o.count]));
    expect(all.facets.dokumentasjon.map((o) => o.value)).toEqual([...documentationLevels]);
    expect([...facet.values()].reduce((a, b) => a + b, 0)).toBe(all.total);
    for (const level of documentationLevels) {
      expect(facet.get(level)).toBe(sqlLevels.find((r) => r.level === level)?.count ?? 0);
      const listing = await findProjectListing(filters({ dokumentasjon: level }), db, 100);
      expect(listing.total, level).toBe(facet.get(level));
      expect(listing.filters.dokumentasjon).toBe(level);
      expect(listing.facets.dokumentasjon.find((o) => o.value === level)?.selected).toBe(true);
      const cardLevels = listing.projects.map((c) =>
        documentationLevelOf({ factorNotes: c._count.successFactors, publishedEvaluations: c._count.reports, mappingComplete: Boolean(c.mapping?.completedAt) }),
      );
      expect(new Set(cardLevels), level).toEqual(new Set(listing.total > 0 ? [level] : []));
    }
    // Each level occurs in the content once the test projects exist.
    for (const level of documentationLevels) expect(facet.get(level), level).toBeGreaterThan(0);
  });

  it("combines with other filters: the level facet counts the list narrowed by the county", async () => {
    const troms = await findProjectListing(filters({ fylke: "troms" }), db, undefined, { countMore: true });
    for (const option of troms.facets.dokumentasjon) {
      const narrowed = await findProjectListing(filters({ fylke: "troms", dokumentasjon: option.value as TDocumentationLevel }), db);
      expect(narrowed.total, option.value).toBe(option.count);
    }
    // And the county facet, with a level chosen, counts that level only.
    const evaluated = await findProjectListing(filters({ dokumentasjon: "evaluert" }), db);
    const tromsCount = evaluated.facets.fylke.find((o) => o.value === "troms")?.count ?? 0;
    expect(tromsCount).toBe(troms.facets.dokumentasjon.find((o) => o.value === "evaluert")?.count);
  });

  it("a malformed level is dropped with a notice, never an error", async () => {
    const { filters: parsed, notices } = parseProjectFilters({ dokumentasjon: "'; DROP TABLE project; --" });
    expect(parsed.dokumentasjon).toBeNull();
    expect(notices.map((n) => n.param)).toEqual(["dokumentasjon"]);
    expect(notices[0]?.message).toMatch(/dokumentasjonsnivå/);
    const listing = await findProjectListing(parsed, db);
    expect(listing.total).toBeGreaterThan(0);
  });
});
