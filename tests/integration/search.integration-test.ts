import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";
import { importContent } from "@/lib/content/import";
import { loadContent } from "@/lib/content/load";
import { emptyProjectFilters, parseProjectFilters, type TProjectFilters } from "@/lib/projects/filters";
import { findProjectListing, MATCH_CAP, RERANK_HEAD, tallyKeyOf } from "@/lib/search/project-search";
import { searchSite } from "@/lib/search/site-search";
import { splitHighlight } from "@/lib/search/highlight";
import { searchQueries } from "@/tests/integration/search-queries";

const db = createPrismaClient(inject("databaseUrl"));

// A second client that counts every SQL statement it sends.
let queryCount = 0;
const countingDb = new PrismaClient({
  adapter: new PrismaPg({ connectionString: inject("databaseUrl"), max: 4 }),
  log: [{ emit: "event", level: "query" }],
});
countingDb.$on("query", () => {
  queryCount += 1;
});

afterAll(async () => {
  await db.$disconnect();
  await countingDb.$disconnect();
});

const filters = (overrides: Partial<TProjectFilters>): TProjectFilters => ({ ...emptyProjectFilters, ...overrides });
// Expectations follow content/: counts are derived from the files, not written in.
const content = loadContent();
const published = content.projects.filter((p) => p.state === "publisert");
const publishedWith = (test: (p: (typeof published)[number]) => boolean) => published.filter(test).map((p) => p.slug).sort();
const inCounty = (county: string) => (p: (typeof published)[number]) => p.municipalities.some((m) => m.startsWith(county));
const slugs = (listing: Awaited<ReturnType<typeof findProjectListing>>) => listing.projects.map((p) => p.slug);

