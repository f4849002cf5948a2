import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { dropDatabase, ensureDatabase, migrateDeploy, withDatabase } from "@/lib/cli/database";
import { importContent } from "@/lib/content/import";
import { loadContent } from "@/lib/content/load";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The public data layer against real PostgreSQL with the real content/ imported. This file adds
 * unpublished records, so it works on a database of its own (created on the run's server) rather
 * than the shared one, which other files expect to hold exactly content/.
 */
const serverUrl = inject("serverUrl");
const databaseName = `kb_test_public_${crypto.randomBytes(4).toString("hex")}`;
process.env.DATABASE_URL = withDatabase(serverUrl, databaseName);
delete (globalThis as { prisma?: PrismaClient }).prisma;

const { findCountiesWithCounts, findCountyBySlug } = await import("@/lib/counties/queries");
const { findFocusAreaBySlug, findFocusAreasWithCounts } = await import("@/lib/focus-areas/queries");
const { findPageBySlug } = await import("@/lib/pages/queries");
const projects = await import("@/lib/projects/queries");
const reports = await import("@/lib/reports/queries");
const { parseReportFilters } = await import("@/lib/reports/filters");
const { findPillarsWithFactors, findSuccessFactorBySlug } = await import("@/lib/success-factors/queries");

// Expectations follow content/: counts come from the files.
const content = loadContent();
const publishedReports = content.reports.filter((r) => r.state === "publisert").length;
const publishedProjects = content.projects.filter((p) => p.state === "publisert").length;

const HIDDEN_PROJECT = "skjult-kandidat-eksempel";
const HIDDEN_REPORT = "skjult-utkast-rapport";

beforeAll(async () => {
  await ensureDatabase(serverUrl, databaseName);
  await migrateDeploy(process.env.DATABASE_URL!, { quiet: true });
  await importContent(db);

  // An unpublished project and report, tied to everything a public page lists.
  const [bredband, samarbeid, hattenAv, plankontor] = await Promise.all([
    db.focusArea.findUniqueOrThrow({ where: { slug: "bredband" }, select: { id: true } }),
    db.successFactor.findUniqueOrThrow({ where: { slug: "samarbeid" }, select: { id: true } }),
    db.report.findUniqueOrThrow({ where: { slug: "hatten-av" }, select: { id: true } }),
    db.project.findUniqueOrThrow({ where: { slug: "nord-troms-plankontor" }, select: { id: true } }),
  ]);
  const hiddenReport = await db.report.create({
    data: {
      slug: HIDDEN_REPORT,
      title: "Skjult utkast prosjektleder",
      year: 2011,
      kind: "rapport",
      summary: "Ikke publisert prosjektleder.",
      publishers: ["Distriktssenteret"],
      state: "under_kartlegging",
      focusAreas: { create: { focusAreaId: bredband.id } },
      successFactors: { create: { successFactorId: samarbeid.id } },
    },
    select: { id: true },
  });
  await db.project.create({
    data: {
      slug: HIDDEN_PROJECT,
      title: "Skjult kandidat",
      summary: "Skal aldri vises offentlig.",
      status: "pagar",
      state: "kandidat",
      // Kvænangen (Troms): also shared with nord-troms-plankontor, so it would rank as similar.
      municipalities: { create: [{ municipalityNumber: "5546" }, { municipalityNumber: "5503" }] },
      focusAreas: { create: { focusAreaId: bredband.id } },
      successFactors: { create: { successFactorId: samarbeid.id, note: "Hemmelig notat" } },
      reports: { create: [{ reportId: hattenAv.id }, { reportId: hiddenReport.id }] },
    },
  });
  expect(plankontor.id).toBeGreaterThan(0);
});

afterAll(async () => {
  await db.$disconnect();
  await dropDatabase(serverUrl, databaseName);
});

describe("success factors", () => {
  it("groups the factors under the four pillars in order, none empty, with the ten of project implementation under Verktøy", async () => {
    const pillars = await findPillarsWithFactors();
    expect(pillars.map((p) => p.slug)).toEqual(["fokus", "folk", "ramme", "verktoy"]);
    expect(pillars.every((p) => p.successFactors.length > 0)).toBe(true);
    expect(pillars.find((p) => p.slug === "verktoy")?.successFactors).toHaveLength(10);
    expect(pillars.every((p) => p.tagline.length > 0)).toBe(true);
  });

  it("a factor page lists published examples with their note on how, never unpublished ones", async () => {
    const factor = await findSuccessFactorBySlug("samarbeid");
    expect(factor?.questions.length).toBeGreaterThan(0);
    const { examples, total } = await projects.findPublishedProjectsShowingFactor("samarbeid", 100);
    expect(total).toEqual({ count: examples.length });
    const plankontor = examples.find((e) => e.project.slug === "nord-troms-plankontor");
    expect(plankontor?.note).toBe("Fem små kommuner bygde sammen et fagmiljø ingen av dem kunne hatt alene.");
    expect(examples.map((e) => e.project.slug)).not.toContain(HIDDEN_PROJECT);
    expect(examples.map((e) => e.note)).not.toContain("Hemmelig notat");
  });

  it("lists reports that discuss the factor, published only", async () => {
    const list = await reports.findPublishedReportsDiscussingFactor("samarbeid");
    expect(list.map((r) => r.slug)).not.toContain(HIDDEN_REPORT);
  });

  it("returns null for an unknown factor", async () => {
    expect(await findSuccessFactorBySlug("finnes-ikke")).toBeNull();
  });
});

describe("counties", () => {
  it("lists the 15 counties; counts only published examples, each once per county", async () => {
    const counties = await findCountiesWithCounts();
    expect(counties).toHaveLength(15);
    const troms = counties.find((c) => c.slug === "troms");
    const { projects: published, total } = await projects.findPublishedProjectsInCounty("55", 100);
    expect(troms?.projectCount).toBe(published.length);
    expect(total.count).toBe(published.length);
    expect((await projects.findPublishedProjectsInCounty("55", 2)).projects).toHaveLength(2);
    expect(published.length).toBeGreaterThan(0);
    expect(published.map((p) => p.slug)).not.toContain(HIDDEN_PROJECT);
  });

  it("a county page has its editorial text and the municipalities without examples", async () => {
    const county = await findCountyBySlug("troms");
    expect(county?.contactRole).toContain("fylkeskontakt");
    expect(county?.sources.length).toBeGreaterThan(0);
    const withExamples = await projects.findMunicipalityNumbersWithExamples("55");
    const without = county!.municipalities.filter((m) => !withExamples.has(m.number));
    // Harstad (5503) only has the unpublished candidate: it must still count as "no example yet".
    expect(without.map((m) => m.number)).toContain("5503");
    expect(without.map((m) => m.number)).not.toContain("5546");
  });

  it("returns null for an unknown county", async () => {
    expect(await findCountyBySlug("atlantis")).toBeNull();
  });
});

describe("focus areas", () => {
  it("counts, projects and reports leave out unpublished records", async () => {
    const areas = await findFocusAreasWithCounts();
    const { projects: published } = await projects.findPublishedProjectsInFocusArea("bredband", 100);
    expect(areas.find((a) => a.slug === "bredband")?.projectCount).toBe(published.length);
    expect(published.map((p) => p.slug)).not.toContain(HIDDEN_PROJECT);
    const list = await reports.findPublishedReportsInFocusArea("bredband");
    expect(list.map((r) => r.slug)).not.toContain(HIDDEN_REPORT);
    expect(await findFocusAreaBySlug("bredband")).toMatchObject({ slug: "bredband" });
  });
});

describe("reports", () => {
  it("a report page shows only published projects and never an unpublished report", async () => {
    const report = await reports.findPublishedReportBySlug("hatten-av");
    expect(report?.title).toContain("Hatten av");
    expect(report?.projects.map((p) => p.project.slug)).not.toContain(HIDDEN_PROJECT);
    expect(await reports.findPublishedReportBySlug(HIDDEN_REPORT)).toBeNull();
  });

  it("text search finds published reports and never the draft", async () => {
    const { filters } = parseReportFilters({ q: "prosjektleder" });
    const list = await reports.findPublishedReports(filters);
    expect(list.map((r) => r.slug)).toContain("hatten-av");
    expect(list.map((r) => r.slug)).not.toContain(HIDDEN_REPORT);
  });

  it("bad filter values are ignored with a message, and hostile text is just text", async () => {
    const all = await reports.findPublishedReports(parseReportFilters({}).filters);
    expect(all).toHaveLength(publishedReports);
    const { filters, problems } = parseReportFilters({ ar: "-1", type: "<script>", fokus: ["../etc", "'; drop table report;--"] });
    expect(problems.length).toBe(3);
    expect(await reports.findPublishedReports(filters)).toHaveLength(publishedReports);
    for (const q of ["'; DROP TABLE report; --", "100%", "a_b", '"unbalanced -or', "\\"]) {
      await expect(reports.findPublishedReports(parseReportFilters({ q }).filters)).resolves.toBeInstanceOf(Array);
    }
    expect(await db.report.count()).toBe(content.reports.length + 1);
  });

  it("filters by year, kind, publisher and focus area", async () => {
    const byYear = await reports.findPublishedReports(parseReportFilters({ ar: "2010" }).filters);
    expect(byYear.length).toBeGreaterThan(0);
    expect(byYear.every((r) => r.year === 2010)).toBe(true);
    const byKind = await reports.findPublishedReports(parseReportFilters({ type: "evaluering" }).filters);
    expect(byKind.every((r) => r.kind === "evaluering")).toBe(true);
    const byPublisher = await reports.findPublishedReports(parseReportFilters({ utgiver: "Distriktssenteret" }).filters);
    expect(byPublisher.every((r) => r.publishers.includes("Distriktssenteret"))).toBe(true);
    expect(byPublisher.map((r) => r.slug)).not.toContain(HIDDEN_REPORT);
    const options = await reports.findReportFilterOptions();
    expect(options.years).toEqual([...options.years].sort((a, b) => b - a));
  });
});

describe("projects", () => {
  it("similar examples are published, ranked, and exclude the project itself", async () => {
    const plankontor = await projects.findPublishedProjectBySlug("nord-troms-plankontor");
    const similar = await projects.findSimilarPublishedProjects(plankontor!.id, 4);
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.length).toBeLessThanOrEqual(4);
    const slugs = similar.map((p) => p.slug);
    expect(slugs).not.toContain("nord-troms-plankontor");
    expect(slugs).not.toContain(HIDDEN_PROJECT);
  });

  it("sitemap slugs are the published projects only", async () => {
    const slugs = (await projects.findPublishedProjectSlugs()).map((p) => p.slug);
    expect(slugs).toHaveLength(publishedProjects);
    expect(slugs).not.toContain(HIDDEN_PROJECT);
    expect((await reports.findPublishedReportSlugs()).map((r) => r.slug)).not.toContain(HIDDEN_REPORT);
  });
});

describe("pages", () => {
  it("reads the editorial pages, including the accessibility statement", async () => {
    expect((await findPageBySlug("forstehjelp"))?.title).toBe("Førstehjelpsmappe for prosjekteiere");
    const statement = await findPageBySlug("tilgjengelighet");
    expect(statement?.body).toContain("WCAG 2.1");
    expect(await findPageBySlug("finnes-ikke")).toBeNull();
  });
});
