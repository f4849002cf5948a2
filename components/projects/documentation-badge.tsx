import { useTranslations } from "next-intl";
import { documentationLevelOf } from "@/lib/projects/documentation-level";

type TCounts = { _count: { successFactors: number; reports: number }; mapping?: { completedAt: Date | null } | null };

/**
 * The documentation level as visible text (not colour only); with its meaning spelled out on the
 * project page. On cards it is one element (sixteen cards per list page, each sent in the HTML and the
 * React payload); what the levels mean is on the project page and /om.
 */
export function DocumentationBadge({ project, withExplanation = false }: { project: TCounts; withExplanation?: boolean }) {
  const level = documentationLevelOf({ factorNotes: project._count.successFactors, publishedEvaluations: project._count.reports, mappingComplete: Boolean(project.mapping?.completedAt) });
  const t = useTranslations("labels");
  const color = level === "evaluert" ? "success" : level === "kartlagt" ? "info" : "neutral";
  if (!withExplanation) {
    return (
      <span className="ds-tag" data-color={color} data-documentation-level={level}>
        {t("documentation", { level: t(`level.${level}`) })}
      </span>
    );
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2" data-documentation-level={level}>
      <span className="ds-tag" data-color={color} title={t(`levelExplanation.${level}`)}>
        {t("documentation", { level: t(`level.${level}`) })}
      </span>
      <span className="ds-paragraph text-sm">{t(`levelExplanation.${level}`)}</span>
    </span>
  );
}
