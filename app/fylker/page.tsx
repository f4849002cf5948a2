import type { Metadata } from "next";
import Link from "next/link";
import { MapFigure } from "@/components/maps/choropleth-map";
import { MapDataTable } from "@/components/maps/map-data-table";
import { cachedCountiesWithCounts } from "@/lib/cache/public-data";
import { countyGeometry } from "@/lib/maps/geometry";

const description = "Prosjekteksempler fordelt på fylkene, med kommunene de kommer fra.";

export const metadata: Metadata = {
  title: "Fylker",
  description,
  alternates: { canonical: "/fylker" },
  openGraph: { title: "Fylker", description, url: "/fylker" },
};

export default async function CountiesPage() {
  const counties = await cachedCountiesWithCounts();
  const byNumber = new Map(counties.map((c) => [c.number, c]));
  const data = countyGeometry.areas.map((area) => {
    const county = byNumber.get(area.id);
    return { id: area.id, name: county?.name ?? area.name, count: county?.projectCount ?? 0, href: county ? `/prosjekter?fylke=${county.slug}` : null };
  });
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="ds-heading" data-size="xl">
          Fylker
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {description}
        </p>
      </header>
      <div className="grid items-start gap-8 md:grid-cols-[minmax(0,26rem)_1fr]">
        <MapFigure
          geometry={countyGeometry}
          data={data}
          idPrefix="fylkeskart"
          title="Kart over fylkene, skravert etter antall publiserte eksempler"
          caption={
            <p className="ds-paragraph text-sm">
              Fylkene farget etter antall publiserte eksempler. Velg et fylke for å se eksemplene derfra. Et eksempel som spenner over flere fylker,
              telles i hvert av dem.
            </p>
          }
        />
        <MapDataTable
          caption="Publiserte eksempler per fylke"
          rowHeading="Fylke"
          rowAttribute="data-county"
          rows={counties.map((county) => ({
            id: county.number,
            name: county.name,
            header: (
              <Link className="ds-link" href={`/fylker/${county.slug}`}>
                {county.name}
              </Link>
            ),
            count: county.projectCount,
            href: `/prosjekter?fylke=${county.slug}`,
          }))}
        />
      </div>
    </div>
  );
}
