import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageAlternates } from "@/lib/i18n/server";
import { Link } from "@/components/i18n/link";
import { ForgetMine, MyMunicipalityPicker, describeLikeness } from "@/components/places/my-municipality";
import { findMunicipalitiesByCounty } from "@/lib/places/municipality-queries";
import { readMyMunicipality } from "@/lib/places/my-municipality";
import {
  formatChange,
  formatPopulation,
  POPULATION_YEAR,
  TREND_THRESHOLD_PERCENT,
  TREND_YEARS,
} from "@/lib/places/population";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("municipalities");
  const alternates = await pageAlternates("/kommuner");
  return { title: t("title"), description: t("description"), alternates, openGraph: { title: t("title"), description: t("description"), url: alternates.canonical } };
}

export default async function MunicipalitiesPage() {
  const [counties, mine, t, tc, tp] = await Promise.all([
    findMunicipalitiesByCounty(),
    readMyMunicipality(),
    getTranslations("municipalities"),
    getTranslations("common"),
    getTranslations("population"),
  ]);
  const choices = counties.map((c) => ({ number: c.number, name: c.name, municipalities: c.municipalities.map((m) => ({ number: m.number, name: m.name })) }));

  return (
    <div className="space-y-10">
      <header className="max-w-3xl space-y-3">
        <h1 className="ds-heading" data-size="xl">
          {t("title")}
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {t("intro")}
        </p>
        <p className="ds-paragraph">
          {t("method", { year: String(POPULATION_YEAR), years: TREND_YEARS, from: String(POPULATION_YEAR - TREND_YEARS), threshold: TREND_THRESHOLD_PERCENT, source: tp("source") })}
        </p>
      </header>

      <section id="min-kommune" className="ds-card max-w-3xl space-y-3" data-variant="tinted" aria-labelledby="min-kommune-heading">
        <h2 id="min-kommune-heading" className="ds-heading" data-size="sm">
          {t("likeMine")}
        </h2>
        <p className="ds-paragraph">
          {t("likeMineText")}
        </p>
        {mine && (
          <p className="ds-paragraph">
            {t.rich("yoursIs", {
              name: mine.name,
              likeness: describeLikeness(tc, mine.populationBand, mine.populationTrend),
              link: (chunks) => <Link className="ds-link" href={`/kommuner/${mine.number}`}>{chunks}</Link>,
            })}
          </p>
        )}
        <MyMunicipalityPicker counties={choices} selected={mine?.number ?? null} returnTo="/prosjekter" />
        {mine && <ForgetMine returnTo="/kommuner" />}
      </section>

      {counties.map((county) => (
        <section key={county.number} className="space-y-3" aria-labelledby={`fylke-${county.number}`}>
          <h2 id={`fylke-${county.number}`} className="ds-heading" data-size="md">
            <Link className="ds-link" href={`/fylker/${county.slug}`}>
              {county.name}
            </Link>
          </h2>
          <div className="overflow-x-auto">
            <table className="ds-table" data-size="sm">
              <caption className="ds-paragraph text-left text-sm">
                {t("caption", { county: county.name, source: tp("source") })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("municipality")}</th>
                  <th scope="col" className="text-right">
                    {t("population", { year: String(POPULATION_YEAR) })}
                  </th>
                  <th scope="col" className="text-right">
                    {t("change", { from: String(POPULATION_YEAR - TREND_YEARS), to: String(POPULATION_YEAR) })}
                  </th>
                  <th scope="col">{t("trend")}</th>
                  <th scope="col" className="text-right">
                    {t("examples")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {county.municipalities.map((m) => (
                  <tr key={m.number}>
                    <th scope="row" className="font-normal">
                      <Link className="ds-link" href={`/kommuner/${m.number}`}>
                        {m.name}
                      </Link>
                    </th>
                    <td className="text-right tabular-nums">{m.population !== null ? formatPopulation(m.population) : "–"}</td>
                    <td className="text-right tabular-nums">{m.populationChange10y !== null ? formatChange(m.populationChange10y) : "–"}</td>
                    <td>{t("trendWord", { trend: m.populationTrend ?? "ukjent" })}</td>
                    <td className="text-right tabular-nums">{m.projectCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}
