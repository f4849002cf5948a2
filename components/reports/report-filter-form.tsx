import Link from "next/link";
import type { TReportFilters, TReportKind } from "@/lib/reports/filters";
import { reportKindLabel } from "@/lib/projects/labels";

type Props = {
  filters: TReportFilters;
  focusAreas: { slug: string; name: string }[];
  years: number[];
  kinds: TReportKind[];
  publishers: string[];
};

/** A plain GET form: works without JavaScript, and every filtered list has its own URL. */
export function ReportFilterForm({ filters, focusAreas, years, kinds, publishers }: Props) {
  return (
    <form action="/rapporter" method="get" className="space-y-4" aria-labelledby="filter-heading">
      <h2 id="filter-heading" className="ds-heading" data-size="sm">
        Filtrer rapportene
      </h2>
      <div className="ds-field">
        <label className="ds-label" htmlFor="rapport-q">
          Søk i tittel og sammendrag
        </label>
        <input className="ds-input" id="rapport-q" name="q" type="search" maxLength={200} defaultValue={filters.q ?? ""} />
      </div>
      <div className="ds-field">
        <label className="ds-label" htmlFor="rapport-ar">
          År
        </label>
        <select className="ds-input" id="rapport-ar" name="ar" defaultValue={filters.ar ? String(filters.ar) : ""}>
          <option value="">Alle år</option>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
      <div className="ds-field">
        <label className="ds-label" htmlFor="rapport-type">
          Type
        </label>
        <select className="ds-input" id="rapport-type" name="type" defaultValue={filters.type ?? ""}>
          <option value="">Alle typer</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {reportKindLabel[kind]}
            </option>
          ))}
        </select>
      </div>
      <div className="ds-field">
        <label className="ds-label" htmlFor="rapport-utgiver">
          Utgiver
        </label>
        <select className="ds-input" id="rapport-utgiver" name="utgiver" defaultValue={filters.utgiver ?? ""}>
          <option value="">Alle utgivere</option>
          {publishers.map((publisher) => (
            <option key={publisher} value={publisher}>
              {publisher}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="ds-fieldset space-y-1">
        <legend className="ds-label">Fokusområder</legend>
        <p className="ds-paragraph text-sm">Viser rapporter om minst ett av de valgte.</p>
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
          Vis rapporter
        </button>
        <Link className="ds-link" href="/rapporter">
          Nullstill filtre
        </Link>
      </div>
    </form>
  );
}
