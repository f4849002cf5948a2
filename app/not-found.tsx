import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Fant ikke siden" };

export default function NotFound() {
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="ds-heading" data-size="lg">
        Fant ikke siden
      </h1>
      <p className="ds-paragraph">Siden du ser etter finnes ikke, eller den er flyttet eller ikke publisert.</p>
      <p className="ds-paragraph">
        Gå til <Link className="ds-link" href="/">forsiden</Link> eller{" "}
        <Link className="ds-link" href="/prosjekter">se alle prosjekteksempler</Link>.
      </p>
    </div>
  );
}
