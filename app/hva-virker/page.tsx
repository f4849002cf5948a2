import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { localizePath } from "@/lib/i18n/locale";
import { pageAlternates } from "@/lib/i18n/server";
import { BarChart, ColumnChart, CountTable, type TBar, type TCountRow } from "@/components/analysis/charts";
import { FactorsByArea, TopFactors, type TAreaFactors, type TTopFactor } from "@/components/analysis/factor-lists";
import { WhatWorksMatrix, type TMatrixArea, type TMatrixPillar } from "@/components/analysis/what-works-matrix";
import { findWhatWorks } from "@/lib/analysis/queries";
import { projectStatuses } from "@/lib/projects/filters";

export async function generateMetadata(): Promise<Metadata> {
  const [alternates, t] = await Promise.all([pageAlternates("/hva-virker"), getTranslations("whatWorks")]);
  const description = t("description");
  return { title: t("title"), description, alternates, openGraph: { title: t("title"), description, url: alternates.canonical } };
}

export default async function WhatWorksPage() {
  const [data, t, tl] = await Promise.all([findWhatWorks(), getTranslations("whatWorks"), getTranslations("labels")]);
  const examplesLabel = (count: number) => tl("examples", { count });
  const statusLabel = (status: (typeof projectStatuses)[number]) => tl(`status.${status}`);
  // The matrix's ~340 cells are plain <a>, localized by WhatWorksMatrix in the reader's language.
  const locale = await getLocale();
  const areas = data.areas.filter((a) => a.total > 0);
  const years = data.years.length === 0 ? [] : fillYears(data.years);
  const statuses = projectStatuses.map((s): TBar => [statusLabel(s), data.statusCounts.get(s) ?? 0]);

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
          <WhatWorksMatrix
            areas={areas.map((a): TMatrixArea => [a.slug, a.name])}
            pillars={data.pillars
              .filter((p) => p.factors.length > 0)
              .map((p): TMatrixPillar => [p.name, p.factors.map((f) => [f.slug, f.name, f.total, areas.map((a) => data.cell(a.id, f.id))])])}
            locale={locale}
            caption={t("matrixCaption")}
            factorHeading={t("factor")}
            allHeading={t("all")}
          />
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
            <TopFactors factors={data.topFactors.map((f): TTopFactor => [f.slug, f.name, examplesLabel(f.total)])} />
          )}
        </section>

        <section className="space-y-4" aria-labelledby="per-fokus-heading">
          <h2 id="per-fokus-heading" className="ds-heading" data-size="md">
            {t("byAreaHeading")}
          </h2>
          <FactorsByArea
            none={t("byAreaNone")}
            areas={data.topFactorsByArea.map(({ area, factors }): TAreaFactors => [area.slug, area.name, examplesLabel(area.total), factors.map((f) => [f.slug, f.name, f.count])])}
          />
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
            <ColumnChart id="startar" title={t("chartTitle", { title: t("yearTitle") })} bars={years.map((y): TBar => [String(y.year), y.count])} />
            {data.withoutYear > 0 && <p className="ds-paragraph text-sm">{t("withoutYear", { examples: examplesLabel(data.withoutYear) })}</p>}
            <CountTable caption={t("yearTitle")} rowHeading={t("startYear")} countHeading={tl("examplesHeading")} rows={years.map((y): TCountRow => [String(y.year), y.count, null])} />
          </>
        )}
      </section>

      <section className="space-y-4" aria-labelledby="status-heading">
        <h2 id="status-heading" className="ds-heading" data-size="md">
          {t("statusHeading")}
        </h2>
        <BarChart id="status" title={t("chartTitle", { title: t("statusTitle") })} bars={statuses} />
        <CountTable
          caption={t("statusTitle")}
          rowHeading={t("status")}
          countHeading={tl("examplesHeading")}
          rows={projectStatuses.map((s): TCountRow => [statusLabel(s), data.statusCounts.get(s) ?? 0, localizePath(`/prosjekter?status=${s}`, locale)])}
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
