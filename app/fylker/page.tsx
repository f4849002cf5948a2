import type { Metadata } from "next";
import { Link } from "@/components/i18n/link";
import { examplesLabel, MapFigure } from "@/components/maps/choropleth-map";
import { findCountiesWithCounts } from "@/lib/counties/queries";
import { countyGeometry } from "@/lib/maps/geometry";

const description = "Prosjekteksempler fordelt på fylkene, med kommunene de kommer fra.";

export const metadata: Metadata = {
  title: "Fylker",
  description,
  alternates: { canonical: "/fylker" },
  openGraph: { title: "Fylker", description, url: "/fylker" },
};

export default async function CountiesPage() {
  const counties = await findCountiesWithCounts();
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
        <table className="ds-table" data-border>
          <caption className="ds-heading text-left" data-size="2xs">
            Publiserte eksempler per fylke
          </caption>
          <thead>
            <tr>
              <th scope="col">Fylke</th>
              <th scope="col" className="text-right">
                Eksempler
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
                  <Link className="ds-link" href={`/prosjekter?fylke=${county.slug}`} aria-label={`${county.name}: ${examplesLabel(county.projectCount)}`}>
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
