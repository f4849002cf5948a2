import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageAlternates } from "@/lib/i18n/server";
import { Link } from "@/components/i18n/link";
import { MapFigure } from "@/components/maps/choropleth-map";
import { findCountiesWithCounts } from "@/lib/counties/queries";
import { countyGeometry } from "@/lib/maps/geometry";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("counties");
  const alternates = await pageAlternates("/fylker");
  return { title: t("title"), description: t("description"), alternates, openGraph: { title: t("title"), description: t("description"), url: alternates.canonical } };
}

export default async function CountiesPage() {
  const [counties, t, tl] = await Promise.all([findCountiesWithCounts(), getTranslations("counties"), getTranslations("labels")]);
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
        <table className="ds-table" data-border>
          <caption className="ds-heading text-left" data-size="2xs">
            {t("tableCaption")}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("county")}</th>
              <th scope="col" className="text-right">
                {t("examples")}
              </th>
            </tr>
          </thead>
          <tbody>
            {counties.map((county) => (
              <tr key={county.number} data-county={county.number}>
                <th scope="row" className="font-normal">
                  <Link className="ds-link" href={`/fylker/${county.slug}`}>
                    {county.name}
                  </Link>
                </th>
                <td className="text-right">
                  <Link className="ds-link" href={`/prosjekter?fylke=${county.slug}`} aria-label={`${county.name}: ${tl("examples", { count: county.projectCount })}`}>
                    {county.projectCount}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
