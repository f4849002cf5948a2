import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/i18n/link";
import { localizePath } from "@/lib/i18n/locale";
import type { TProjectFilters } from "@/lib/projects/filters";
import { MAX_YEAR, MIN_YEAR, moreFiltersInUse, projectListHref } from "@/lib/projects/filters";
import { FacetChoices, FacetSelect, type TChoice } from "@/components/projects/facet-choices";
import { ProjectSortSelect } from "@/components/projects/sort-control";
import type { TFacetOption } from "@/lib/search/project-search";
import { MAX_QUERY_LENGTH } from "@/lib/search/parse-query";
import { POPULATION_YEAR, TREND_THRESHOLD_PERCENT, TREND_YEARS } from "@/lib/places/population";

type TFacets = Record<"fokus" | "faktor" | "fylke" | "kommune" | "status" | "innbyggere" | "utvikling", TFacetOption[]> & { dokumentasjon?: TFacetOption[] };

const tuples = (options: TFacetOption[]): TChoice[] => options.map((o) => [o.value, o.label, o.count, o.selected ? 1 : 0]);

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
      <FacetChoices type="radio" name={name} choices={tuples(options)} all={t("all")} />
    </fieldset>
  );
}

function CheckboxGroup({ legend, name, options }: { legend: string; name: string; options: TFacetOption[] }) {
  const t = useTranslations("filters");
  return (
    <fieldset className="ds-fieldset space-y-1">
      <legend className="ds-label">{legend}</legend>
      <p className="ds-paragraph text-sm">{t("atLeastOne")}</p>
      <FacetChoices type="checkbox" name={name} choices={tuples(options)} />
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
      <FacetSelect id={id} name={name} choices={tuples(options)} value={value ?? ""} all={t("all")} />
    </div>
  );
}

/** The filters as a plain GET form: works without JavaScript, and the URL is the state. */
/** `?filtre=alle` shows the rarely used filter groups (read by the page, not a filter itself). */
export const MORE_FILTERS_PARAM = "filtre";
export const MORE_FILTERS_VALUE = "alle";

export function ProjectFilterForm({ filters, facets, moreAsked = false }: { filters: TProjectFilters; facets: TFacets; moreAsked?: boolean }) {
  const moreInUse = moreFiltersInUse(filters);
  const showMore = moreAsked || moreInUse;
  const here = projectListHref(filters);
  const moreHref = `${here}${here.includes("?") ? "&" : "?"}${MORE_FILTERS_PARAM}=${MORE_FILTERS_VALUE}#flere-filtre`;
  const t = useTranslations("filters");
  const tp = useTranslations("population");
  const locale = useLocale();
  return (
    <form action={localizePath("/prosjekter", locale)} method="get" className="space-y-6" aria-labelledby="filter-heading">
      <h2 id="filter-heading" className="ds-heading" data-size="sm">
        {t("heading")}
      </h2>
      {/* The order: on a phone chosen here (the form beside the results shows from lg up); on a
          desktop this select is hidden but still submitted, so the order stays when filters change. */}
      <div className="lg:hidden">
        <ProjectSortSelect id="filter-sortering" filters={filters} />
      </div>
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
      <fieldset className="ds-fieldset space-y-1">
        <legend className="ds-label">{t("status")}</legend>
        <FacetChoices type="radio" name="status" choices={tuples(facets.status)} all={t("all")} allChecked={!filters.status} />
      </fieldset>
      {/* The rarely used groups are left out until asked for (a link, so it works without
          JavaScript) or in use: folded in a <details> they would still weigh a fifth of the
          page, sent in the HTML and again in the React payload. */}
      {!showMore ? (
        <p className="ds-paragraph">
          <Link className="ds-link" href={moreHref}>
            {t("moreFilters")}
          </Link>
        </p>
      ) : (
        <div className="space-y-6" id="flere-filtre">
          {!moreInUse && <input type="hidden" name={MORE_FILTERS_PARAM} value={MORE_FILTERS_VALUE} />}
          <CheckboxGroup legend={t("factor")} name="faktor" options={facets.faktor} />
          <RadioGroup
            legend={t("population")}
            name="innbyggere"
            options={facets.innbyggere}
            help={t("populationHelp", { year: String(POPULATION_YEAR), source: tp("source") })}
          />
          <RadioGroup
            legend={t("growth")}
            name="utvikling"
            options={facets.utvikling}
            help={t("growthHelp", { years: TREND_YEARS, from: String(POPULATION_YEAR - TREND_YEARS), to: String(POPULATION_YEAR), threshold: TREND_THRESHOLD_PERCENT, source: tp("source") })}
          />
          <fieldset className="ds-fieldset space-y-1" aria-describedby="dokumentasjon-hjelp">
            <legend className="ds-label">{t("documentation")}</legend>
            <p className="ds-paragraph text-sm" id="dokumentasjon-hjelp">
              {t.rich("documentationHelp", { link: (chunks) => <Link className="ds-link" href="/om#dokumentasjonsniva">{chunks}</Link> })}
            </p>
            <FacetChoices type="radio" name="dokumentasjon" choices={tuples(facets.dokumentasjon ?? [])} all={t("all")} allChecked={!filters.dokumentasjon} />
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
        </div>
      )}
      <button className="ds-button" data-variant="primary" type="submit">
        {t("submit")}
      </button>
    </form>
  );
}
