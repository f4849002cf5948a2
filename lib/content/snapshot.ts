import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ContentSet } from "@/lib/content/load";
import type { TFunding, TGap, TProjectFile, TReportFile, TSource } from "@/lib/content/schemas";

/**
 * The database read back into the shape of content files. The exporter writes these; the
 * importer compares them with the files so that it changes only what differs; revisions store
 * them as snapshots.
 */
type Db = Pick<PrismaClient, "pillar" | "successFactor" | "focusArea" | "report" | "project" | "county" | "page">;

const orUndefined = <T>(value: T | null): T | undefined => (value === null ? undefined : value);
const isoDate = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : undefined);

export const projectSnapshotSelect = {
  slug: true,
  title: true,
  summary: true,
  body: true,
  startYear: true,
  endYear: true,
  status: true,
  owner: true,
  contact: true,
  funding: true,
  methods: true,
  results: true,
  lessons: true,
  transferability: true,
  sources: true,
  gaps: true,
  state: true,
  lastCheckedAt: true,
  language: true,
  municipalities: { select: { municipalityNumber: true } },
  focusAreas: { select: { focusArea: { select: { slug: true } } } },
  successFactors: { select: { note: true, successFactor: { select: { slug: true } } } },
  reports: { select: { report: { select: { slug: true } } } },
  tags: { select: { tag: { select: { name: true } } } },
} as const;

type ProjectRow = Awaited<ReturnType<typeof readProjectRows>>[number];
function readProjectRows(db: Db, where: { id?: number } = {}) {
  return db.project.findMany({ where, select: projectSnapshotSelect, orderBy: { slug: "asc" } });
}

export function projectRowToFile(p: ProjectRow): TProjectFile {
  return normalizeProject({
    slug: p.slug,
    title: p.title,
    summary: p.summary,
    // Bokmål is the default and is left out of the file.
    language: p.language === "nb" ? undefined : p.language,
    municipalities: p.municipalities.map((m) => m.municipalityNumber),
    startYear: orUndefined(p.startYear),
    endYear: orUndefined(p.endYear),
    status: p.status,
    owner: orUndefined(p.owner),
    contact: orUndefined(p.contact),
    funding: p.funding as TFunding[],
    methods: orUndefined(p.methods),
    results: orUndefined(p.results),
    lessons: orUndefined(p.lessons),
    transferability: orUndefined(p.transferability),
    focusAreas: p.focusAreas.map((f) => f.focusArea.slug),
    successFactors: p.successFactors.map((f) => ({ factor: f.successFactor.slug, note: f.note })),
    reports: p.reports.map((r) => r.report.slug),
    tags: p.tags.map((t) => t.tag.name),
    sources: p.sources as TSource[],
    gaps: p.gaps as TGap[],
    state: p.state,
    lastCheckedAt: isoDate(p.lastCheckedAt),
    body: p.body,
  });
}

/** Sets are kept sorted, so that the same record always has the same snapshot. */
export function normalizeProject(p: TProjectFile): TProjectFile {
  return {
    ...p,
    municipalities: [...new Set(p.municipalities)].sort(),
    focusAreas: [...new Set(p.focusAreas)].sort(),
    successFactors: [...p.successFactors].sort((a, b) => a.factor.localeCompare(b.factor)),
    reports: [...new Set(p.reports)].sort(),
    // Tags are lower-case, so that "Bolyst" and "bolyst" are one tag.
    tags: [...new Set(p.tags.map((t) => t.trim().toLowerCase()))].sort((a, b) => a.localeCompare(b, "nb")),
  };
}

export function normalizeReport(r: TReportFile): TReportFile {
  return { ...r, focusAreas: [...new Set(r.focusAreas)].sort(), successFactors: [...new Set(r.successFactors)].sort() };
}

