import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";

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
 * Records whose only source is the centre's presentation (cited by slide, without a link), with
 * the reason. Each must still name the presentation among its sources.
 */
const sourcedOnlyByThePresentation: Record<string, string> = {
  "reports/innovative-bygdemiljo": "Boka er bare bekreftet gjennom lysark 6 i presentasjonen; ingen lagret kilde med lenke gir forlag eller ISBN.",
};

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
});
