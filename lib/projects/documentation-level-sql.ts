import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TDocumentationLevel } from "@/lib/projects/documentation-level";

/**
 * The rule of lib/projects/documentation-level.ts in SQL, for project `p`, in the three shapes the
 * queries need. They are one rule written three ways so that PostgreSQL can plan each well at
 * 100,000 examples (measured: a correlated CASE over all rows took ~1.9 s, the join form ~0.5 s);
 * an integration test checks that they agree.
 */

const hasPublishedEvaluation = Prisma.sql`EXISTS (SELECT 1 FROM project_report dl_pr JOIN report dl_r ON dl_r.id = dl_pr.report_id
    WHERE dl_pr.project_id = p.id AND dl_r.kind = 'evaluering' AND dl_r.state = 'publisert')`;
// A factor note, or a completed mapping guide (issue 13).
const hasFactorNote = Prisma.sql`(EXISTS (SELECT 1 FROM project_success_factor dl_f WHERE dl_f.project_id = p.id AND dl_f.note <> '')
    OR EXISTS (SELECT 1 FROM project_mapping dl_m WHERE dl_m.project_id = p.id AND dl_m.completed_at IS NOT NULL))`;

/** The level of one project as text; fine for a handful of rows. */
export const documentationLevelSql = Prisma.sql`(CASE WHEN ${hasPublishedEvaluation} THEN 'evaluert' WHEN ${hasFactorNote} THEN 'kartlagt' ELSE 'innmeldt' END)`;

/** A WHERE condition "p has this level": top-level EXISTS / NOT EXISTS, planned as (anti) semi-joins. */
export function documentationLevelIs(level: TDocumentationLevel): Prisma.Sql {
  if (level === "evaluert") return hasPublishedEvaluation;
  if (level === "kartlagt") return Prisma.sql`(NOT ${hasPublishedEvaluation} AND ${hasFactorNote})`;
  return Prisma.sql`(NOT ${hasPublishedEvaluation} AND NOT ${hasFactorNote})`;
}

/** Joins to add after `FROM project p …` so that `documentationLevelOfJoined` can group many rows. */
export const documentationLevelJoins = Prisma.sql`
  LEFT JOIN (SELECT DISTINCT dl_pr.project_id FROM project_report dl_pr JOIN report dl_r ON dl_r.id = dl_pr.report_id
    WHERE dl_r.kind = 'evaluering' AND dl_r.state = 'publisert') dl_ev ON dl_ev.project_id = p.id
  LEFT JOIN (SELECT dl_f.project_id FROM project_success_factor dl_f WHERE dl_f.note <> ''
    UNION SELECT dl_m.project_id FROM project_mapping dl_m WHERE dl_m.completed_at IS NOT NULL) dl_kn ON dl_kn.project_id = p.id`;

export const documentationLevelOfJoined = Prisma.sql`(CASE WHEN dl_ev.project_id IS NOT NULL THEN 'evaluert'
  WHEN dl_kn.project_id IS NOT NULL THEN 'kartlagt' ELSE 'innmeldt' END)`;

/** The same facts in a Prisma `select`, for cards and pages that already load a project. */
export const documentationCountsSelect = {
  _count: {
    select: {
      successFactors: { where: { note: { not: "" } } },
      reports: { where: { report: { kind: "evaluering", state: "publisert" } } },
    },
  },
  // Whether the mapping guide is complete: a one-to-one row, read by its key.
  mapping: { select: { completedAt: true } },
} as const;
