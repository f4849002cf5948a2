import type { Metadata } from "next";
import { Link } from "@/components/i18n/link";
import { findFocusAreasWithCounts } from "@/lib/focus-areas/queries";

const description = "Temaene i Kunnskapsbanken, fra bredbånd og bolig til ungdom og omdømme, med prosjekteksempler og rapporter.";

export const metadata: Metadata = {
  title: "Fokusområder",
  description,
  alternates: { canonical: "/fokusomrader" },
  openGraph: { title: "Fokusområder", description, url: "/fokusomrader" },
};

export default async function FocusAreasPage() {
  const areas = await findFocusAreasWithCounts();
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="ds-heading" data-size="xl">
          Fokusområder
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {description}
        </p>
      </header>
      {areas.length === 0 ? (
        <p className="ds-paragraph">Ingen fokusområder er lagt inn ennå.</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
          {areas.map((area) => (
            <li key={area.slug} className="ds-card" data-variant="tinted">
              <h2 className="ds-heading" data-size="xs">
                <Link className="ds-link" href={`/fokusomrader/${area.slug}`}>
                  {area.name}
                </Link>
              </h2>
              <p className="ds-paragraph text-sm">
                {area.projectCount} {area.projectCount === 1 ? "eksempel" : "eksempler"}
              </p>
              <p className="ds-paragraph">{area.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
