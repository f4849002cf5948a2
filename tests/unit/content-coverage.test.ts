import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { readReferenceData } from "@/lib/places/reference-data";

/**
 * Editorial coverage of content/: every fact can be followed to a source, no slug is used twice,
 * and every focus area and success factor has real examples or reports behind it.
 * loadContent() validates every file against its schema and every cross-reference first.
 */
const content = loadContent();

/** Focus areas or success factors allowed fewer than two references, each with the reason. Keep empty if possible. */
const coverageExceptions: Record<string, string> = {};

const MIN_REFERENCES = 2;

/**
 * Coverage floors (issue 14), all in one place, so that the base cannot silently shrink: each is
 * the target, which the base meets. Raise a floor when the base grows; never lower it.
 */
const COVERAGE_FLOORS = {
  /** Published and unpublished project examples in content/. */
  examples: 60,
  /** Counties outside Oslo with at least one example. */
  countiesOutsideOsloWithExamples: 14,
  /** Examples in each of the three northern counties. */
  examplesInCounty: {
    troms: 3,
    nordland: 3,
    finnmark: 3,
  },
  /** Examples noting each focus area, for the focus area with the fewest. */
  examplesPerFocusArea: 4,
  /** Examples noting each of the ten factors of project implementation (pillar Verktøy). */
  examplesPerSuccessFactor: 6,
  /** Examples noting each factor of the pillars Fokus, Folk and Ramme (added from the presentation). */
  examplesPerPillarFactor: 6,
  /** Examples that link at least one report of kind «evaluering». */
  examplesWithEvaluationReport: 10,
  /** Reports in content/. */
  reports: 20,
} as const;

/**
 * Records whose only source is the centre's presentation (cited by slide, without a link), with
 * the reason. Each must still name the presentation among its sources.
 */
// Empty since Gårdsdrift's interview with Borch (2010) became a linked source of Innovative bygdemiljø.
const sourcedOnlyByThePresentation: Record<string, string> = {};

