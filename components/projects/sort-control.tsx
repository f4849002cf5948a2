import { useLocale, useTranslations } from "next-intl";
import { localizePath } from "@/lib/i18n/locale";
import { defaultProjectSort, projectFiltersToSearch, type TProjectFilters, type TProjectSort } from "@/lib/projects/filters";

/**
 * The order as one select of the filter form (on a phone, inside the folded filters). Its empty
 * choice is the default, so a search typed afterwards is sorted by relevance, not by the order
 * the list happened to have. Wording in the messages' "sort" group (label, sortedAs, help).
 */
export function ProjectSortSelect({ id, filters }: { id: string; filters: TProjectFilters }) {
  const t = useTranslations("sort");
  return (
    <div className="ds-field">
      <label className="ds-label" htmlFor={id}>
        {t("field")}
      </label>
      <select className="ds-input" id={id} name="sortering" defaultValue={filters.sortering ?? ""}>
        <option value="">{t("default")}</option>
        <option value="lagt-til">{t("label.lagt-til")}</option>
        <option value="periode">{t("label.periode")}</option>
      </select>
    </div>
  );
}

/**
 * The list's order as a small GET form beside the results, from the lg breakpoint up (on a phone
 * the filter form's select does it, so the results stay in the first screen): works without
 * JavaScript (the button submits), keeps every filter as a hidden field, starts again on page 1.
 */
export function ProjectSortControl({ filters }: { filters: TProjectFilters }) {
  const t = useTranslations("sort");
  const locale = useLocale();
  const current: TProjectSort = filters.sortering ?? defaultProjectSort(filters.q);
  const choices: TProjectSort[] = filters.q ? ["relevans", "lagt-til", "periode"] : ["lagt-til", "periode"];
  const hidden = [...new URLSearchParams(projectFiltersToSearch({ ...filters, sortering: null, side: 1 }))];
  return (
    <form action={localizePath("/prosjekter", locale)} method="get" className="hidden flex-wrap items-end gap-2 lg:flex" aria-label={t("field")}>
      {hidden.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <div className="ds-field">
        <label className="ds-label" htmlFor="sortering">
          {t("by")}
        </label>
        <p className="ds-paragraph text-sm" id="sortering-hjelp">
          {t(`help.${current}`)}
        </p>
        <select className="ds-input" id="sortering" name="sortering" defaultValue={current} aria-describedby="sortering-hjelp">
          {choices.map((sort) => (
            <option key={sort} value={sort}>
              {t(`label.${sort}`)}
            </option>
          ))}
        </select>
      </div>
      <button className="ds-button" data-variant="secondary" type="submit">
        {t("submit")}
      </button>
    </form>
  );
}
