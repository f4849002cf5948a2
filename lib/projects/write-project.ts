import type { Prisma } from "@/lib/generated/prisma/client";
import type { TProjectFile } from "@/lib/content/schemas";
import { slugify } from "@/lib/slug";

/**
 * Writing a project's columns and links, shared by the content importer (lib/content/import.ts)
 * and the editors' saves (lib/projects/mutations.ts), so that both store a project the same way.
 */
type TProjectData = Omit<TProjectFile, "slug" | "state" | "body"> & { body?: string };

/** The scalar columns of a project (without slug and editorial state, which the callers own). */
export function projectColumns(p: TProjectData) {
  return {
    title: p.title,
    summary: p.summary,
    body: p.body ?? "",
    startYear: p.startYear ?? null,
    endYear: p.endYear ?? null,
    status: p.status,
    owner: p.owner ?? null,
    contact: p.contact ?? null,
    funding: p.funding,
    methods: p.methods ?? null,
    results: p.results ?? null,
    lessons: p.lessons ?? null,
    transferability: p.transferability ?? null,
    sources: p.sources,
    gaps: p.gaps,
    lastCheckedAt: p.lastCheckedAt ? new Date(p.lastCheckedAt) : null,
  };
}

/** Ids of the records a project links to, by slug; every slug the project names must be here. */
export type TLinkIds = { focusAreas: Map<string, number>; successFactors: Map<string, number>; reports: Map<string, number> };

/** Replaces a project's municipalities, focus areas, success factors (with notes), reports and tags. */
export async function replaceProjectLinks(
  tx: Prisma.TransactionClient,
  projectId: number,
  p: Pick<TProjectFile, "municipalities" | "focusAreas" | "successFactors" | "reports" | "tags">,
  ids: TLinkIds,
) {
  await tx.projectMunicipality.deleteMany({ where: { projectId } });
  await tx.projectMunicipality.createMany({ data: [...new Set(p.municipalities)].map((municipalityNumber) => ({ projectId, municipalityNumber })) });
  await tx.projectFocusArea.deleteMany({ where: { projectId } });
  await tx.projectFocusArea.createMany({ data: [...new Set(p.focusAreas)].map((slug) => ({ projectId, focusAreaId: ids.focusAreas.get(slug)! })) });
  await tx.projectSuccessFactor.deleteMany({ where: { projectId } });
  await tx.projectSuccessFactor.createMany({
    data: p.successFactors.map((f) => ({ projectId, successFactorId: ids.successFactors.get(f.factor)!, note: f.note })),
  });
  await tx.projectReport.deleteMany({ where: { projectId } });
  await tx.projectReport.createMany({ data: [...new Set(p.reports)].map((slug) => ({ projectId, reportId: ids.reports.get(slug)! })) });
  await tx.projectTag.deleteMany({ where: { projectId } });
  // Tags are lower-case, so that "Bolyst" and "bolyst" are one tag (as in lib/content/snapshot.ts).
  for (const name of [...new Set(p.tags.map((t) => t.trim().toLowerCase()))]) {
    const tag = await tx.tag.upsert({ where: { slug: slugify(name) }, create: { slug: slugify(name), name }, update: {}, select: { id: true } });
    await tx.projectTag.create({ data: { projectId, tagId: tag.id } });
  }
}
