import { countOf, nouns } from "@/lib/text/plural";
import type { Metadata } from "next";
import { ReportFilterForm } from "@/components/reports/report-filter-form";
import { ReportList } from "@/components/reports/report-list-item";
import { cachedFocusAreasWithCounts, cachedReportFilterOptions, cachedReportPage } from "@/lib/cache/public-data";
import { hasReportFilters, parseReportFilters, reportFiltersToSearch, type TSearchParams } from "@/lib/reports/filters";
import { Pagination } from "@/components/search/pagination";

type Props = { searchParams: Promise<TSearchParams> };

const description = "Rapporter, evalueringer, analyser og veiledere om lokalt og regionalt utviklingsarbeid.";

export const metadata: Metadata = {
  title: "Rapporter",
  description,
  alternates: {
    canonical: "/rapporter",
    types: { "application/atom+xml": [{ url: "/feed/rapporter.xml", title: "Nye og endrede rapporter" }] },
  },
  openGraph: { title: "Rapporter", description, url: "/rapporter" },
};

export default async function ReportsPage({ searchParams }: Props) {
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
  if (unknownFocus.length > 0) problems.push(`Ukjent fokusområde: ${unknownFocus.join(", ")}.`);
  // Only the filters in force: the CSV refuses what the page forgave.
  const csvSearch = reportFiltersToSearch({ ...filters, fokus: filters.fokus.filter((slug) => !unknownFocus.includes(slug)) }).toString();

  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="ds-heading" data-size="xl">
          Rapporter
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {description} Hver rapport lenker til prosjektene den handler om og suksessfaktorene den drøfter.
        </p>
      </header>

      {problems.length > 0 && (
        <div className="ds-alert" data-color="warning" role="status">
          <p className="ds-paragraph">Noe i adressen kunne ikke brukes:</p>
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
            {filtered ? "Treff" : "Alle rapporter"}
          </h2>
          <p className="ds-paragraph" role="status">
            {countOf(total, nouns.report)}
            {pageCount > 1 && `, side ${Math.min(page, pageCount)} av ${pageCount}`}
            {filtered && " passer med filtrene"}.
          </p>
          {reports.length > 0 && (
            <p className="ds-paragraph">
              <a className="ds-link" href={`/api/v1/rapporter.csv${csvSearch ? `?${csvSearch}` : ""}`} download>
                Last ned som CSV
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
            <p className="ds-paragraph">Ingen rapporter passer. Prøv færre filtre eller et annet søkeord.</p>
          )}
        </section>
      </div>
    </div>
  );
}
