import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { localizePath } from "@/lib/i18n/locale";
import { pageAlternates } from "@/lib/i18n/server";
import { Link } from "@/components/i18n/link";
import { BarChart, ColumnChart } from "@/components/analysis/charts";
import { MapDataTable } from "@/components/maps/map-data-table";
import { findWhatWorks } from "@/lib/analysis/queries";
import { shadeClasses, shadeOf, textOn } from "@/lib/maps/shading";
import { projectStatuses } from "@/lib/projects/filters";

export async function generateMetadata(): Promise<Metadata> {
  const [alternates, t] = await Promise.all([pageAlternates("/hva-virker"), getTranslations("whatWorks")]);
  const description = t("description");
  return { title: t("title"), description, alternates, openGraph: { title: t("title"), description, url: alternates.canonical } };
}

const listHref = (fokus: string | null, faktor: string | null) => {
  const search = new URLSearchParams();
  if (fokus) search.set("fokus", fokus);
  if (faktor) search.set("faktor", faktor);
  return `/prosjekter?${search.toString()}`;
};

export default async function WhatWorksPage() {
  const [data, t, tl] = await Promise.all([findWhatWorks(), getTranslations("whatWorks"), getTranslations("labels")]);
  const examplesLabel = (count: number) => tl("examples", { count });
  const statusLabel = (status: (typeof projectStatuses)[number]) => tl(`status.${status}`);
  // The grid's ~300 cells are plain <a> (no client component each): their addresses are
  // localized here, in the reader's language.
  const locale = await getLocale();
  const areas = data.areas.filter((a) => a.total > 0);
  const classes = shadeClasses(Math.max(0, ...areas.flatMap((a) => data.factors.map((f) => data.cell(a.id, f.id)))));
  const years = data.years.length === 0 ? [] : fillYears(data.years);
  const statuses = projectStatuses.map((s) => ({ label: statusLabel(s), value: data.statusCounts.get(s) ?? 0 }));

  return (
    <div className="space-y-12">
      <header className="max-w-3xl space-y-3">
        <h1 className="ds-heading" data-size="xl">
          {t("heading")}
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {t("description")}
        </p>
        <p className="ds-paragraph">
          {t("basis", { examples: examplesLabel(data.total) })}
        </p>
      </header>

      <section className="space-y-4" aria-labelledby="matrise-heading">
        <h2 id="matrise-heading" className="ds-heading" data-size="lg">
          {t("matrixHeading")}
        </h2>
        <p className="ds-paragraph max-w-3xl">
          {t("matrixText")}
        </p>
        <div className="overflow-x-auto" role="region" aria-labelledby="matrise-caption" tabIndex={0}>
          <table className="ds-table text-sm" data-border data-size="sm" data-matrix>
            <caption id="matrise-caption" className="text-left">
              {t("matrixCaption")}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("factor")}</th>
                {areas.map((area) => (
                  <th key={area.slug} scope="col" className="align-bottom">
                    <Link className="ds-link" href={listHref(area.slug, null)}>
                      {area.name}
                    </Link>
                  </th>
                ))}
                <th scope="col">{t("all")}</th>
              </tr>
            </thead>
            {data.pillars
              .filter((p) => p.factors.length > 0)
              .map((pillar) => (
                <tbody key={pillar.slug}>
                  <tr>
                    <th scope="colgroup" colSpan={areas.length + 2} className="text-left">
                      {pillar.name}
                    </th>
                  </tr>
                  {pillar.factors.map((factor) => (
                    <tr key={factor.slug}>
                      <th scope="row" className="font-normal">
                        <Link className="ds-link" href={`/suksessfaktorer/${factor.slug}`}>
                          {factor.name}
                        </Link>
                      </th>
                      {areas.map((area) => {
                        const count = data.cell(area.id, factor.id);
                        const fill = shadeOf(count, classes);
                        return (
                          <td key={area.slug} className="text-center" style={fill ? { background: fill } : undefined} data-cell={`${area.slug}/${factor.slug}`}>
                            <a
                              className="ds-link"
                              style={fill ? { color: textOn(fill) } : undefined}
                              href={localizePath(listHref(area.slug, factor.slug), locale)}
                              aria-label={t("cell", { factor: factor.name, area: area.name, examples: examplesLabel(count) })}
                            >
                              {count}
                            </a>
                          </td>
                        );
                      })}
                      <td className="text-center font-semibold">
                        <a className="ds-link" href={localizePath(listHref(null, factor.slug), locale)} aria-label={t("cellAll", { factor: factor.name, examples: examplesLabel(factor.total) })}>
                          {factor.total}
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              ))}
          </table>
        </div>
      </section>

      <div className="grid gap-10 lg:grid-cols-2">
        <section className="space-y-4" aria-labelledby="oftest-heading">
          <h2 id="oftest-heading" className="ds-heading" data-size="md">
            {t("topHeading")}
          </h2>
          {data.topFactors.length === 0 ? (
            <p className="ds-paragraph">{t("topNone")}</p>
          ) : (
            <ol className="list-decimal space-y-1 pl-6">
              {data.topFactors.map((factor) => (
                <li key={factor.slug}>
                  <Link className="ds-link" href={listHref(null, factor.slug)}>
                    {factor.name}
                  </Link>{" "}
                  <span className="text-sm">– {examplesLabel(factor.total)}</span>
                </li>
              ))}
            </ol>
          )}
        </section>

        <section className="space-y-4" aria-labelledby="per-fokus-heading">
          <h2 id="per-fokus-heading" className="ds-heading" data-size="md">
            {t("byAreaHeading")}
          </h2>
          <dl className="space-y-3">
            {data.topFactorsByArea.map(({ area, factors }) => (
              <div key={area.slug}>
                <dt className="font-semibold">
                  {area.name} <span className="text-sm font-normal">({examplesLabel(area.total)})</span>
                </dt>
                <dd>
                  {factors.length === 0 ? (
                    <span className="text-sm">{t("byAreaNone")}</span>
                  ) : (
                    <ul className="flex flex-wrap gap-x-4">
                      {factors.map((f) => (
                        <li key={f.slug}>
                          <Link className="ds-link" href={listHref(area.slug, f.slug)}>
                            {f.name}
                          </Link>{" "}
                          <span className="text-sm">({f.count})</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      </div>

      <section className="space-y-4" aria-labelledby="ar-heading">
        <h2 id="ar-heading" className="ds-heading" data-size="md">
          {t("yearHeading")}
        </h2>
        {years.length === 0 ? (
          <p className="ds-paragraph">{t("yearNone")}</p>
        ) : (
          <>
            <ColumnChart id="startar" title={t("yearTitle")} bars={years.map((y) => ({ label: String(y.year), value: y.count }))} />
            {data.withoutYear > 0 && <p className="ds-paragraph text-sm">{t("withoutYear", { examples: examplesLabel(data.withoutYear) })}</p>}
            <MapDataTable
              compact
              caption={t("yearTitle")}
              rowHeading={t("startYear")}
              rows={years.map((y) => ({ id: String(y.year), name: String(y.year), count: y.count }))}
            />
          </>
        )}
      </section>

      <section className="space-y-4" aria-labelledby="status-heading">
        <h2 id="status-heading" className="ds-heading" data-size="md">
          {t("statusHeading")}
        </h2>
        <BarChart id="status" title={t("statusTitle")} bars={statuses} />
        <MapDataTable
          compact
          caption={t("statusTitle")}
          rowHeading={t("status")}
          rows={projectStatuses.map((s) => ({
            id: s,
            name: statusLabel(s),
            headerHref: `/prosjekter?status=${s}`,
            count: data.statusCounts.get(s) ?? 0,
          }))}
        />
      </section>
    </div>
  );
}

/** Every year from the first to the last start year, zero where none started (bounded: 1900–2100). */
function fillYears(years: { year: number; count: number }[]) {
  const counts = new Map(years.map((y) => [y.year, y.count]));
  const first = years[0]?.year;
  const last = years.at(-1)?.year;
  if (first === undefined || last === undefined) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, count: counts.get(first + i) ?? 0 }));
}