export const reportSnapshotSelect = {
  slug: true,
  title: true,
  authors: true,
  publishers: true,
  year: true,
  series: true,
  number: true,
  kind: true,
  isbn: true,
  url: true,
  summary: true,
  body: true,
  sources: true,
  gaps: true,
  state: true,
  lastCheckedAt: true,
  language: true,
  focusAreas: { select: { focusArea: { select: { slug: true } } } },
  successFactors: { select: { successFactor: { select: { slug: true } } } },
} as const;

type ReportRow = Awaited<ReturnType<typeof readReportRows>>[number];
function readReportRows(db: Db, where: { id?: number } = {}) {
  return db.report.findMany({ where, select: reportSnapshotSelect, orderBy: { slug: "asc" } });
}

export function reportRowToFile(r: ReportRow): TReportFile {
  return normalizeReport({
    slug: r.slug,
    title: r.title,
    authors: r.authors,
    publishers: r.publishers,
    year: r.year,
    series: orUndefined(r.series),
    number: orUndefined(r.number),
    kind: r.kind,
    isbn: orUndefined(r.isbn),
    url: orUndefined(r.url),
    summary: r.summary,
    language: r.language === "nb" ? undefined : r.language,
    focusAreas: r.focusAreas.map((f) => f.focusArea.slug),
    successFactors: r.successFactors.map((f) => f.successFactor.slug),
    sources: r.sources as TSource[],
    gaps: r.gaps as TGap[],
    state: r.state,
    lastCheckedAt: isoDate(r.lastCheckedAt),
    body: r.body,
  });
}

export async function readProjectSnapshot(db: Db, id: number): Promise<TProjectFile | null> {
  const [row] = await readProjectRows(db, { id });
  return row ? projectRowToFile(row) : null;
}

export async function readReportSnapshot(db: Db, id: number): Promise<TReportFile | null> {
  const [row] = await readReportRows(db, { id });
  return row ? reportRowToFile(row) : null;
}

/** Everything in the database, as content files would hold it. */
export async function readContentFromDb(db: Db): Promise<ContentSet> {
  // One after another: inside an interactive transaction they share one connection.
  const pillars = await db.pillar.findMany({ orderBy: { slug: "asc" } });
  const factors = await db.successFactor.findMany({ orderBy: { slug: "asc" }, include: { pillar: { select: { slug: true } } } });
  const focusAreas = await db.focusArea.findMany({ orderBy: { slug: "asc" } });
  const reports = await readReportRows(db);
  const projects = await readProjectRows(db);
  const counties = await db.county.findMany({
    orderBy: { slug: "asc" },
    where: { OR: [{ contactRole: { not: null } }, { body: { not: null } }] },
  });
  const pages = await db.page.findMany({ orderBy: { slug: "asc" } });
  return {
    pillars: pillars.map((p) => ({ slug: p.slug, name: p.name, tagline: p.tagline, order: p.position, body: p.body })),
    "success-factors": factors.map((f) => ({
      slug: f.slug,
      name: f.name,
      pillar: f.pillar.slug,
      order: f.position,
      summary: f.summary,
      questions: f.questions,
      sources: f.sources as TSource[],
      body: f.body,
    })),
    "focus-areas": focusAreas.map((f) => ({
      slug: f.slug,
      name: f.name,
      summary: f.summary,
      order: orUndefined(f.position),
      sources: f.sources as TSource[],
      body: f.body,
    })),
    reports: reports.map(reportRowToFile),
    projects: projects.map(projectRowToFile),
    counties: counties.map((c) => ({
      slug: c.slug,
      number: c.number,
      contactRole: orUndefined(c.contactRole),
      sources: c.sources as TSource[],
      body: c.body ?? "",
    })),
    pages: pages.map((p) => ({
      slug: p.slug,
      title: p.title,
      description: p.description,
      sources: p.sources as TSource[],
      body: p.body,
    })),
  };
}

/** A stable string for comparing records: keys sorted, undefined left out. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** Top-level fields whose values differ between two snapshots. */
export function changedFields(before: object | null, after: object): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  return [...keys]
    .filter((k) => canonical((before as Record<string, unknown> | null)?.[k]) !== canonical((after as Record<string, unknown>)[k]))
    .sort();
}
