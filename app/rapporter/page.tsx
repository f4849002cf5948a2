import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageAlternates } from "@/lib/i18n/server";
import { ReportFilterForm } from "@/components/reports/report-filter-form";
import { ReportList } from "@/components/reports/report-list-item";
import { cachedFocusAreasWithCounts, cachedReportFilterOptions, cachedReportPage } from "@/lib/cache/public-data";
import { hasReportFilters, parseReportFilters, reportFiltersToSearch, type TSearchParams } from "@/lib/reports/filters";
import { Pagination } from "@/components/search/pagination";
import { SuggestLink } from "@/components/intake/suggest-link";

type Props = { searchParams: Promise<TSearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  const alternates = await pageAlternates("/rapporter");
  return {
    title: t("title"),
    description: t("description"),
    alternates: { ...alternates, types: { "application/atom+xml": [{ url: "/feed/rapporter.xml", title: t("feed") }] } },
    openGraph: { title: t("title"), description: t("description"), url: alternates.canonical },
  };
}

export default async function ReportsPage({ searchParams }: Props) {
  const t = await getTranslations("reports");
  const params = await searchParams;
  const { filters, problems } = parseReportFilters(params);
  const side = Number(typeof params.side === "string" ? params.side : "1");
  const page = Number.isInteger(side) && side >= 1 && side <= 10_000 ? side : 1;
  const [{ reports, total, pageCount }, options, focusAreas] = await Promise.all([
    cachedReportPage(filters, page),
    cachedReportFilterOptions(),
    cachedFocusAreasWithCounts(),
  ]);
  const filtered = hasReportFilters(filters);
  const unknownFocus = filters.fokus.filter((slug) => !focusAreas.some((area) => area.slug === slug));
  if (unknownFocus.length > 0) problems.push(t("unknownFocus", { slugs: unknownFocus.join(", ") }));
  // Only the filters in force: the CSV refuses what the page forgave.
  const csvSearch = reportFiltersToSearch({ ...filters, fokus: filters.fokus.filter((slug) => !unknownFocus.includes(slug)) }).toString();

  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="ds-heading" data-size="xl">
          {t("title")}
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {t("description")} {t("intro")}
        </p>
        <SuggestLink />
      </header>

      {problems.length > 0 && (
        <div className="ds-alert" data-color="warning" role="status">
          <p className="ds-paragraph">{t("problems")}</p>
          <ul className="list-disc pl-6">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
        <ReportFilterForm
          filters={filters}
          focusAreas={focusAreas}
          years={options.years}
          kinds={options.kinds}
          publishers={options.publishers}
        />
        <section aria-labelledby="treff-heading" className="space-y-4">
          <h2 id="treff-heading" className="ds-heading" data-size="md">
            {filtered ? t("hits") : t("all")}
          </h2>
          <p className="ds-paragraph" role="status">
            {t("count", { total })}
            {pageCount > 1 && t("pageOf", { page: Math.min(page, pageCount), pageCount })}
            {filtered && t("matching")}.
          </p>
          {reports.length > 0 && (
            <p className="ds-paragraph">
              <a className="ds-link" href={`/api/v1/rapporter.csv${csvSearch ? `?${csvSearch}` : ""}`} download>
                {t("csv")}
              </a>
            </p>
          )}
          {reports.length > 0 ? (
            <>
              <ReportList reports={reports} />
              <Pagination
                page={page}
                pageCount={pageCount}
                hrefFor={(p) => {
                  const search = new URLSearchParams();
                  for (const [key, value] of Object.entries(params)) {
                    if (key === "side") continue;
                    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) search.append(key, v);
                  }
                  if (p > 1) search.set("side", String(p));
                  const query = search.toString();
                  return query ? `/rapporter?${query}` : "/rapporter";
                }}
              />
            </>
          ) : (
            <p className="ds-paragraph">{t("none")}</p>
          )}
        </section>
      </div>
    </div>
  );
}
