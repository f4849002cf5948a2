import type { TReportFile } from "@/lib/content/schemas";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Writing a report's columns and links, shared by the content importer (lib/content/import.ts)
 * and the editors' saves (lib/reports/commands.ts), so that both store a report the same way.
 * (Projects: lib/projects/write-project.ts.)
 */
type TReportData = Omit<TReportFile, "slug" | "state" | "gaps" | "lastCheckedAt">;

/** The columns an editor and a content file both own (without slug, state, gaps and check date, which the callers own). */
export function reportColumns(r: TReportData) {
  return {
    title: r.title,
    authors: r.authors,
    publishers: r.publishers,
    year: r.year,
    series: r.series ?? null,
    number: r.number ?? null,
    kind: r.kind,
    isbn: r.isbn ?? null,
    url: r.url ?? null,
    summary: r.summary,
    body: r.body,
    sources: r.sources,
  };
}

/** Ids of the records a report links to, by slug; every slug the report names must be here. */
export type TReportLinkIds = { focusAreas: Map<string, number>; successFactors: Map<string, number> };

/** Replaces a report's focus areas and success factors. */
export async function replaceReportLinks(tx: Prisma.TransactionClient, reportId: number, r: Pick<TReportFile, "focusAreas" | "successFactors">, ids: TReportLinkIds) {
  await tx.reportFocusArea.deleteMany({ where: { reportId } });
  await tx.reportFocusArea.createMany({ data: [...new Set(r.focusAreas)].map((slug) => ({ reportId, focusAreaId: ids.focusAreas.get(slug)! })) });
  await tx.reportSuccessFactor.deleteMany({ where: { reportId } });
  await tx.reportSuccessFactor.createMany({ data: [...new Set(r.successFactors)].map((slug) => ({ reportId, successFactorId: ids.successFactors.get(slug)! })) });
}
