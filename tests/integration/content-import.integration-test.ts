import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { exportContent } from "@/lib/content/export";
import { importContent } from "@/lib/content/import";
import { ContentError, loadContent } from "@/lib/content/load";
import { writeContentFixture } from "@/tests/support/content-fixture";
import { createIsolatedDatabase } from "@/tests/support/isolated-database";
import { defined } from "@/tests/support/defined";

// This file starts from an empty database: the first import must load everything.
const database = await createIsolatedDatabase("import");
const db = createPrismaClient(database.url);
afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

/** Row counts of every content table: "nothing changed" means these and the data are equal. */
async function counts() {
  return {
    pillars: await db.pillar.count(),
    factors: await db.successFactor.count(),
    focusAreas: await db.focusArea.count(),
    reports: await db.report.count(),
    projects: await db.project.count(),
    revisions: await db.revision.count(),
    pages: await db.page.count(),
  };
}

describe("content import", () => {
  let firstImport: Awaited<ReturnType<typeof importContent>>;
  beforeAll(async () => {
    firstImport = await importContent(db);
  });

  it("imports all of content/ into an empty database, with the reference data", async () => {
    const content = loadContent();
    expect(firstImport.referenceDataLoaded).toBe(true);
    expect(firstImport.updated).toEqual([]);
    expect(await db.county.count()).toBe(15);
    expect(await db.municipality.count()).toBe(357);
    expect(await db.project.count()).toBe(content.projects.length);
    expect(await db.successFactor.count()).toBe(content["success-factors"].length);
    // The ten factors of project implementation stay under Verktøy; the other pillars have their own.
    expect(content["success-factors"].filter((f) => f.pillar === "verktoy")).toHaveLength(10);
    expect(content.projects.length).toBeGreaterThan(0);
  });

  it("changes nothing when imported again", async () => {
    const before = await counts();
    const again = await importContent(db);
    expect(again).toMatchObject({ referenceDataLoaded: false, created: [], updated: [] });
    expect(await counts()).toEqual(before);
  });

  it("stores what the sources do not say, for projects and reports, as the files list it", async () => {
    const content = loadContent();
    const project = content.projects.find((p) => p.gaps.some((gap) => gap.note));
    const report = content.reports.find((r) => r.gaps.length > 0);
    expect(project && report).toBeTruthy();
    expect((await db.project.findUniqueOrThrow({ where: { slug: project!.slug }, select: { gaps: true } })).gaps).toEqual(project!.gaps);
    expect((await db.report.findUniqueOrThrow({ where: { slug: report!.slug }, select: { gaps: true } })).gaps).toEqual(report!.gaps);
  });

  it("export then import changes nothing", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kb-export-"));
    const exported = await exportContent(db, dir);
    expect(exported.written.length).toBeGreaterThan(0);
    // The gaps travel through the files too.
    const gapped = loadContent().projects.find((p) => p.gaps.length > 0)!;
    expect(fs.readFileSync(path.join(dir, "projects", `${gapped.slug}.md`), "utf8")).toContain(`topic: ${defined(gapped.gaps[0]).topic}`);
    const before = await counts();
    const reimport = await importContent(db, dir);
    expect(reimport.created).toEqual([]);
    expect(reimport.updated).toEqual([]);
    expect(await counts()).toEqual(before);
    // And a second export of the same data writes nothing.
    expect((await exportContent(db, dir)).written).toEqual([]);
  });

  it("changes nothing at all when one file is bad", async () => {
    const before = await counts();
    const dir = writeContentFixture({
      "projects/prosjekt-a.md": '---\nslug: prosjekt-a\ntitle: P\nsummary: S.\nstatus: avsluttet\nmunicipalities: ["9999"]\nsources:\n  - title: K\n---\n',
    });
    await expect(importContent(db, dir)).rejects.toThrow(ContentError);
    await expect(importContent(db, dir)).rejects.toThrow(/prosjekt-a\.md: municipalities\[0\]: 9999 er ikke et kjent kommunenummer/);
    expect(await counts()).toEqual(before);
    expect(await db.focusArea.findUnique({ where: { slug: "bredband" }, select: { summary: true } })).not.toEqual({ summary: "Utbygging av bredbånd." });
  });

  it("places a project that names a former municipality number on today's municipality", async () => {
    const dir = writeContentFixture();
    await importContent(db, dir);
    const project = await db.project.findUniqueOrThrow({
      where: { slug: "prosjekt-a" },
      select: { municipalities: { select: { municipality: { select: { number: true, name: true } } } }, version: true },
    });
    expect(project.municipalities).toEqual([{ municipality: { number: "5501", name: "Tromsø" } }]);
    const revisions = await db.revision.findMany({ where: { entityType: "project", entityId: { not: undefined } }, select: { version: true } });
    expect(revisions.length).toBeGreaterThan(0);
  });

  it("stores the language a text is written in (nynorsk), exports it, and leaves bokmål out of the file", async () => {
    const dir = writeContentFixture({
      "projects/prosjekt-a.md":
        "---\nslug: prosjekt-a\ntitle: Prosjekt A\nsummary: Samandrag.\nlanguage: nn\nmunicipalities: [\"1902\"]\nstatus: avsluttet\nfocusAreas: [bredband]\nsources:\n  - title: Kjelde\n---\nBrødtekst.\n",
    });
    await importContent(db, dir);
    expect(await db.project.findUniqueOrThrow({ where: { slug: "prosjekt-a" }, select: { language: true } })).toEqual({ language: "nn" });
    expect(await db.report.findUniqueOrThrow({ where: { slug: "rapport-a" }, select: { language: true } })).toEqual({ language: "nb" });
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "kb-export-"));
    await exportContent(db, out);
    expect(fs.readFileSync(path.join(out, "projects", "prosjekt-a.md"), "utf8")).toMatch(/^language: nn$/m);
    expect(fs.readFileSync(path.join(out, "reports", "rapport-a.md"), "utf8")).not.toMatch(/^language:/m);
    const bad = writeContentFixture({ "reports/rapport-a.md": "---\nslug: rapport-a\ntitle: R\nyear: 2010\nkind: analyse\nsummary: S.\nlanguage: en\nsources:\n  - title: K\n---\n" });
    await expect(importContent(db, bad)).rejects.toThrow(/language: må være nb \(bokmål\) eller nn \(nynorsk\)/);
  });
});
