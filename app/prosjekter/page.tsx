import { countOf, nouns } from "@/lib/text/plural";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { ActiveFilters, listActiveFilters } from "@/components/projects/active-filters";
import { ProjectCard } from "@/components/projects/project-card";
import { MORE_FILTERS_PARAM, MORE_FILTERS_VALUE, ProjectFilterForm } from "@/components/projects/project-filter-form";
import { LikeMyMunicipality } from "@/components/places/my-municipality";
import { readMyMunicipality } from "@/lib/places/my-municipality";
import { Pagination } from "@/components/search/pagination";
import { ProjectSortControl, projectSortedAs } from "@/components/projects/sort-control";
import { defaultProjectSort, parseProjectFilters, projectFiltersToSearch, projectListHref, type TSearchParams } from "@/lib/projects/filters";
import { cachedProjectListing } from "@/lib/cache/public-data";
import { MATCH_CAP } from "@/lib/search/project-search";

type Props = { searchParams: Promise<TSearchParams> };

// One listing per request, shared by generateMetadata and the page.
const loadListing = cache(async (search: string) => {
  const params: TSearchParams = {};
  for (const [key, value] of new URLSearchParams(search)) {
    const previous = params[key];
    params[key] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  const { filters, notices } = parseProjectFilters(params);
  const listing = await cachedProjectListing(filters);
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
  const title = filters.q ? `Søk etter «${filters.q}» i prosjekteksempler` : "Prosjekteksempler";
  return {
    title,
    description: `${total > 0 ? `${total} gode eksempler` : "Gode eksempler"} på lokal samfunnsutvikling fra kommuner i hele landet – filtrer på fokusområde, fylke, kommune, suksessfaktor, status og periode.`,
    alternates: {
      canonical: projectListHref(filters),
      types: { "application/atom+xml": [{ url: "/feed/prosjekter.xml", title: "Nye og endrede prosjekteksempler" }] },
    },
  };
}

/** The CSV of the whole filtered list (every page, in the default order), for spreadsheets; see /api. */
function csvHref(filters: Parameters<typeof projectFiltersToSearch>[0]): string {
  const search = projectFiltersToSearch({ ...filters, sortering: null, side: 1 });
  return search ? `/api/v1/prosjekter.csv?${search}` : "/api/v1/prosjekter.csv";
}

export default async function ProjectsPage({ searchParams }: Props) {
  const params = await searchParams;
  const [listing, mine] = await Promise.all([loadListing(searchKey(params)), readMyMunicipality()]);
  const { filters, facets, total, projects, notices, suggestion, pageCount } = listing;
  const active = listActiveFilters(filters, facets);
  const moreAsked = params[MORE_FILTERS_PARAM] === MORE_FILTERS_VALUE;
  const page = Math.min(filters.side, pageCount);
  const firstShown = (page - 1) * listing.pageSize + 1;

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="ds-heading" data-size="xl">
          Prosjekteksempler
        </h1>
        <p className="ds-paragraph max-w-3xl">
          Gode eksempler på lokal samfunnsutvikling: hva de gjorde, hva som virket, og hvorfor.
        </p>
      </header>

      <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
        <aside>
          {/* On a phone the filters fold away behind a disclosure, so the results come first; from
              the lg breakpoint the panel is always open (globals.css, .filter-panel). */}
          <details className="filter-panel" open={moreAsked}>
            <summary className="ds-button" data-variant="secondary">
              Filtrer eksemplene{active.length > 0 ? ` (${active.length} ${active.length === 1 ? "filter" : "filtre"} i bruk)` : ""}
            </summary>
            <div className="mt-4 space-y-6 lg:mt-0">
              <LikeMyMunicipality mine={mine} filters={filters} />
              <ProjectFilterForm filters={filters} facets={facets} moreAsked={moreAsked} />
            </div>
          </details>
        </aside>

        <section aria-labelledby="resultater-heading" className="space-y-6">
          <h2 id="resultater-heading" className="ds-heading" data-size="md">
            Resultater
          </h2>

          {notices.length > 0 && (
            <div className="ds-alert" data-color="warning">
              <h3 className="ds-heading" data-size="2xs">
                Noe i adressen kunne ikke brukes
              </h3>
              <ul className="list-disc pl-5">
                {notices.map((notice, index) => (
                  <li key={index} className="ds-paragraph">
                    {notice.message}
                  </li>
                ))}
              </ul>
            </div>
          )}

          <ActiveFilters active={active} />

          <p role="status" className="ds-paragraph" data-size="lg">
            {total === 0
              ? "Ingen eksempler passer."
              : total === 1
                ? "1 eksempel."
                : `${listing.totalIsLowerBound ? "Over " : ""}${countOf(total, nouns.example)}${pageCount > 1 ? `, viser ${firstShown}–${Math.min(total, firstShown + projects.length - 1)}` : ""}.`}{" "}
            {total > 1 && <span className="text-sm">Sortert {projectSortedAs[filters.sortering ?? defaultProjectSort(filters.q)]}.</span>}
          </p>

          {total > 1 && <ProjectSortControl filters={filters} />}
          {listing.facetCountsArePartial && (
            <p className="ds-paragraph text-sm">Tallene ved filtrene er talt blant de {MATCH_CAP} første treffene i listen.</p>
          )}

          {total > 0 && (
            <p className="ds-paragraph">
              <a className="ds-link" href={csvHref(filters)} download>
                Last ned som CSV
              </a>{" "}
              <span className="text-sm">(alle {total} eksempler i listen, for regneark)</span>
            </p>
          )}

          {total === 0 && (
            <div className="space-y-3">
              {suggestion && (
                <p className="ds-paragraph">
                  Mente du{" "}
                  <Link className="ds-link" href={projectListHref({ ...filters, q: suggestion, side: 1 })}>
                    {suggestion}
                  </Link>
                  ?
                </p>
              )}
              {active.length > 0 ? (
                <>
                  <p className="ds-paragraph">Prøv å fjerne et filter:</p>
                  <ul className="list-disc pl-5">
                    {active.map((filter) => (
                      <li key={filter.key}>
                        <Link className="ds-link" href={filter.href}>
                          Uten {filter.kind} {filter.label}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="ds-paragraph">Ingen eksempler er publisert ennå.</p>
              )}
            </div>
          )}

          {total > 0 && projects.length === 0 && (
            <p className="ds-paragraph">
              Side {filters.side} finnes ikke.{" "}
              <Link className="ds-link" href={projectListHref({ ...filters, side: 1 })}>
                Gå til første side
              </Link>
              .
            </p>
          )}

          {projects.length > 0 && (
            <ul className="grid gap-4 md:grid-cols-2">
              {projects.map((project) => (
                <li key={project.slug}>
                  <ProjectCard project={project} />
                </li>
              ))}
            </ul>
          )}

          <Pagination page={filters.side} pageCount={pageCount} hrefFor={(p) => projectListHref({ ...filters, side: p })} />
        </section>
      </div>
    </div>
  );
}

