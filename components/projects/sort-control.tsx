import { defaultProjectSort, projectFiltersToSearch, type TProjectFilters, type TProjectSort } from "@/lib/projects/filters";

/** What each order means, in the words the list shows beside its results. */
export const projectSortLabel: Record<TProjectSort, string> = {
  relevans: "Best treff på søketeksten",
  "lagt-til": "Sist lagt til i Kunnskapsbanken",
  periode: "Prosjektperiode, nyeste først",
};

/** "Sortert …": the order the list is in, as the result count says it. */
export const projectSortedAs: Record<TProjectSort, string> = {
  relevans: "etter hvor godt de passer søketeksten",
  "lagt-til": "etter når de ble lagt til i Kunnskapsbanken, nyeste først (ikke etter prosjektperioden)",
  periode: "etter prosjektperioden, nyeste startår først",
};

export const projectSortHelp: Record<TProjectSort, string> = {
  relevans: "Eksemplene som passer søketeksten best, først.",
  "lagt-til": "Etter når eksemplet ble publisert her, nyeste først – ikke når prosjektet ble gjennomført.",
  periode: "Etter prosjektets startår (og sluttår), nyeste først; eksempler uten kjent periode sist.",
};

/**
 * The order as one select of the filter form (on a phone, inside the folded filters). Its empty
 * choice is the default, so a search typed afterwards is sorted by relevance, not by the order
 * the list happened to have.
 */
export function ProjectSortSelect({ id, filters }: { id: string; filters: TProjectFilters }) {
  return (
    <div className="ds-field">
      <label className="ds-label" htmlFor={id}>
        Sortering
      </label>
      <select className="ds-input" id={id} name="sortering" defaultValue={filters.sortering ?? ""}>
        <option value="">Best treff ved søk, ellers sist lagt til</option>
        <option value="lagt-til">{projectSortLabel["lagt-til"]}</option>
        <option value="periode">{projectSortLabel.periode}</option>
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
  const current = filters.sortering ?? defaultProjectSort(filters.q);
  const choices: TProjectSort[] = filters.q ? ["relevans", "lagt-til", "periode"] : ["lagt-til", "periode"];
  const hidden = [...new URLSearchParams(projectFiltersToSearch({ ...filters, sortering: null, side: 1 }))];
  return (
    <form action="/prosjekter" method="get" className="hidden flex-wrap items-end gap-2 lg:flex" aria-label="Sortering">
      {hidden.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <div className="ds-field">
        <label className="ds-label" htmlFor="sortering">
          Sorter etter
        </label>
        <p className="ds-paragraph text-sm" id="sortering-hjelp">
          {projectSortHelp[current]}
        </p>
        <select className="ds-input" id="sortering" name="sortering" defaultValue={current} aria-describedby="sortering-hjelp">
          {choices.map((sort) => (
            <option key={sort} value={sort}>
              {projectSortLabel[sort]}
            </option>
          ))}
        </select>
      </div>
      <button className="ds-button" data-variant="secondary" type="submit">
        Sorter
      </button>
    </form>
  );
}