describe("content coverage", () => {
  it("has real records in every public list", () => {
    for (const kind of ["projects", "reports", "focus-areas", "success-factors", "pillars", "counties", "pages"] as const) {
      expect(content[kind].length, `content/${kind} er tom`).toBeGreaterThan(0);
    }
    // The seed's model: four pillars, each with its own factors; the ten of project implementation under Verktøy.
    expect(content.pillars.length).toBe(4);
    for (const pillar of content.pillars) {
      expect(content["success-factors"].filter((f) => f.pillar === pillar.slug).length, `pilaren «${pillar.slug}» har ingen suksessfaktorer`).toBeGreaterThan(0);
    }
    expect(content["success-factors"].filter((f) => f.pillar === "verktoy")).toHaveLength(10);
  });

  it("gives every project and report at least one source with a url", () => {
    const withoutUrl = [
      ...content.projects.map((p) => ({ kind: "projects", slug: p.slug, sources: p.sources })),
      ...content.reports.map((r) => ({ kind: "reports", slug: r.slug, sources: r.sources })),
    ]
      .filter((record) => !record.sources.some((source) => source.url))
      .map((record) => `${record.kind}/${record.slug}`);
    expect(withoutUrl).toEqual(Object.keys(sourcedOnlyByThePresentation).sort());
  });

  it("names the presentation as the source of every record sourced only by it", () => {
    for (const key of Object.keys(sourcedOnlyByThePresentation)) {
      const [kind, slug] = key.split("/") as ["projects" | "reports", string];
      const record = (content[kind] as { slug: string; sources: { title: string }[] }[]).find((r) => r.slug === slug);
      expect(record?.sources.some((s) => s.title.includes("Tromskonferansen 25.11.2011")), key).toBe(true);
    }
  });

  it("gives every focus-area page sources of its own, beyond the presentation", () => {
    const withoutOwnSource = content["focus-areas"].filter((f) => !f.sources.some((s) => s.url)).map((f) => f.slug);
    expect(withoutOwnSource).toEqual([]);
    // Claims belong in the text with their sources, not in a citation line copied onto every page.
    const citationLines = content["focus-areas"].filter((f) => /^\*Kilde:/m.test(f.body)).map((f) => f.slug);
    expect(citationLines).toEqual([]);
  });

  it("gives every source a title and a note saying what it supports", () => {
    const missing = [
      ...content.projects.flatMap((p) => p.sources.map((s) => ({ where: `projects/${p.slug}`, s }))),
      ...content.reports.flatMap((r) => r.sources.map((s) => ({ where: `reports/${r.slug}`, s }))),
      ...content["focus-areas"].flatMap((f) => f.sources.map((s) => ({ where: `focus-areas/${f.slug}`, s }))),
    ]
      .filter(({ s }) => !s.note)
      .map(({ where, s }) => `${where}: ${s.title}`);
    expect(missing).toEqual([]);
  });

  it("uses every slug only once, within and across kinds", () => {
    const seen = new Map<string, string[]>();
    for (const [kind, records] of Object.entries(content) as [string, { slug: string }[]][]) {
      for (const record of records) seen.set(record.slug, [...(seen.get(record.slug) ?? []), kind]);
    }
    // Projects and reports share the search index and the open-data API, so their slugs must not collide.
    const projectAndReportSlugs = [...content.projects, ...content.reports].map((r) => r.slug);
    expect(projectAndReportSlugs.length).toBe(new Set(projectAndReportSlugs).size);
    const duplicatesWithinKind = [...seen.entries()].filter(([, kinds]) => new Set(kinds).size !== kinds.length);
    expect(duplicatesWithinKind).toEqual([]);
  });

  it("explains every success factor a project claims", () => {
    const withoutNote = content.projects.flatMap((p) =>
      p.successFactors.filter((f) => f.note.trim() === "").map((f) => `${p.slug}: ${f.factor}`),
    );
    expect(withoutNote).toEqual([]);
  });

  const referencesTo = (pick: (record: { focusAreas: string[]; factors: string[] }) => string[], slug: string) =>
    [
      ...content.projects.map((p) => ({ id: `prosjekt ${p.slug}`, focusAreas: p.focusAreas, factors: p.successFactors.map((f) => f.factor) })),
      ...content.reports.map((r) => ({ id: `rapport ${r.slug}`, focusAreas: r.focusAreas, factors: r.successFactors })),
    ]
      .filter((record) => pick(record).includes(slug))
      .map((record) => record.id);

  it.each(content["focus-areas"].map((f) => f.slug))("has at least two projects or reports for focus area %s", (slug) => {
    const refs = referencesTo((r) => r.focusAreas, slug);
    if (coverageExceptions[slug]) return;
    expect(refs.length, `fokusområdet «${slug}» har bare: ${refs.join(", ") || "ingen"}`).toBeGreaterThanOrEqual(MIN_REFERENCES);
  });

  it.each(content["success-factors"].map((f) => f.slug))("has at least two projects or reports for success factor %s", (slug) => {
    const refs = referencesTo((r) => r.factors, slug);
    if (coverageExceptions[slug]) return;
    expect(refs.length, `suksessfaktoren «${slug}» har bare: ${refs.join(", ") || "ingen"}`).toBeGreaterThanOrEqual(MIN_REFERENCES);
  });

  it("lists no coverage exception that is no longer needed", () => {
    const stale = Object.keys(coverageExceptions).filter(
      (slug) => referencesTo((r) => [...r.focusAreas, ...r.factors], slug).length >= MIN_REFERENCES,
    );
    expect(stale).toEqual([]);
  });

  describe("floors", () => {
    const reference = readReferenceData();
    const countyOf = new Map(reference.municipalities.map((m) => [m.number, m.countyNumber]));
    const countySlug = new Map(reference.counties.map((c) => [c.number, c.slug]));
    const examplesByCounty = new Map<string, number>();
    for (const project of content.projects) {
      for (const county of new Set(project.municipalities.map((m) => countySlug.get(countyOf.get(m) ?? "") ?? "ukjent"))) {
        examplesByCounty.set(county, (examplesByCounty.get(county) ?? 0) + 1);
      }
    }

    it("has at least the floor of examples and reports", () => {
      expect(content.projects.length).toBeGreaterThanOrEqual(COVERAGE_FLOORS.examples);
      expect(content.reports.length).toBeGreaterThanOrEqual(COVERAGE_FLOORS.reports);
    });

    it("has examples from at least the floor of counties outside Oslo", () => {
      const covered = reference.counties.filter((c) => c.slug !== "oslo" && (examplesByCounty.get(c.slug) ?? 0) > 0).map((c) => c.slug);
      expect(covered.length, `fylker med eksempler: ${covered.join(", ")}`).toBeGreaterThanOrEqual(COVERAGE_FLOORS.countiesOutsideOsloWithExamples);
    });

    it.each(Object.entries(COVERAGE_FLOORS.examplesInCounty))("has at least the floor of examples from %s", (county, floor) => {
      expect(reference.counties.some((c) => c.slug === county), `ukjent fylke ${county}`).toBe(true);
      expect(examplesByCounty.get(county) ?? 0).toBeGreaterThanOrEqual(floor);
    });

    it.each(content["focus-areas"].map((f) => f.slug))("has at least the floor of examples for focus area %s", (slug) => {
      const examples = content.projects.filter((p) => p.focusAreas.includes(slug)).map((p) => p.slug);
      expect(examples.length, `fokusområdet «${slug}» har bare: ${examples.join(", ") || "ingen"}`).toBeGreaterThanOrEqual(COVERAGE_FLOORS.examplesPerFocusArea);
    });

    it.each(content["success-factors"].map((f) => [f.slug, f.pillar] as const))("has at least the floor of examples for success factor %s", (slug, pillar) => {
      const examples = content.projects.filter((p) => p.successFactors.some((f) => f.factor === slug)).map((p) => p.slug);
      const floor = pillar === "verktoy" ? COVERAGE_FLOORS.examplesPerSuccessFactor : COVERAGE_FLOORS.examplesPerPillarFactor;
      expect(examples.length, `suksessfaktoren «${slug}» har bare: ${examples.join(", ") || "ingen"}`).toBeGreaterThanOrEqual(floor);
    });

    it("has at least the floor of examples with an evaluation report linked", () => {
      const evaluations = new Set(content.reports.filter((r) => r.kind === "evaluering").map((r) => r.slug));
      const linked = content.projects.filter((p) => p.reports.some((slug) => evaluations.has(slug)));
      expect(linked.length).toBeGreaterThanOrEqual(COVERAGE_FLOORS.examplesWithEvaluationReport);
    });
  });
});
