import type { Metadata } from "next";
import Link from "next/link";
import { findCountiesWithCounts } from "@/lib/counties/queries";

const description = "Prosjekteksempler fordelt på fylkene, med kommunene de kommer fra.";

export const metadata: Metadata = {
  title: "Fylker",
  description,
  alternates: { canonical: "/fylker" },
  openGraph: { title: "Fylker", description, url: "/fylker" },
};

export default async function CountiesPage() {
  const counties = await findCountiesWithCounts();
  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-3">
        <h1 className="ds-heading" data-size="xl">
          Fylker
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {description}
        </p>
      </header>
      <ul className="grid gap-2 sm:grid-cols-2">
        {counties.map((county) => (
          <li key={county.number}>
            <Link className="ds-link" href={`/fylker/${county.slug}`}>
              {county.name}
            </Link>{" "}
            <span className="text-sm">
              ({county.projectCount} {county.projectCount === 1 ? "eksempel" : "eksempler"})
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
