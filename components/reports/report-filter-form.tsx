import { Link } from "@/components/i18n/link";
import type { TReportFilters, TReportKind } from "@/lib/reports/filters";
import { useLocale, useTranslations } from "next-intl";
import { localizePath } from "@/lib/i18n/locale";

type Props = {
  filters: TReportFilters;
  focusAreas: { slug: string; name: string }[];
  years: number[];
  kinds: TReportKind[];
  publishers: string[];
};

/** A plain GET form: works without JavaScript, and every filtered list has its own URL. */
export function ReportFilterForm({ filters, focusAreas, years, kinds, publishers }: Props) {
  const t = useTranslations("reports");
  const tl = useTranslations("labels");
  const locale = useLocale();
  return (
    <form action={localizePath("/rapporter", locale)} method="get" className="space-y-4" aria-labelledby="filter-heading">
      <h2 id="filter-heading" className="ds-heading" data-size="sm">
        {t("filterHeading")}
      </h2>
      <div className="ds-field">
        <label className="ds-label" htmlFor="rapport-q">
          {t("searchLabel")}
        </label>
        <input className="ds-input" id="rapport-q" name="q" type="search" maxLength={200} defaultValue={filters.q ?? ""} />
      </div>
      <div className="ds-field">
        <label className="ds-label" htmlFor="rapport-ar">
          {t("year")}
        </label>
        <select className="ds-input" id="rapport-ar" name="ar" defaultValue={filters.ar ? String(filters.ar) : ""}>
          <option value="">{t("allYears")}</option>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
      <div className="ds-field">
        <label className="ds-label" htmlFor="rapport-type">
          {t("type")}
        </label>
        <select className="ds-input" id="rapport-type" name="type" defaultValue={filters.type ?? ""}>
          <option value="">{t("allTypes")}</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {tl(`reportKind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="ds-field">
        <label className="ds-label" htmlFor="rapport-utgiver">
          {t("publisher")}
        </label>
        <select className="ds-input" id="rapport-utgiver" name="utgiver" defaultValue={filters.utgiver ?? ""}>
          <option value="">{t("allPublishers")}</option>
          {publishers.map((publisher) => (
            <option key={publisher} value={publisher}>
              {publisher}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="ds-fieldset space-y-1">
        <legend className="ds-label">{t("focusAreas")}</legend>
        <p className="ds-paragraph text-sm">{t("atLeastOne")}</p>
        {focusAreas.map((area) => (
          <div key={area.slug} className="ds-field flex items-center gap-2" data-position="start">
            <input
              className="ds-input"
              type="checkbox"
              id={`rapport-fokus-${area.slug}`}
              name="fokus"
              value={area.slug}
              defaultChecked={filters.fokus.includes(area.slug)}
            />
            <label className="ds-label" data-weight="regular" htmlFor={`rapport-fokus-${area.slug}`}>
              {area.name}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <button className="ds-button" data-variant="primary" type="submit">
          {t("submit")}
        </button>
        <Link className="ds-link" href="/rapporter">
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
