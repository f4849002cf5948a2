import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { pageAlternates } from "@/lib/i18n/server";
import { localizePath } from "@/lib/i18n/locale";
import { Link } from "@/components/i18n/link";
import { ForgetMine, MyMunicipalityPicker, describeLikeness } from "@/components/places/my-municipality";
import { CountyMunicipalityLists, type TCountyNames } from "@/components/places/municipality-tables";
import { findMunicipalitiesByCounty } from "@/lib/places/municipality-queries";
import { readMyMunicipality } from "@/lib/places/my-municipality";
import { POPULATION_YEAR, TREND_THRESHOLD_PERCENT, TREND_YEARS } from "@/lib/places/population";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("municipalities");
  const alternates = await pageAlternates("/kommuner");
  return { title: t("title"), description: t("description"), alternates, openGraph: { title: t("title"), description: t("description"), url: alternates.canonical } };
}

/**
 * Every municipality by county, linked to its page, and the "my municipality" choice. The table of
 * each municipality's figures is on its county's page (/fylker/[slug]#kommunene): 357 rows of
 * figures here weighed over 100 KB however drawn (issue 10, ARCHITECTURE.md "Light pages").
 */
export default async function MunicipalitiesPage() {
  const [counties, mine, t, tc, tp, locale] = await Promise.all([
    findMunicipalitiesByCounty(),
    readMyMunicipality(),
    getTranslations("municipalities"),
    getTranslations("common"),
    getTranslations("population"),
    getLocale(),
  ]);
  // One compact row per municipality, shared by the choice and the lists (the React payload
  // carries them once; see components/places/municipality-tables.tsx).
  const rows: TCountyNames[] = counties.map((county) => [
    county.number,
    localizePath(`/fylker/${county.slug}`, locale),
    county.name,
    t("figuresLink", { county: county.name }),
    county.municipalities.map((m) => [m.number, m.name, m.projectCount]),
  ]);

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
        <MyMunicipalityPicker counties={rows} selected={mine?.number ?? null} returnTo="/prosjekter" />
        {mine && <ForgetMine returnTo="/kommuner" />}
      </section>

      <p className="ds-paragraph max-w-3xl">{t("countNote")}</p>
      <CountyMunicipalityLists counties={rows} municipalityBase={localizePath("/kommuner", locale)} />
    </div>
  );
}
