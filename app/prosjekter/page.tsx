import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageAlternates } from "@/lib/i18n/server";
import { Link } from "@/components/i18n/link";
import { cache } from "react";
import { ActiveFilters, listActiveFilters } from "@/components/projects/active-filters";
import { ProjectCard } from "@/components/projects/project-card";
import { MORE_FILTERS_PARAM, MORE_FILTERS_VALUE, ProjectFilterForm } from "@/components/projects/project-filter-form";
import { LikeMyMunicipality } from "@/components/places/my-municipality";
import { readMyMunicipality } from "@/lib/places/my-municipality";
import { Pagination } from "@/components/search/pagination";
import { ProjectSortControl } from "@/components/projects/sort-control";
import { defaultProjectSort, parseProjectFilters, projectFiltersToSearch, projectListHref, type TSearchParams } from "@/lib/projects/filters";
import { MATCH_CAP } from "@/lib/search/project-search";
import { cachedProjectListing } from "@/lib/cache/public-data";
import { TREND_THRESHOLD_PERCENT, type TPopulationBand, type TPopulationTrend } from "@/lib/places/population";
import type { TDocumentationLevel } from "@/lib/projects/documentation-level";
import type { TProjectStatus } from "@/lib/projects/filters";
import { SuggestLink } from "@/components/intake/suggest-link";

type Props = { searchParams: Promise<TSearchParams> };

// One listing per request, shared by generateMetadata and the page.
const loadListing = cache(async (search: string) => {
  const params: TSearchParams = {};
  for (const [key, value] of new URLSearchParams(search)) {
    const previous = params[key];
    params[key] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  const { filters, notices } = parseProjectFilters(params);
  // The rarely used filter groups are counted only when the form shows them (asked for, or in use).
  const listing = await cachedProjectListing(filters, params[MORE_FILTERS_PARAM] === MORE_FILTERS_VALUE);
  return { ...listing, notices: [...notices, ...listing.notices] };
});

/** A stable cache key for the search params (React's cache compares arguments by identity). */
function searchKey(params: TSearchParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) search.append(key, v);
  }
  return search.toString();
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { filters, total } = await loadListing(searchKey(await searchParams));
  const t = await getTranslations("projects");
  const title = filters.q ? t("searchTitle", { q: filters.q }) : t("title");
  return {
    title,
    description: t("description", { total }),
    alternates: {
      ...(await pageAlternates(projectListHref(filters))),
      types: { "application/atom+xml": [{ url: "/feed/prosjekter.xml", title: t("feed") }] },
    },
  };
}

/** The CSV of the whole filtered list (every page, in the default order), for spreadsheets; see /api. */
function csvHref(filters: Parameters<typeof projectFiltersToSearch>[0]): string {
  const search = projectFiltersToSearch({ ...filters, sortering: null, side: 1 });
  return search ? `/api/v1/prosjekter.csv?${search}` : "/api/v1/prosjekter.csv";
}

