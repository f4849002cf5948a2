import type { useTranslations } from "next-intl";

type TLabels = ReturnType<typeof useTranslations<"labels">>;

/** "2011–2014", "frå 2011" / "fra 2011", or null: lib/projects/labels.ts's formatPeriod in the page's language. */
export function periodLabel(t: TLabels, startYear: number | null, endYear: number | null): string | null {
  if (startYear && endYear) return startYear === endYear ? String(startYear) : `${startYear}–${endYear}`;
  if (startYear) return t("periodFrom", { year: String(startYear) });
  if (endYear) return t("periodTo", { year: String(endYear) });
  return null;
}
