import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { localizePath } from "@/lib/i18n/locale";
import { pageAlternates } from "@/lib/i18n/server";
import { Link } from "@/components/i18n/link";
import { BarChart, ColumnChart } from "@/components/analysis/charts";
import { examplesLabel } from "@/components/maps/choropleth-map";
import { MapDataTable } from "@/components/maps/map-data-table";
import { findWhatWorks } from "@/lib/analysis/queries";
import { shadeClasses, shadeOf, textOn } from "@/lib/maps/shading";
import { projectStatusLabel } from "@/lib/projects/labels";
import { projectStatuses } from "@/lib/projects/filters";

const description =
  "Hvilke suksessfaktorer går igjen i de gode eksemplene, innenfor hvert fokusområde? Tall fra alle publiserte prosjekteksempler, med lenker til eksemplene.";

export async function generateMetadata(): Promise<Metadata> {
  const alternates = await pageAlternates("/hva-virker");
  return { title: "Hva virker?", description, alternates, openGraph: { title: "Hva virker?", description, url: alternates.canonical } };
}

const listHref = (fokus: string | null, faktor: string | null) => {
  const search = new URLSearchParams();
  if (fokus) search.set("fokus", fokus);
  if (faktor) search.set("faktor", faktor);
  return `/prosjekter?${search.toString()}`;
};

export default async function WhatWorksPage() {
  const data = await findWhatWorks();
  // The grid's ~300 cells are plain <a> (no client component each): their addresses are
  // localized here, in the reader's language.
  const locale = await getLocale();
  const areas = data.areas.filter((a) => a.total > 0);
  const classes = shadeClasses(Math.max(0, ...areas.flatMap((a) => data.factors.map((f) => data.cell(a.id, f.id)))));
  const years = data.years.length === 0 ? [] : fillYears(data.years);
  const statuses = projectStatuses.map((s) => ({ label: projectStatusLabel[s], value: data.statusCounts.get(s) ?? 0 }));

  return (
    <div className="space-y-12">
      <header className="max-w-3xl space-y-3">
        <h1 className="ds-heading" data-size="xl">
          Hva virker – og hvorfor?
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {description}
        </p>
        <p className="ds-paragraph">
          Tallene bygger på {examplesLabel(data.total)} og oppdateres når eksemplene endres. Et eksempel telles i en rute når det hører til
          fokusområdet og viser suksessfaktoren. Alle suksessfaktorene i modellen er med, ordnet etter pilar.
        </p>
      </header>

      <section className="space-y-4" aria-labelledby="matrise-heading">
        <h2 id="matrise-heading" className="ds-heading" data-size="lg">
          Suksessfaktorer i hvert fokusområde
        </h2>
        <p className="ds-paragraph max-w-3xl">
          Hver rute viser hvor mange eksempler i fokusområdet som viser suksessfaktoren, og lenker til dem. Mørkere rute betyr flere eksempler;
          tallet står alltid i ruten. Fokusområder uten publiserte eksempler er utelatt.
        </p>
        <div className="overflow-x-auto" role="region" aria-labelledby="matrise-caption" tabIndex={0}>
          <table className="ds-table text-sm" data-border data-size="sm" data-matrix>
            <caption id="matrise-caption" className="text-left">
              Antall publiserte eksempler per suksessfaktor (rader) og fokusområde (kolonner)
            </caption>
            <thead>
              <tr>
                <th scope="col">Suksessfaktor</th>
                {areas.map((area) => (
                  <th key={area.slug} scope="col" className="align-bottom">
                    <Link className="ds-link" href={listHref(area.slug, null)}>
                      {area.name}
                    </Link>
                  </th>
                ))}
                <th scope="col">Alle</th>
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
                              aria-label={`${factor.name} i ${area.name}: ${examplesLabel(count)}`}
                            >
                              {count}
                            </a>
                          </td>
                        );
                      })}
                      <td className="text-center font-semibold">
                        <a className="ds-link" href={localizePath(listHref(null, factor.slug), locale)} aria-label={`${factor.name} i alt: ${examplesLabel(factor.total)}`}>
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
            Suksessfaktorene som går igjen oftest
          </h2>
          {data.topFactors.length === 0 ? (
            <p className="ds-paragraph">Ingen eksempler viser suksessfaktorer ennå.</p>
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
            De tre vanligste i hvert fokusområde
          </h2>
          <dl className="space-y-3">
            {data.topFactorsByArea.map(({ area, factors }) => (
              <div key={area.slug}>
                <dt className="font-semibold">
                  {area.name} <span className="text-sm font-normal">({examplesLabel(area.total)})</span>
                </dt>
                <dd>
                  {factors.length === 0 ? (
                    <span className="text-sm">Ingen suksessfaktorer registrert ennå.</span>
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
          Eksempler etter startår
        </h2>
        {years.length === 0 ? (
          <p className="ds-paragraph">Ingen eksempler har startår ennå.</p>
        ) : (
          <>
            <ColumnChart id="startar" title="Publiserte eksempler etter startår" bars={years.map((y) => ({ label: String(y.year), value: y.count }))} />
            {data.withoutYear > 0 && <p className="ds-paragraph text-sm">{examplesLabel(data.withoutYear)} uten kjent startår er ikke med.</p>}
            <MapDataTable
              compact
              caption="Publiserte eksempler etter startår"
              rowHeading="Startår"
              rows={years.map((y) => ({ id: String(y.year), name: String(y.year), header: y.year, count: y.count }))}
            />
          </>
        )}
      </section>

      <section className="space-y-4" aria-labelledby="status-heading">
        <h2 id="status-heading" className="ds-heading" data-size="md">
          Eksempler etter status
        </h2>
        <BarChart id="status" title="Publiserte eksempler etter status" bars={statuses} />
        <MapDataTable
          compact
          caption="Publiserte eksempler etter status"
          rowHeading="Status"
          rows={projectStatuses.map((s) => ({
            id: s,
            name: projectStatusLabel[s],
            header: (
              <Link className="ds-link" href={`/prosjekter?status=${s}`}>
                {projectStatusLabel[s]}
              </Link>
            ),
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
  const first = years[0].year;
  const last = years[years.length - 1].year;
  return Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, count: counts.get(first + i) ?? 0 }));
}