export default async function ProjectsPage({ searchParams }: Props) {
  const t = await getTranslations("projects");
  const tf = await getTranslations("filters");
  const ts = await getTranslations("sort");
  const tl = await getTranslations("labels");
  const tp = await getTranslations("population");
  const tn = await getTranslations("notices");
  const params = await searchParams;
  const [listing, mine] = await Promise.all([loadListing(searchKey(params)), readMyMunicipality()]);
  const { filters, total, projects, notices, suggestion, pageCount } = listing;
  // The data layer names statuses, population bands, trends and documentation levels in bokmål: the
  // page names them in its own language (by value), in the form and in the active-filter chips alike.
  const facets = {
    ...listing.facets,
    status: listing.facets.status.map((o) => ({ ...o, label: tl(`status.${o.value as TProjectStatus}`) })),
    innbyggere: listing.facets.innbyggere.map((o) => ({ ...o, label: tp(`bandLabel.${o.value as TPopulationBand}`) })),
    utvikling: listing.facets.utvikling.map((o) => ({ ...o, label: tp(`trendLabel.${o.value as TPopulationTrend}`, { threshold: TREND_THRESHOLD_PERCENT }) })),
    dokumentasjon: listing.facets.dokumentasjon?.map((o) => ({ ...o, label: tl(`level.${o.value as TDocumentationLevel}`) })),
  };
  const active = listActiveFilters(filters, facets);
  const moreAsked = params[MORE_FILTERS_PARAM] === MORE_FILTERS_VALUE;
  const page = Math.min(filters.side, pageCount);
  const firstShown = (page - 1) * listing.pageSize + 1;

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="ds-heading" data-size="xl">
          {t("title")}
        </h1>
        <p className="ds-paragraph max-w-3xl">
          {t("intro")}
        </p>
      </header>

      <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
        <aside>
          {/* On a phone the filters fold away behind a disclosure, so the results come first; from
              the lg breakpoint the panel is always open (globals.css, .filter-panel). */}
          <details className="filter-panel" open={moreAsked}>
            <summary className="ds-button" data-variant="secondary">
              {t("filterToggle", { active: active.length })}
            </summary>
            <div className="mt-4 space-y-6 lg:mt-0">
              <LikeMyMunicipality mine={mine} filters={filters} />
              <ProjectFilterForm filters={filters} facets={facets} moreAsked={moreAsked} />
            </div>
          </details>
        </aside>

        <section aria-labelledby="resultater-heading" className="space-y-6">
          <h2 id="resultater-heading" className="ds-heading" data-size="md">
            {t("results")}
          </h2>

          {notices.length > 0 && (
            <div className="ds-alert" data-color="warning">
              <h3 className="ds-heading" data-size="2xs">
                {t("noticesHeading")}
              </h3>
              <ul className="list-disc pl-5">
                {notices.map((notice, index) => (
                  <li key={index} className="ds-paragraph">
                    {tn(notice.key, notice.values)}
                  </li>
                ))}
              </ul>
            </div>
          )}

          <ActiveFilters active={active} />

          <p role="status" className="ds-paragraph" data-size="lg">
            {total === 0
              ? t("none")
              : `${t("count", { total, over: listing.totalIsLowerBound && total > 1 ? "yes" : "no" })}${total > 1 && pageCount > 1 ? t("showing", { first: firstShown, last: Math.min(total, firstShown + projects.length - 1) }) : ""}.`}{" "}
            {total > 1 && <span className="text-sm">{t("sorted", { how: ts(`sortedAs.${filters.sortering ?? defaultProjectSort(filters.q)}`) })}</span>}
          </p>

          {total > 1 && <ProjectSortControl filters={filters} />}
          {listing.facetCountsArePartial && <p className="ds-paragraph text-sm">{t("partialFacets", { cap: MATCH_CAP })}</p>}
          {listing.pagesStopAt !== null && <p className="ds-paragraph text-sm">{t("pagesStop", { cap: listing.pagesStopAt })}</p>}

          {total > 0 && (
            <p className="ds-paragraph">
              <a className="ds-link" href={csvHref(filters)} download>
                {t("csv")}
              </a>{" "}
              <span className="text-sm">{t("csvNote", { total })}</span>
            </p>
          )}

          {total === 0 && (
            <div className="space-y-3">
              {suggestion && (
                <p className="ds-paragraph">
                  {t.rich("didYouMean", {
                    suggestion,
                    link: (chunks) => <Link className="ds-link" href={projectListHref({ ...filters, q: suggestion, side: 1 })}>{chunks}</Link>,
                  })}
                </p>
              )}
              {active.length > 0 ? (
                <>
                  <p className="ds-paragraph">{t("tryRemoving")}</p>
                  <ul className="list-disc pl-5">
                    {active.map((filter) => (
                      <li key={filter.key}>
                        <Link className="ds-link" href={filter.href}>
                          {t("without", { kind: tf(`kind.${filter.kind}`), label: filter.label })}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="ds-paragraph">{t("nonePublished")}</p>
              )}
            </div>
          )}

          {total > 0 && projects.length === 0 && (
            <p className="ds-paragraph">
              {t.rich("noSuchPage", {
                page: filters.side,
                link: (chunks) => <Link className="ds-link" href={projectListHref({ ...filters, side: 1 })}>{chunks}</Link>,
              })}
            </p>
          )}

          {projects.length > 0 && (
            <ul className="grid gap-4 md:grid-cols-2">
              {projects.map((project) => (
                <li key={project.id}>
                  <ProjectCard project={project} />
                </li>
              ))}
            </ul>
          )}

          <Pagination page={filters.side} pageCount={pageCount} hrefFor={(p) => projectListHref({ ...filters, side: p })} />
          {/* After the results, not above them: on a phone the first result must stay in the first screen. */}
          <SuggestLink />
        </section>
      </div>
    </div>
  );
}

