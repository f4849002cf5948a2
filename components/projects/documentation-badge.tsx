import { useTranslations } from "next-intl";
import { documentationLevelOf } from "@/lib/projects/documentation-level";

type TCounts = { _count: { successFactors: number; reports: number } };

/** The documentation level as visible text (not colour only), with its meaning for screen readers. */
export function DocumentationBadge({ project, withExplanation = false }: { project: TCounts; withExplanation?: boolean }) {
  const level = documentationLevelOf({ factorNotes: project._count.successFactors, publishedEvaluations: project._count.reports });
  const t = useTranslations("labels");
  const color = level === "evaluert" ? "success" : level === "kartlagt" ? "info" : "neutral";
  return (
    <span className="inline-flex flex-wrap items-center gap-2" data-documentation-level={level}>
      <span className="ds-tag" data-color={color} title={t(`levelExplanation.${level}`)}>
        {t("documentation", { level: t(`level.${level}`) })}
      </span>
      {withExplanation && <span className="ds-paragraph text-sm">{t(`levelExplanation.${level}`)}</span>}
    </span>
  );
}