describe("search", () => {
  beforeAll(async () => {
    await importContent(db);
  });

  it("has a starter set of bokmål/nynorsk synonyms from the migration", async () => {
    const pair = await db.searchSynonym.findFirst({ where: { term: "bredbånd", equivalent: "breiband" } });
    expect(pair).not.toBeNull();
  });

  describe("the search test set: expected examples in the top five", () => {
    it("has at least 30 queries", () => {
      expect(searchQueries.length).toBeGreaterThanOrEqual(30);
    });
    it.each(searchQueries)("«$q» finds $expected ($why)", async ({ q, expected }) => {
      const listing = await findProjectListing(parseProjectFilters({ q }).filters, db);
      const top = slugs(listing).slice(0, 5);
      for (const slug of expected) expect(top).toContain(slug);
    });
  });

  it("ranks a title match above a body match", async () => {
    const listing = await findProjectListing(filters({ q: "plankontor" }), db);
    expect(slugs(listing)[0]).toBe("nord-troms-plankontor");
  });

  it("finds nothing for nonsense, and suggests a correction for a misspelling", async () => {
    expect((await findProjectListing(filters({ q: "xqzvw" }), db)).total).toBe(0);
    // Two words, one unknown and one misspelt: nothing matches both, so the listing is empty and
    // proposes the misspelt word corrected (the unknown one it leaves as typed).
    const listing = await findProjectListing(filters({ q: "lyngenlofet plnkontor" }), db);
    expect(listing.total).toBe(0);
    expect(listing.suggestion).toBe("lyngenlofet plankontor");
    // One misspelt word still finds its example (fuzzy matching), with no suggestion needed.
    const typo = await findProjectListing(filters({ q: "plnkontor" }), db);
    expect(slugs(typo)).toContain("nord-troms-plankontor");
    expect(typo.suggestion).toBeNull();
    const site = await searchSite("bredbånnd kulturr", db);
    expect(Object.values(site.counts).every((n) => n === 0)).toBe(true);
    expect(site.suggestion).toBe("bredbånd kultur");
  });

  it("survives hostile text: tsquery syntax, SQL, 10,000 characters", async () => {
    for (const q of ["a & b | !c", "'); DROP TABLE project; --", "bredbånd:* <-> (", "x".repeat(10_000), "ord ".repeat(2_000), "-", '"', "OR OR"]) {
      const { filters: parsed } = parseProjectFilters({ q });
      const listing = await findProjectListing(parsed, db);
      expect(listing.total).toBeGreaterThanOrEqual(0);
      await searchSite(q, db);
    }
    expect(await db.project.count()).toBeGreaterThan(0);
  });

  it("only ever returns published projects", async () => {
    await db.project.update({ where: { slug: "lyngenloftet" }, data: { state: "kandidat" } });
    try {
      const listing = await findProjectListing(filters({ q: "Lyngenløftet" }), db);
      expect(slugs(listing)).not.toContain("lyngenloftet");
      const all = await findProjectListing(filters({}), db);
      expect(slugs(all)).not.toContain("lyngenloftet");
      expect(all.facets.status.reduce((sum, s) => sum + s.count, 0)).toBe(all.total);
      const site = await searchSite("Lyngenløftet", db);
      expect(site.groups.projects.map((p) => p.slug)).not.toContain("lyngenloftet");
    } finally {
      await db.project.update({ where: { slug: "lyngenloftet" }, data: { state: "publisert" } });
    }
  });

  it("filters by focus area, county (slug or number), municipality, success factor, status and period", async () => {
    // Whole result sets are compared with content/: one page large enough to hold each.
    const ALL = 200;
    const bredband = await findProjectListing(filters({ fokus: ["bredband"] }), db, ALL);
    expect(slugs(bredband).sort()).toEqual(publishedWith((p) => p.focusAreas.includes("bredband")));
    expect(slugs(bredband)).toContain("breiband-numedal");

    const troms = await findProjectListing(filters({ fylke: "troms" }), db, ALL);
    const tromsByNumber = await findProjectListing(filters({ fylke: "55" }), db, ALL);
    expect(slugs(troms).sort()).toEqual(slugs(tromsByNumber).sort());
    expect(slugs(troms)).toContain("lyngenloftet");
    expect(slugs(troms)).not.toContain("bolyst-grane");

    const lyngen = await findProjectListing(filters({ kommune: "5536" }), db, ALL);
    expect(slugs(lyngen)).toContain("lyngenloftet");

    const ongoing = await findProjectListing(filters({ status: "pagar" }), db, ALL);
    expect(slugs(ongoing).sort()).toEqual(publishedWith((p) => p.status === "pagar"));
    expect(slugs(ongoing)).toContain("lyngenloftet");

    const early = await findProjectListing(filters({ fra: 2006, til: 2007 }), db, ALL);
    expect(slugs(early)).toContain("breiband-numedal");
    expect(slugs(early)).not.toContain("omstilling-karlsoy");

    const factor = await findProjectListing(filters({ faktor: ["oppmerksomhet"] }), db, ALL);
    expect(slugs(factor)).toContain("laerdal-for-av-og-med-ungdomen");
  });

  it("counts the rarely used filter groups only when the page shows them (asked for, or one in force)", async () => {
    const plain = await findProjectListing(filters({ fylke: "troms" }), db);
    expect([plain.facets.faktor, plain.facets.innbyggere, plain.facets.utvikling, plain.facets.dokumentasjon]).toEqual([[], [], [], []]);
    expect(plain.facets.fokus.some((o) => o.count > 0)).toBe(true);

    const asked = await findProjectListing(filters({ fylke: "troms" }), db, undefined, { countMore: true });
    const inForce = await findProjectListing(filters({ fylke: "troms", status: "avsluttet", utvikling: "vekst" }), db);
    for (const listing of [asked, inForce]) {
      expect(listing.facets.faktor.map((o) => o.value)).toContain("oppmerksomhet");
      expect(listing.facets.dokumentasjon.map((o) => o.value)).toEqual(["innmeldt", "kartlagt", "evaluert"]);
    }
    // The counts are the same whether the groups were asked for or not, and sum to the list.
    expect(asked.facets.fokus).toEqual(plain.facets.fokus);
    expect(asked.facets.dokumentasjon.reduce((sum, o) => sum + o.count, 0)).toBe(plain.total);
  });

  it("reads a large list's total from the one project_tally row that counts exactly its filters", async () => {
    // With fewer than MATCH_CAP matches (these examples) the total is counted from the matches
    // themselves: each filter set's tally row must hold that same number. Other files publish and
    // unpublish examples meanwhile, hence the retries.
    const single: Partial<TProjectFilters>[] = [
      {},
      { fokus: ["bredband"] },
      { faktor: ["oppmerksomhet"] },
      { fylke: "troms" },
      { kommune: "5536" },
      { fylke: "troms", kommune: "5536" },
      { status: "pagar" },
      // The pairs it counts too.
      { fokus: ["bredband"], faktor: ["oppmerksomhet"] },
      { fokus: ["bredband"], fylke: "troms" },
      { fokus: ["bredband"], status: "pagar" },
      { faktor: ["oppmerksomhet"], fylke: "troms" },
      { faktor: ["oppmerksomhet"], status: "avsluttet" },
      { fylke: "troms", status: "pagar" },
    ];
    for (const overrides of single) {
      await vi.waitFor(async () => {
        const listing = await findProjectListing(filters(overrides), db, 1);
        const key = tallyKeyOf(listing.match.resolved);
        expect(key, JSON.stringify(overrides)).not.toBeNull();
        const row = await db.projectTally.findUnique({ where: { kind_key: { kind: key!.kind, key: key!.key } } });
        expect(row?.count ?? 0, JSON.stringify(overrides)).toBe(listing.total);
      }, { timeout: 5_000, interval: 200 });
    }
    // No single row counts three filters, a municipality with another, two values of one, or the
    // population, period and documentation filters.
    const combined: Partial<TProjectFilters>[] = [
      { fokus: ["bredband", "bolig"] },
      { fokus: ["bredband"], fylke: "troms", status: "pagar" },
      { kommune: "5536", status: "pagar" },
      { fokus: ["bredband"], kommune: "5536" },
      { innbyggere: "under-2000" },
      { fra: 2010 },
      { dokumentasjon: "kartlagt" },
    ];
    for (const overrides of combined) {
      const listing = await findProjectListing(filters(overrides), db, 1);
      expect(tallyKeyOf(listing.match.resolved), JSON.stringify(overrides)).toBeNull();
    }
  });

  it("counts facets following the other filters, and explains unknown values", async () => {
    const listing = await findProjectListing(filters({ fylke: "troms", fokus: ["omdomme", "finnes-ikke"] }), db);
    expect(listing.notices.map((n) => n.param)).toEqual(["fokus"]);
    expect(listing.filters.fokus).toEqual(["omdomme"]);
    // Focus-area counts ignore the focus-area filter but follow the county.
    const omdomme = listing.facets.fokus.find((f) => f.value === "omdomme");
    expect(omdomme?.selected).toBe(true);
    expect(omdomme?.count).toBe(publishedWith((p) => inCounty("55")(p) && p.focusAreas.includes("omdomme")).length);
    expect(listing.facets.fokus.find((f) => f.value === "bredband")?.count).toBe(
      publishedWith((p) => inCounty("55")(p) && p.focusAreas.includes("bredband")).length,
    );
    // County counts ignore the county filter but follow the focus area.
    expect(listing.facets.fylke.find((f) => f.value === "nordland")?.count).toBeGreaterThan(0);

    const unknown = await findProjectListing(filters({ fylke: "atlantis" }), db);
    expect(unknown.notices[0]?.param).toBe("fylke");
    expect(unknown.total).toBe(published.length);
  });

  it("paginates with stable order and reports pages past the end as empty", async () => {
    const first = await findProjectListing(filters({}), db, 5);
    const second = await findProjectListing(filters({ side: 2 }), db, 5);
    expect(first.pageCount).toBe(Math.ceil(published.length / 5));
    expect(slugs(first)).toHaveLength(5);
    expect(slugs(second).some((s) => slugs(first).includes(s))).toBe(false);
    const beyond = await findProjectListing(filters({ side: 99 }), db, 5);
    expect(beyond.total).toBe(published.length);
    expect(beyond.projects).toEqual([]);
  });

  it("uses a fixed number of queries whatever the page size (no N+1)", async () => {
    for (const q of ["", "samarbeid"]) {
      queryCount = 0;
      await findProjectListing(filters({ q, fylke: "troms" }), countingDb, 5);
      const small = queryCount;
      queryCount = 0;
      await findProjectListing(filters({ q, fylke: "troms" }), countingDb, 20);
      expect(queryCount).toBe(small);
      // Taxonomies (4) + synonyms + IDs + facets + the cards' findMany (a few statements: one per relation).
      expect(small).toBeLessThanOrEqual(16);
    }
  });

  it("site search groups kinds with counts and highlights with escaped snippets", async () => {
    const result = await searchSite("forankring", db);
    expect(result.counts.successFactors).toBeGreaterThan(0);
    expect(result.groups.successFactors.map((s) => s.slug)).toContain("forankring");
    const parts = result.groups.successFactors.flatMap((s) => splitHighlight(s.snippet));
    expect(parts.some((p) => p.marked && /forankring/i.test(p.text))).toBe(true);

    // Snippets are plain text: Markdown emphasis, links and headings lose their marks (issue 12).
    await db.successFactor.update({
      where: { slug: "forankring" },
      data: { summary: "## Forankring\n\n*Forankring* i **kommunen**, se [planen](https://example.no/plan) og `kode`." },
    });
    const plain = (await searchSite("forankring", db)).groups.successFactors.find((s) => s.slug === "forankring")?.snippet ?? "";
    const text = splitHighlight(plain).map((p) => p.text).join("");
    expect(text).toContain("planen");
    expect(text).toContain("kommunen");
    expect(text).not.toMatch(/[*#`]|\]\(|example\.no/);

    // Stored markup is never passed through: it comes back escaped, as text.
    await db.focusArea.update({ where: { slug: "bredband" }, data: { summary: "Bredbånd <script>alert(1)</script> & <mark>x</mark>" } });
    const hostile = await searchSite("bredbånd", db);
    const snippet = hostile.groups.focusAreas.find((f) => f.slug === "bredband")?.snippet ?? "";
    expect(snippet).toContain("&lt;script&gt;");
    expect(snippet.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
    expect(splitHighlight(snippet).map((p) => p.text).join("")).toContain("<script>alert(1)</script>");
  });

  it("ranks a bounded candidate set, says 'over' past it, and pages the same either way", async () => {
    // MATCH_CAP + 100 published examples whose body (not title) holds a rare word, and one whose
    // title does: the title candidate must be gathered first and ranked on top.
    await db.$executeRaw`
      INSERT INTO project (slug, title, summary, body, status, state, published_at, updated_at)
      SELECT 'grense-' || i, 'Grenseprøve ' || i, 'Prøve.', 'Et kvernknurr i teksten.', 'pagar', 'publisert',
             now() - make_interval(secs => i), now()
      FROM generate_series(1, ${MATCH_CAP + 100}) AS i`;
    await db.$executeRaw`
      INSERT INTO project (slug, title, summary, body, status, state, published_at, updated_at)
      VALUES ('grense-tittel', 'Kvernknurr i tittelen', 'Prøve.', '', 'pagar', 'publisert', now() - interval '1 day', now())`;
    try {
      const text = await findProjectListing(filters({ q: "kvernknurr" }), db);
      expect(text.total).toBe(MATCH_CAP);
      expect(text.totalIsLowerBound).toBe(true);
      expect(text.facetCountsArePartial).toBe(true);
      expect(slugs(text)[0]).toBe("grense-tittel");
      expect(text.facets.status.find((s) => s.value === "pagar")?.count).toBeLessThanOrEqual(MATCH_CAP + 1);
      // The text list pages the same across the head's end.
      const step = 7;
      const last = Math.floor(RERANK_HEAD / step);
      const before = await findProjectListing(filters({ q: "kvernknurr", side: last }), db, step);
      const after = await findProjectListing(filters({ q: "kvernknurr", side: last + 1 }), db, step);
      const whole = await findProjectListing(filters({ q: "kvernknurr" }), db, step * (last + 1));
      expect([...slugs(before), ...slugs(after)]).toEqual(slugs(whole).slice(step * (last - 1)));
      expect(new Set(slugs(whole)).size).toBe(step * (last + 1));

      // Without text: a page inside the first MATCH_CAP is read from the bounded set, a deeper one
      // from the index; both follow the same order.
      const size = 7;
      const lastInside = Math.floor(MATCH_CAP / size);
      const inside = await findProjectListing(filters({ side: lastInside }), db, size);
      const across = await findProjectListing(filters({ side: lastInside + 1 }), db, size);
      const wide = await findProjectListing(filters({ side: 1 }), db, size * (lastInside + 1));
      expect([...slugs(inside), ...slugs(across)]).toEqual(slugs(wide).slice(size * (lastInside - 1)));
      expect(inside.facetCountsArePartial).toBe(true);

      const few = await findProjectListing(filters({ q: "Lyngenløftet" }), db);
      expect(few.totalIsLowerBound).toBe(false);
      expect(few.facetCountsArePartial).toBe(false);
    } finally {
      await db.$executeRaw`DELETE FROM project WHERE slug LIKE 'grense-%'`;
    }
  });

  it("gives the head of the candidates the full rank: a word in the summary outranks one in the body", async () => {
    // More matches than RERANK_HEAD but fewer than MATCH_CAP, so every one is a candidate (which
    // of more than MATCH_CAP are gathered is the index's order, not the rank's). Their titles
    // score alike, so the head is the newest RERANK_HEAD; the one with the word in its summary
    // (weight B), 51st newest, is among them and must come before all those with it only in the
    // body (weight D) — by date alone it would be 51st.
    await db.$executeRaw`
      INSERT INTO project (slug, title, summary, body, status, state, published_at, updated_at)
      VALUES ('hode-sammendrag', 'Hodeprøve i sammendraget', 'Et tindrehjul.', '', 'pagar', 'publisert', now() - interval '50.5 seconds', now())`;
    await db.$executeRaw`
      INSERT INTO project (slug, title, summary, body, status, state, published_at, updated_at)
      SELECT 'hode-' || i, 'Hodeprøve ' || i, 'Prøve.', 'Et tindrehjul i teksten.', 'pagar', 'publisert',
             now() - make_interval(secs => i), now()
      FROM generate_series(1, ${RERANK_HEAD + 50}) AS i`;
    try {
      const list = await findProjectListing(filters({ q: "tindrehjul" }), db);
      expect(list.total).toBe(RERANK_HEAD + 51);
      expect(slugs(list)[0]).toBe("hode-sammendrag");
    } finally {
      await db.$executeRaw`DELETE FROM project WHERE slug LIKE 'hode-%'`;
    }
  });

  it("uses the indexes for the text search, not a scan of project", async () => {
    const plans = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      const fts = await tx.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN SELECT id FROM project
        WHERE search_vector @@ to_tsquery('public.norwegian_unaccent', 'bredband:*')`;
      const trgm = await tx.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN SELECT id FROM project WHERE 'bredbånnd' <% title`;
      const title = await tx.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN SELECT id FROM project
        WHERE title_vector @@ to_tsquery('public.norwegian_unaccent', 'bredband:*')`;
      // On a small table a sort is cheap and chosen; with sorts discouraged the index must serve it.
      await tx.$executeRaw`SET LOCAL enable_sort = off`;
      const list = await tx.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN SELECT id FROM project
        WHERE state = 'publisert' ORDER BY published_at DESC, id DESC LIMIT 20 OFFSET 4000`;
      return [fts, trgm, title, list].map((rows) => rows.map((r) => r["QUERY PLAN"]).join("\n"));
    });
    expect(plans[0]).toContain("project_search_vector_idx");
    expect(plans[1]).toContain("project_title_trgm_idx");
    expect(plans[2]).toContain("project_title_vector_idx");
    // The list's order is the index's: no sort of every published example, however deep the page.
    expect(plans[3]).toContain("project_list_order_idx");
    expect(plans[3]).not.toMatch(/\bSort\b/);
  });
});
