import { countOf, nouns } from "@/lib/text/plural";
import type { Metadata } from "next";
import { Link } from "@/components/i18n/link";
import { cache } from "react";
import { HighlightedSnippet } from "@/components/search/highlighted-snippet";
import { MAX_QUERY_LENGTH, normaliseSearchText } from "@/lib/search/parse-query";
import { PROJECT_COUNT_CAP, searchSite, type TSiteHit } from "@/lib/search/site-search";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function readQuery(value: string | string[] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return normaliseSearchText(typeof first === "string" ? first : "");
}

// One search per request, shared by generateMetadata and the page.
const loadSearch = cache((q: string) => searchSite(q));

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = readQuery((await searchParams).q);
  return {
    title: q ? `Søk etter «${q}»` : "Søk",
    description: "Søk i prosjekteksempler, rapporter, suksessfaktorer og fokusområder i Kunnskapsbanken.",
    alternates: { canonical: q ? `/sok?${new URLSearchParams({ q })}` : "/sok" },
    robots: { index: false, follow: true },
  };
}

const groups = [
  { key: "projects", heading: "Prosjekteksempler", noun: nouns.project, href: (hit: TSiteHit) => `/prosjekter/${hit.slug}` },
  { key: "reports", heading: "Rapporter", noun: nouns.report, href: (hit: TSiteHit) => `/rapporter/${hit.slug}` },
  { key: "successFactors", heading: "Suksessfaktorer", noun: nouns.successFactor, href: (hit: TSiteHit) => `/suksessfaktorer/${hit.slug}` },
  { key: "focusAreas", heading: "Fokusområder", noun: nouns.focusArea, href: (hit: TSiteHit) => `/fokusomrader/${hit.slug}` },
] as const;

export default async function SearchPage({ searchParams }: Props) {
  const q = readQuery((await searchParams).q);
  const result = q ? await loadSearch(q) : null;
  const total = result ? Object.values(result.counts).reduce((sum, n) => sum + n, 0) : 0;

  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="ds-heading" data-size="xl">
        {q ? `Søk etter «${q}»` : "Søk"}
      </h1>
      <form action="/sok" method="get" role="search" className="flex flex-wrap items-end gap-2">
        <div className="ds-field flex-1">
          <label className="ds-label" htmlFor="sok-q">
            Søk i eksempler, rapporter, suksessfaktorer og fokusområder
          </label>
          <input className="ds-input" id="sok-q" name="q" type="search" maxLength={MAX_QUERY_LENGTH} defaultValue={q} />
        </div>
        <button className="ds-button" data-variant="primary" type="submit">
          Søk
        </button>
      </form>

      {result && (
        <>
          <p role="status" className="ds-paragraph" data-size="lg">
            {total === 0 ? "Ingen treff." : `${total} treff: `}
            {total > 0 &&
              groups
                .filter((group) => result.counts[group.key] > 0)
                .map((group) => (result.counts[group.key] > PROJECT_COUNT_CAP ? `over ${countOf(PROJECT_COUNT_CAP, group.noun)}` : countOf(result.counts[group.key], group.noun)))
                .join(", ")}
          </p>
          {result.suggestion && (
            <p className="ds-paragraph">
              Mente du{" "}
              <Link className="ds-link" href={`/sok?${new URLSearchParams({ q: result.suggestion })}`}>
                {result.suggestion}
              </Link>
              ?
            </p>
          )}
          {total === 0 && (
            <p className="ds-paragraph">
              Prøv et annet ord, eller{" "}
              <Link className="ds-link" href="/prosjekter">
                se alle prosjekteksemplene
              </Link>
              .
            </p>
          )}
          {groups.map((group) => {
            const hits = result.groups[group.key];
            if (hits.length === 0) return null;
            const count = result.counts[group.key];
            return (
              <section key={group.key} aria-labelledby={`sok-${group.key}`} className="space-y-3">
                <h2 id={`sok-${group.key}`} className="ds-heading" data-size="md">
                  {group.heading} ({count > PROJECT_COUNT_CAP ? `over ${PROJECT_COUNT_CAP}` : count})
                </h2>
                <ul className="space-y-4">
                  {hits.map((hit) => (
                    <li key={hit.slug}>
                      <h3 className="ds-heading" data-size="2xs">
                        <Link className="ds-link" href={group.href(hit)}>
                          {hit.title}
                        </Link>
                        {hit.year ? ` (${hit.year})` : null}
                      </h3>
                      <p className="ds-paragraph text-sm">
                        <HighlightedSnippet html={hit.snippet} />
                      </p>
                    </li>
                  ))}
                </ul>
                {group.key === "projects" && count > hits.length && (
                  <p className="ds-paragraph">
                    <Link className="ds-link" href={`/prosjekter?${new URLSearchParams({ q })}`}>
                      Se alle {count > PROJECT_COUNT_CAP ? `over ${PROJECT_COUNT_CAP}` : count} prosjekteksemplene
                    </Link>
                  </p>
                )}
                {group.key === "reports" && count > hits.length && (
                  <p className="ds-paragraph">
                    <Link className="ds-link" href={`/rapporter?${new URLSearchParams({ q })}`}>
                      Se alle {count} rapportene
                    </Link>
                  </p>
                )}
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
