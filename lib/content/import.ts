import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { defaultContentDir, loadContent, type ContentSet } from "@/lib/content/load";
import { canonical, changedFields, readContentFromDb } from "@/lib/content/snapshot";
import { syncReferenceData } from "@/lib/places/sync-reference";
import { projectColumns, replaceProjectLinks } from "@/lib/projects/write-project";
import { replaceReportLinks, reportColumns } from "@/lib/reports/write-report";

import { CONTENT_HASH_KEY, contentHash } from "@/lib/content/hash";

export type ImportSummary = {
  referenceDataLoaded: boolean;
  created: string[];
  updated: string[];
  unchanged: number;
};

/**
 * Validates all of content/ and then upserts it by slug in one transaction: either every file is
 * good and the database matches the files afterwards, or nothing changes at all. Records whose
 * data already match their file are left untouched (export then import changes nothing).
 */
export async function importContent(db: PrismaClient, dir: string = defaultContentDir): Promise<ImportSummary> {
  const content = loadContent(dir); // throws ContentError, before any write
  const hash = contentHash(dir);
  return db.$transaction(
    async (tx) => {
      const summary: ImportSummary = { referenceDataLoaded: await syncReferenceData(tx), created: [], updated: [], unchanged: 0 };
      await writeContent(tx, content, summary);
      await tx.appMeta.upsert({ where: { key: CONTENT_HASH_KEY }, create: { key: CONTENT_HASH_KEY, value: hash }, update: { value: hash } });
      return summary;
    },
    { timeout: 300_000, maxWait: 20_000 },
  );
}

async function writeContent(tx: Prisma.TransactionClient, content: ContentSet, summary: ImportSummary) {
  const existing = await readContentFromDb(tx);
  const bySlug = <T extends { slug: string }>(records: T[]) => new Map(records.map((r) => [r.slug, r]));

  /** Calls write() for records that differ from the database and keeps count. */
  async function sync<T extends { slug: string }>(kind: keyof ContentSet, files: T[], write: (file: T, before: T | undefined) => Promise<void>) {
    const before = bySlug(existing[kind] as unknown as T[]);
    for (const file of files) {
      const old = before.get(file.slug);
      if (old && canonical(old) === canonical(file)) {
        summary.unchanged += 1;
        continue;
      }
      await write(file, old);
      (old ? summary.updated : summary.created).push(`${kind}/${file.slug}`);
    }
  }

  await sync("pillars", content.pillars, async (p) => {
    const data = { name: p.name, tagline: p.tagline, position: p.order, body: p.body };
    await tx.pillar.upsert({ where: { slug: p.slug }, create: { slug: p.slug, ...data }, update: data });
  });

  const pillarIds = new Map((await tx.pillar.findMany({ select: { id: true, slug: true } })).map((p) => [p.slug, p.id]));
  await sync("success-factors", content["success-factors"], async (f) => {
    const data = {
      name: f.name,
      pillarId: pillarIds.get(f.pillar)!,
      position: f.order,
      summary: f.summary,
      questions: f.questions,
      sources: f.sources,
      body: f.body,
    };
    await tx.successFactor.upsert({ where: { slug: f.slug }, create: { slug: f.slug, ...data }, update: data });
  });

  await sync("focus-areas", content["focus-areas"], async (f) => {
    const data = { name: f.name, summary: f.summary, position: f.order ?? null, sources: f.sources, body: f.body };
    await tx.focusArea.upsert({ where: { slug: f.slug }, create: { slug: f.slug, ...data }, update: data });
  });

  const focusIds = new Map((await tx.focusArea.findMany({ select: { id: true, slug: true } })).map((f) => [f.slug, f.id]));
  const factorIds = new Map((await tx.successFactor.findMany({ select: { id: true, slug: true } })).map((f) => [f.slug, f.id]));
  const now = new Date();

  await sync("reports", content.reports, async (r, before) => {
    const data = {
      ...reportColumns(r),
      language: r.language ?? "nb",
      gaps: r.gaps,
      state: r.state,
      lastCheckedAt: r.lastCheckedAt ? new Date(r.lastCheckedAt) : null,
    };
    const saved = await tx.report.upsert({
      where: { slug: r.slug },
      create: { slug: r.slug, ...data, publishedAt: r.state === "publisert" ? now : null },
      update: { ...data, version: { increment: 1 } },
      select: { id: true, version: true, publishedAt: true },
    });
    if (r.state === "publisert" && !saved.publishedAt) await tx.report.update({ where: { id: saved.id }, data: { publishedAt: now } });
    await replaceReportLinks(tx, saved.id, r, { focusAreas: focusIds, successFactors: factorIds });
    await tx.revision.create({
      data: { entityType: "report", entityId: saved.id, version: saved.version, snapshot: r, changed: changedFields(before ?? null, r), comment: "Importert fra content/" },
    });
  });

  const reportIds = new Map((await tx.report.findMany({ select: { id: true, slug: true } })).map((r) => [r.slug, r.id]));

  await sync("projects", content.projects, async (p, before) => {
    const data = { ...projectColumns(p), state: p.state, language: p.language ?? "nb" };
    const saved = await tx.project.upsert({
      where: { slug: p.slug },
      create: { slug: p.slug, ...data, publishedAt: p.state === "publisert" ? now : null },
      update: { ...data, version: { increment: 1 } },
      select: { id: true, version: true, publishedAt: true },
    });
    const projectId = saved.id;
    if (p.state === "publisert" && !saved.publishedAt) await tx.project.update({ where: { id: projectId }, data: { publishedAt: now } });
    await replaceProjectLinks(tx, projectId, p, { focusAreas: focusIds, successFactors: factorIds, reports: reportIds });
    await tx.revision.create({
      data: { entityType: "project", entityId: projectId, version: saved.version, snapshot: p, changed: changedFields(before ?? null, p), comment: "Importert fra content/" },
    });
  });

  await sync("counties", content.counties, async (c) => {
    await tx.county.update({
      where: { number: c.number },
      data: { contactRole: c.contactRole ?? null, body: c.body, sources: c.sources },
    });
  });

  await sync("pages", content.pages, async (p) => {
    const data = { title: p.title, description: p.description, body: p.body, sources: p.sources };
    await tx.page.upsert({ where: { slug: p.slug }, create: { slug: p.slug, ...data }, update: data });
  });
}
