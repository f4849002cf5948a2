import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localHref, pageAlternates } from "@/lib/i18n/server";
import { Link } from "@/components/i18n/link";
import { cache } from "react";
import { HighlightedSnippet } from "@/components/search/highlighted-snippet";
import { MAX_QUERY_LENGTH, normaliseSearchText } from "@/lib/search/parse-query";
import { cachedSiteSearch } from "@/lib/cache/public-data";
import { PROJECT_COUNT_CAP, type TSiteHit } from "@/lib/search/site-search";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function readQuery(value: string | string[] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return normaliseSearchText(typeof first === "string" ? first : "");
}

// One search per request, shared by generateMetadata and the page; its result is shared by every
// visitor for PUBLIC_DATA_TTL seconds (lib/cache/public-data.ts).
const loadSearch = cache((q: string) => cachedSiteSearch(q));

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = readQuery((await searchParams).q);
  const t = await getTranslations("search");
  return {
    title: q ? t("titleQ", { q }) : t("title"),
    description: t("description"),
    alternates: await pageAlternates(q ? `/sok?${new URLSearchParams({ q })}` : "/sok"),
    robots: { index: false, follow: true },
  };
}

const groups = [
  { key: "projects", href: (hit: TSiteHit) => `/prosjekter/${hit.slug}` },
  { key: "reports", href: (hit: TSiteHit) => `/rapporter/${hit.slug}` },
  { key: "successFactors", href: (hit: TSiteHit) => `/suksessfaktorer/${hit.slug}` },
  { key: "focusAreas", href: (hit: TSiteHit) => `/fokusomrader/${hit.slug}` },
] as const;

export default async function SearchPage({ searchParams }: Props) {
  const q = readQuery((await searchParams).q);
  const t = await getTranslations("search");
  const searchAction = await localHref("/sok");
  const result = q ? await loadSearch(q) : null;
  const total = result ? Object.values(result.counts).reduce((sum, n) => sum + n, 0) : 0;

  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="ds-heading" data-size="xl">
        {q ? t("titleQ", { q }) : t("title")}
      </h1>
      <form action={searchAction} method="get" role="search" className="flex flex-wrap items-end gap-2">
        <div className="ds-field flex-1">
          <label className="ds-label" htmlFor="sok-q">
            {t("label")}
          </label>
          <input className="ds-input" id="sok-q" name="q" type="search" maxLength={MAX_QUERY_LENGTH} defaultValue={q} />
        </div>
        <button className="ds-button" data-variant="primary" type="submit">
          {t("submit")}
        </button>
      </form>

      {result && (
        <>
          <p role="status" className="ds-paragraph" data-size="lg">
            {total === 0 ? t("none") : t("total", { total })}
            {total > 0 &&
              groups
                .filter((group) => result.counts[group.key] > 0)
                .map((group) => (result.counts[group.key] > PROJECT_COUNT_CAP ? t("over", { count: t(`counts.${group.key}`, { count: PROJECT_COUNT_CAP }) }) : t(`counts.${group.key}`, { count: result.counts[group.key] })))
                .join(", ")}
          </p>
          {result.suggestion && (
            <p className="ds-paragraph">
              {t.rich("didYouMean", {
                suggestion: result.suggestion,
                link: (chunks) => <Link className="ds-link" href={`/sok?${new URLSearchParams({ q: result.suggestion! })}`}>{chunks}</Link>,
              })}
            </p>
          )}
          {total === 0 && (
            <p className="ds-paragraph">
              {t.rich("tryAnother", { link: (chunks) => <Link className="ds-link" href="/prosjekter">{chunks}</Link> })}
            </p>
          )}
          {groups.map((group) => {
            const hits = result.groups[group.key];
            if (hits.length === 0) return null;
            const count = result.counts[group.key];
            return (
              <section key={group.key} aria-labelledby={`sok-${group.key}`} className="space-y-3">
                <h2 id={`sok-${group.key}`} className="ds-heading" data-size="md">
                  {t(`groups.${group.key}`)} ({count > PROJECT_COUNT_CAP ? t("over", { count: PROJECT_COUNT_CAP }) : count})
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
                      {t("allProjects", { count: count > PROJECT_COUNT_CAP ? t("over", { count: PROJECT_COUNT_CAP }) : count })}
                    </Link>
                  </p>
                )}
                {group.key === "reports" && count > hits.length && (
                  <p className="ds-paragraph">
                    <Link className="ds-link" href={`/rapporter?${new URLSearchParams({ q })}`}>
                      {t("allReports", { count })}
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
