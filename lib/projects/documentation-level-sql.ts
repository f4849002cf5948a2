import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The documentation level of project `p` as an SQL expression (text: 'innmeldt' | 'kartlagt' |
 * 'evaluert'): the rule of lib/projects/documentation-level.ts. Both branches are index lookups on
 * the primary keys of project_report and project_success_factor (project_id first), so it can
 * filter and group 100,000 examples without a stored column to keep in step.
 */
export const documentationLevelSql = Prisma.sql`(CASE
  WHEN EXISTS (SELECT 1 FROM project_report dl_pr JOIN report dl_r ON dl_r.id = dl_pr.report_id
    WHERE dl_pr.project_id = p.id AND dl_r.kind = 'evaluering' AND dl_r.state = 'publisert') THEN 'evaluert'
  WHEN EXISTS (SELECT 1 FROM project_success_factor dl_f WHERE dl_f.project_id = p.id AND dl_f.note <> '') THEN 'kartlagt'
  ELSE 'innmeldt' END)`;

/** The same facts in a Prisma `select`, for cards and pages that already load a project. */
export const documentationCountsSelect = {
  _count: {
    select: {
      successFactors: { where: { note: { not: "" } } },
      reports: { where: { report: { kind: "evaluering", state: "publisert" } } },
    },
  },
} as const;
