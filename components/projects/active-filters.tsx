import { useTranslations } from "next-intl";
import { Link } from "@/components/i18n/link";
import { projectListHref, type TProjectFilters } from "@/lib/projects/filters";
import type { TFacetOption } from "@/lib/search/project-search";

/** `kind` names the filter; its words are in the messages (filters.kind.*). */
export type TFilterKind = "q" | "focus" | "county" | "municipality" | "factor" | "status" | "from" | "to" | "population" | "growth" | "documentation";
export type TActiveFilter = { key: string; kind: TFilterKind; label: string; href: string };

type TFacets = Record<"fokus" | "faktor" | "fylke" | "kommune" | "status" | "innbyggere" | "utvikling", TFacetOption[]> & { dokumentasjon?: TFacetOption[] };

const labelOf = (options: TFacetOption[], value: string) => options.find((o) => o.value === value)?.label ?? value;

/** Each active filter with the URL of the same list without it (and back on page 1). */
export function listActiveFilters(filters: TProjectFilters, facets: TFacets): TActiveFilter[] {
  const base = { ...filters, side: 1 };
  const active: TActiveFilter[] = [];
  if (filters.q) active.push({ key: "q", kind: "q", label: `«${filters.q}»`, href: projectListHref({ ...base, q: "" }) });
  for (const slug of filters.fokus) {
    active.push({ key: `fokus-${slug}`, kind: "focus", label: labelOf(facets.fokus, slug), href: projectListHref({ ...base, fokus: filters.fokus.filter((s) => s !== slug) }) });
  }
  if (filters.fylke) active.push({ key: "fylke", kind: "county", label: labelOf(facets.fylke, filters.fylke), href: projectListHref({ ...base, fylke: null }) });
  if (filters.kommune) {
    active.push({ key: "kommune", kind: "municipality", label: labelOf(facets.kommune, filters.kommune), href: projectListHref({ ...base, kommune: null }) });
  }
  for (const slug of filters.faktor) {
    active.push({ key: `faktor-${slug}`, kind: "factor", label: labelOf(facets.faktor, slug), href: projectListHref({ ...base, faktor: filters.faktor.filter((s) => s !== slug) }) });
  }
  if (filters.status) active.push({ key: "status", kind: "status", label: labelOf(facets.status, filters.status), href: projectListHref({ ...base, status: null }) });
  if (filters.fra !== null) active.push({ key: "fra", kind: "from", label: String(filters.fra), href: projectListHref({ ...base, fra: null }) });
  if (filters.til !== null) active.push({ key: "til", kind: "to", label: String(filters.til), href: projectListHref({ ...base, til: null }) });
  if (filters.innbyggere) {
    active.push({ key: "innbyggere", kind: "population", label: labelOf(facets.innbyggere, filters.innbyggere), href: projectListHref({ ...base, innbyggere: null }) });
  }
  if (filters.utvikling) {
    active.push({ key: "utvikling", kind: "growth", label: labelOf(facets.utvikling, filters.utvikling), href: projectListHref({ ...base, utvikling: null }) });
  }
  if (filters.dokumentasjon) {
    active.push({
      key: "dokumentasjon",
      kind: "documentation",
      label: labelOf(facets.dokumentasjon ?? [], filters.dokumentasjon),
      href: projectListHref({ ...base, dokumentasjon: null }),
    });
  }
  return active;
}

export function ActiveFilters({ active }: { active: TActiveFilter[] }) {
  const t = useTranslations("filters");
  if (active.length === 0) return null;
  return (
    <section aria-labelledby="aktive-filtre-heading" className="space-y-2">
      <h3 id="aktive-filtre-heading" className="ds-heading" data-size="2xs">
        {t("active")}
      </h3>
      <ul className="flex flex-wrap gap-2">
        {active.map((filter) => (
          <li key={filter.key}>
            <Link className="ds-link" href={filter.href} aria-label={t("remove", { kind: t(`kind.${filter.kind}`), label: filter.label })}>
              {t("chip", { kind: t(`kindTitle.${filter.kind}`), label: filter.label })} <span aria-hidden="true">✕</span>
            </Link>
          </li>
        ))}
        {active.length > 1 && (
          <li>
            <Link className="ds-link" href="/prosjekter">
              {t("removeAll")}
            </Link>
          </li>
        )}
      </ul>
    </section>
  );
}
