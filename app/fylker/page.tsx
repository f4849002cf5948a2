import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageAlternates } from "@/lib/i18n/server";
import { MapFigure } from "@/components/maps/choropleth-map";
import { MapDataTable } from "@/components/maps/map-data-table";
import { cachedCountiesWithCounts } from "@/lib/cache/public-data";
import { countyGeometry } from "@/lib/maps/geometry";
import { SuggestLink } from "@/components/intake/suggest-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("counties");
  const alternates = await pageAlternates("/fylker");
  return { title: t("title"), description: t("description"), alternates, openGraph: { title: t("title"), description: t("description"), url: alternates.canonical } };
}

export default async function CountiesPage() {
  const [counties, t] = await Promise.all([cachedCountiesWithCounts(), getTranslations("counties")]);
  const byNumber = new Map(counties.map((c) => [c.number, c]));
  const data = countyGeometry.areas.map((area) => {
    const county = byNumber.get(area.id);
    return { id: area.id, name: county?.name ?? area.name, count: county?.projectCount ?? 0, href: county ? `/prosjekter?fylke=${county.slug}` : null };
  });
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="ds-heading" data-size="xl">
          {t("title")}
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {t("description")}
        </p>
        <SuggestLink />
      </header>
      <div className="grid items-start gap-8 md:grid-cols-[minmax(0,26rem)_1fr]">
        <MapFigure
          geometry={countyGeometry}
          data={data}
          idPrefix="fylkeskart"
          title={t("mapTitle")}
          caption={
            <p className="ds-paragraph text-sm">
              {t("mapCaption")}
            </p>
          }
        />
        <MapDataTable
          caption={t("tableCaption")}
          rowHeading={t("county")}
          rowAttribute="data-county"
          rows={counties.map((county) => ({
            id: county.number,
            name: county.name,
            headerHref: `/fylker/${county.slug}`,
            count: county.projectCount,
            href: `/prosjekter?fylke=${county.slug}`,
          }))}
        />
      </div>
    </div>
  );
}
