import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { localizePath } from "@/lib/i18n/locale";
import { CountyExampleGroups, type TCountyExampleGroup } from "@/components/places/county-examples";
import { MunicipalityFiguresTable, type TMunicipalityFigures } from "@/components/places/municipality-tables";
import { formatChange, formatPopulation, POPULATION_YEAR, TREND_THRESHOLD_PERCENT, TREND_YEARS } from "@/lib/places/population";
import { pageAlternates } from "@/lib/i18n/server";
import { Link } from "@/components/i18n/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { MapFigure } from "@/components/maps/choropleth-map";
import { Markdown } from "@/components/ui/markdown";
import { ContentLanguage } from "@/components/i18n/content-language";
import { municipalityGeometry } from "@/lib/maps/geometry";
import { SourceList } from "@/components/ui/source-list";
import { zSlug } from "@/lib/content/schemas";
import { findCountyBySlug } from "@/lib/counties/queries";
import { periodLabel } from "@/lib/i18n/format";
import { cachedMunicipalityCounts, cachedProjectsInCounty } from "@/lib/cache/public-data";
import { teaser } from "@/lib/text/teaser";

type Props = { params: Promise<{ slug: string }> };

const loadCounty = cache(async (slug: string) => (zSlug.safeParse(slug).success ? findCountyBySlug(slug) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const county = await loadCounty((await params).slug);
  if (!county) return { title: (await getTranslations("errors"))("notFoundTitle") };
  const t = await getTranslations("county");
  const description = t("description", { county: county.name });
  return {
    title: county.name,
    description,
    alternates: {
      ...(await pageAlternates(`/fylker/${county.slug}`)),
      types: { "application/atom+xml": [{ url: `/feed/prosjekter.xml?fylke=${county.slug}`, title: t("feed", { county: county.name }) }] },
    },
    openGraph: { title: county.name, description, url: `/fylker/${county.slug}` },
  };
}

export default async function CountyPage({ params }: Props) {
  const county = await loadCounty((await params).slug);
  if (!county) notFound();
  const [{ projects, total }, municipalityCounts, t, tl, tn, tm, tp, locale] = await Promise.all([
    cachedProjectsInCounty(county.number),
    cachedMunicipalityCounts(county.number),
    getTranslations("county"),
    getTranslations("labels"),
    getTranslations("layout.nav"),
    getTranslations("municipalities"),
    getTranslations("population"),
    getLocale(),
  ]);
  // The municipalities' figures (SSB) and examples, one compact row each for the table's client
  // component (see components/places/municipality-tables.tsx).
  const figures = municipalityCounts.map((m): TMunicipalityFigures => [
    m.number,
    m.name,
    m.population !== null ? formatPopulation(m.population) : "–",
    m.populationChange10y !== null ? formatChange(m.populationChange10y) : "–",
    tm("trendWord", { trend: m.populationTrend ?? "ukjent" }),
    m.projectCount,
  ]);
  // "1 eksempel", "2 eksempler" without the number: the table names its count links with them.
  const examplesWords: [string, string] = [tl("examples", { count: 1 }).replace(/^1 /, ""), tl("examples", { count: 2 }).replace(/^2 /, "")];
  const withExamples = new Set(municipalityCounts.filter((m) => m.projectCount > 0).map((m) => m.number));
  const geometry = municipalityGeometry(county.number);
  const mapData = municipalityCounts.map((m) => ({
    id: m.number,
    name: m.name,
    count: m.projectCount,
    // The list filter accepts municipalities that have examples; the others lead to the
    // municipality's own page (population, neighbours with examples), not to an empty list.
    href: m.projectCount > 0 ? `/prosjekter?kommune=${m.number}` : `/kommuner/${m.number}`,
    linkHint: m.projectCount > 0 ? undefined : t("linkHint"),
  }));

  // Group by the municipalities of this county a project covers: a regional project spanning
  // several municipalities is listed once, under all their names, rather than repeated.
  const groups = new Map<string, { numbers: string[]; names: string[]; projects: typeof projects }>();
  for (const project of projects) {
    const local = project.municipalities.map((m) => m.municipality).filter((m) => county.municipalities.some((c) => c.number === m.number));
    const key = local.map((m) => m.number).join(",");
    const group = groups.get(key) ?? { numbers: local.map((m) => m.number), names: local.map((m) => m.name), projects: [] };
    group.projects.push(project);
    groups.set(key, group);
  }
  const byMunicipality = [...groups.values()].sort(
    (a, b) => a.names.length - b.names.length || a.names.join(", ").localeCompare(b.names.join(", "), "nb"),
  );
  const withoutExamples = county.municipalities.filter((m) => !withExamples.has(m.number));

  return (
    <div className="space-y-10">
      <header className="max-w-3xl space-y-3">
        <p className="ds-paragraph text-sm">
          <Link className="ds-link" href="/fylker">
            {tn("counties")}
          </Link>
        </p>
        <h1 className="ds-heading" data-size="xl">
          {county.name}
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {projects.length === 0
            ? t("noneYet", { county: county.name })
            : t("summary", { total: total.count, municipalities: withExamples.size, county: county.name })}
        </p>
      </header>


      {geometry && (
        <section className="space-y-4" aria-labelledby="kart-heading">
          <h2 id="kart-heading" className="ds-heading" data-size="lg">
            {t("mapHeading")}
          </h2>
          <div className="max-w-[28rem]">
            <MapFigure
              geometry={geometry}
              data={mapData}
              idPrefix="kommunekart"
              title={t("mapTitle", { county: county.name })}
              caption={
                <p className="ds-paragraph text-sm">{t("mapCaption")}</p>
              }
            />
          </div>
        </section>
      )}

      <section id="kommunene" className="max-w-4xl space-y-3" aria-labelledby="kommunene-heading">
        <h2 id="kommunene-heading" className="ds-heading" data-size="lg">
          {t("figuresHeading")}
        </h2>
        <MunicipalityFiguresTable
          caption={tm("caption", { county: county.name, source: tp("source") })}
          headings={[
            tm("municipality"),
            tm("population", { year: String(POPULATION_YEAR) }),
            tm("change", { from: String(POPULATION_YEAR - TREND_YEARS), to: String(POPULATION_YEAR) }),
            tm("trend"),
            tm("examples"),
          ]}
          rows={figures}
          municipalityBase={localizePath("/kommuner", locale)}
          listBase={localizePath("/prosjekter?kommune=", locale)}
          examplesWords={examplesWords}
        />
        <p className="ds-paragraph text-sm">
          {tm("method", { year: String(POPULATION_YEAR), years: TREND_YEARS, from: String(POPULATION_YEAR - TREND_YEARS), threshold: TREND_THRESHOLD_PERCENT, source: tp("source") })}
        </p>
      </section>

      {/* County texts are written in bokmål (they have no language field): marked so on a nynorsk page. */}
      {county.body && (
        <ContentLanguage language="nb" as="div">
          <Markdown source={county.body} className="max-w-3xl" />
        </ContentLanguage>
      )}

      <section className="space-y-6" aria-labelledby="eksempler-heading">
        <h2 id="eksempler-heading" className="ds-heading" data-size="lg">
          {t("newestHeading")}
        </h2>
        {projects.length > 0 && (
          <p className="ds-paragraph">
            {t("newestOf", { shown: projects.length, total: total.count })}
          </p>
        )}
        {byMunicipality.length === 0 ? (
          <p className="ds-paragraph">{t("noneShort")}</p>
        ) : (
          <CountyExampleGroups
            groups={byMunicipality.map((group): TCountyExampleGroup => [
              group.numbers,
              group.names,
              group.projects.map((project) => {
                const period = periodLabel(tl, project.startYear, project.endYear);
                return [project.slug, project.title, `${period ? ` · ${period}` : ""} · ${tl(`status.${project.status}`)}`, teaser(project.summary, 160)];
              }),
            ])}
            municipalityBase={localizePath("/kommuner", locale)}
            projectBase={localizePath("/prosjekter", locale)}
          />
        )}
        {projects.length > 0 && (
          <p className="ds-paragraph">
            <Link className="ds-link" href={`/prosjekter?fylke=${county.slug}`}>
              {t("seeAll", { county: county.name })}
            </Link>
          </p>
        )}
      </section>

      {withoutExamples.length > 0 && (
        <section className="max-w-4xl space-y-3" aria-labelledby="uten-heading">
          <h2 id="uten-heading" className="ds-heading" data-size="md">
            {t("withoutHeading", { count: withoutExamples.length })}
          </h2>
          {/* Their names only: each is linked, with its figures, in the table above. */}
          <p className="ds-paragraph">{new Intl.ListFormat(locale === "nn" ? "nn" : "nb", { type: "conjunction" }).format(withoutExamples.map((m) => m.name))}.</p>
          <p className="ds-paragraph">{t("withoutText")}</p>
        </section>
      )}

      <section className="max-w-3xl space-y-3" aria-labelledby="kontakt-heading">
        <h2 id="kontakt-heading" className="ds-heading" data-size="md">
          {t("contactHeading")}
        </h2>
        {county.contactRole ? (
          <ContentLanguage language="nb" as="div">
            <Markdown source={county.contactRole} />
          </ContentLanguage>
        ) : (
          <p className="ds-paragraph">{t("contactMissing", { county: county.name })}</p>
        )}
      </section>

      {county.sources.length > 0 && (
        <section className="max-w-3xl space-y-3" aria-labelledby="kilder-heading">
          <h2 id="kilder-heading" className="ds-heading" data-size="md">
            {t("sources")}
          </h2>
          <SourceList sources={county.sources} />
        </section>
      )}
    </div>
  );
}
