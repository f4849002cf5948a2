import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/i18n/link";
import { localizePath } from "@/lib/i18n/locale";
import type { TProjectFilters } from "@/lib/projects/filters";
import { MAX_YEAR, MIN_YEAR } from "@/lib/projects/filters";
import type { TFacetOption } from "@/lib/search/project-search";
import { MAX_QUERY_LENGTH } from "@/lib/search/parse-query";
import { POPULATION_SOURCE, POPULATION_YEAR, TREND_THRESHOLD_PERCENT, TREND_YEARS } from "@/lib/places/population";

type TFacets = Record<"fokus" | "faktor" | "fylke" | "kommune" | "status" | "innbyggere" | "utvikling", TFacetOption[]> & { dokumentasjon?: TFacetOption[] };

/** One choice of several, "Alle" first (for the population filters). */
function RadioGroup({ legend, name, options, help }: { legend: string; name: string; options: TFacetOption[]; help: string }) {
  const t = useTranslations("filters");
  const helpId = `${name}-hjelp`;
  return (
    <fieldset className="ds-fieldset space-y-1" aria-describedby={helpId}>
      <legend className="ds-label">{legend}</legend>
      <p className="ds-paragraph text-sm" id={helpId}>
        {help}
      </p>
      <div className="ds-field">
        <input className="ds-input" type="radio" id={`${name}-alle`} name={name} value="" defaultChecked={!options.some((o) => o.selected)} />
        <label className="ds-label" data-weight="regular" htmlFor={`${name}-alle`}>
          {t("all")}
        </label>
      </div>
      {options.map((option) => (
        <div className="ds-field" key={option.value}>
          <input className="ds-input" type="radio" id={`${name}-${option.value}`} name={name} value={option.value} defaultChecked={option.selected} />
          <label className="ds-label" data-weight="regular" htmlFor={`${name}-${option.value}`}>
            {option.label} <span className="text-sm">({option.count})</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}

function CheckboxGroup({ legend, name, options }: { legend: string; name: string; options: TFacetOption[] }) {
  const t = useTranslations("filters");
  return (
    <fieldset className="ds-fieldset space-y-1">
      <legend className="ds-label">{legend}</legend>
      <p className="ds-paragraph text-sm">{t("atLeastOne")}</p>
      {options.map((option) => {
        const id = `${name}-${option.value}`;
        return (
          <div className="ds-field" key={option.value}>
            <input className="ds-input" type="checkbox" id={id} name={name} value={option.value} defaultChecked={option.selected} />
            <label className="ds-label" data-weight="regular" htmlFor={id}>
              {option.label} <span className="text-sm">({option.count})</span>
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

function Select({ label, id, name, options, value }: { label: string; id: string; name: string; options: TFacetOption[]; value: string | null }) {
  const t = useTranslations("filters");
  return (
    <div className="ds-field">
      <label className="ds-label" htmlFor={id}>
        {label}
      </label>
      <select className="ds-input" id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{t("all")}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label} ({option.count})
          </option>
        ))}
      </select>
    </div>
  );
}

/** The filters as a plain GET form: works without JavaScript, and the URL is the state. */
export function ProjectFilterForm({ filters, facets }: { filters: TProjectFilters; facets: TFacets }) {
  const t = useTranslations("filters");
  const locale = useLocale();
  return (
    <form action={localizePath("/prosjekter", locale)} method="get" className="space-y-6" aria-labelledby="filter-heading">
      <h2 id="filter-heading" className="ds-heading" data-size="sm">
        {t("heading")}
      </h2>
      <div className="ds-field" role="search">
        <label className="ds-label" htmlFor="prosjekter-q">
          {t("searchLabel")}
        </label>
        <input className="ds-input" id="prosjekter-q" name="q" type="search" maxLength={MAX_QUERY_LENGTH} defaultValue={filters.q} />
      </div>
      <button className="ds-button" data-variant="primary" type="submit">
        {t("submit")}
      </button>
      <CheckboxGroup legend={t("focus")} name="fokus" options={facets.fokus} />
      <Select label={t("county")} id="prosjekter-fylke" name="fylke" options={facets.fylke} value={filters.fylke} />
      {facets.kommune.length > 0 ? (
        <Select label={t("municipality")} id="prosjekter-kommune" name="kommune" options={facets.kommune} value={filters.kommune} />
      ) : (
        <p className="ds-paragraph text-sm">{t("pickCountyFirst")}</p>
      )}
      <CheckboxGroup legend={t("factor")} name="faktor" options={facets.faktor} />
      <fieldset className="ds-fieldset space-y-1">
        <legend className="ds-label">{t("status")}</legend>
        <div className="ds-field">
          <input className="ds-input" type="radio" id="status-alle" name="status" value="" defaultChecked={!filters.status} />
          <label className="ds-label" data-weight="regular" htmlFor="status-alle">
            {t("all")}
          </label>
        </div>
        {facets.status.map((option) => (
          <div className="ds-field" key={option.value}>
            <input className="ds-input" type="radio" id={`status-${option.value}`} name="status" value={option.value} defaultChecked={option.selected} />
            <label className="ds-label" data-weight="regular" htmlFor={`status-${option.value}`}>
              {option.label} <span className="text-sm">({option.count})</span>
            </label>
          </div>
        ))}
      </fieldset>
      <RadioGroup
        legend={t("population")}
        name="innbyggere"
        options={facets.innbyggere}
        help={t("populationHelp", { year: String(POPULATION_YEAR), source: POPULATION_SOURCE })}
      />
      <RadioGroup
        legend={t("growth")}
        name="utvikling"
        options={facets.utvikling}
        help={t("growthHelp", { years: TREND_YEARS, from: String(POPULATION_YEAR - TREND_YEARS), to: String(POPULATION_YEAR), threshold: TREND_THRESHOLD_PERCENT, source: POPULATION_SOURCE })}
      />
      <fieldset className="ds-fieldset space-y-1" aria-describedby="dokumentasjon-hjelp">
        <legend className="ds-label">{t("documentation")}</legend>
        <p className="ds-paragraph text-sm" id="dokumentasjon-hjelp">
          {t.rich("documentationHelp", { link: (chunks) => <Link className="ds-link" href="/om#dokumentasjonsniva">{chunks}</Link> })}
        </p>
        <div className="ds-field">
          <input className="ds-input" type="radio" id="dokumentasjon-alle" name="dokumentasjon" value="" defaultChecked={!filters.dokumentasjon} />
          <label className="ds-label" data-weight="regular" htmlFor="dokumentasjon-alle">
            {t("all")}
          </label>
        </div>
        {(facets.dokumentasjon ?? []).map((option) => (
          <div className="ds-field" key={option.value}>
            <input className="ds-input" type="radio" id={`dokumentasjon-${option.value}`} name="dokumentasjon" value={option.value} defaultChecked={option.selected} />
            <label className="ds-label" data-weight="regular" htmlFor={`dokumentasjon-${option.value}`}>
              {option.label} <span className="text-sm">({option.count})</span>
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset className="ds-fieldset space-y-2">
        <legend className="ds-label">{t("period")}</legend>
        <p className="ds-paragraph text-sm" id="periode-hjelp">
          {t("periodHelp")}
        </p>
        <div className="flex gap-3">
          <div className="ds-field">
            <label className="ds-label" htmlFor="prosjekter-fra">
              {t("from")}
            </label>
            <input className="ds-input w-28" id="prosjekter-fra" name="fra" type="number" inputMode="numeric" min={MIN_YEAR} max={MAX_YEAR} defaultValue={filters.fra ?? ""} aria-describedby="periode-hjelp" />
          </div>
          <div className="ds-field">
            <label className="ds-label" htmlFor="prosjekter-til">
              {t("to")}
            </label>
            <input className="ds-input w-28" id="prosjekter-til" name="til" type="number" inputMode="numeric" min={MIN_YEAR} max={MAX_YEAR} defaultValue={filters.til ?? ""} aria-describedby="periode-hjelp" />
          </div>
        </div>
      </fieldset>
      <button className="ds-button" data-variant="primary" type="submit">
        {t("submit")}
      </button>
    </form>
  );
}
