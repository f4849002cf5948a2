import type { Metadata } from "next";
import { Link } from "@/components/i18n/link";
import { Markdown } from "@/components/ui/markdown";
import { findPillarsWithFactors } from "@/lib/success-factors/queries";

const description =
  "Suksessfaktorer for lokale og regionale utviklingsprosjekter, ordnet under de fire pilarene i modellen for attraktive steder: kjennetegnene ved Fokus, Folk og Ramme, og de ti faktorene i prosjektgjennomføringen under Verktøy.";

export const metadata: Metadata = {
  title: "Suksessfaktorer",
  description,
  alternates: { canonical: "/suksessfaktorer" },
  openGraph: { title: "Suksessfaktorer", description, url: "/suksessfaktorer" },
};

export default async function SuccessFactorsPage() {
  const pillars = await findPillarsWithFactors();
  return (
    <div className="max-w-4xl space-y-10">
      <header className="space-y-3">
        <h1 className="ds-heading" data-size="xl">
          Suksessfaktorer
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {description}
        </p>
      </header>
      {pillars.map((pillar) => (
        <section key={pillar.slug} id={pillar.slug} aria-labelledby={`pilar-${pillar.slug}`} className="space-y-4">
          <h2 id={`pilar-${pillar.slug}`} className="ds-heading" data-size="lg">
            {pillar.name}: {pillar.tagline}
          </h2>
          {pillar.body && <Markdown source={pillar.body} />}
          {pillar.successFactors.length > 0 ? (
            <ul className="grid gap-4 md:grid-cols-2">
              {pillar.successFactors.map((factor) => (
                <li key={factor.slug} className="ds-card" data-variant="tinted">
                  <h3 className="ds-heading" data-size="xs">
                    <Link className="ds-link" href={`/suksessfaktorer/${factor.slug}`}>
                      {factor.name}
                    </Link>
                  </h3>
                  <p className="ds-paragraph">{factor.summary}</p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="ds-paragraph">Ingen av suksessfaktorene er knyttet til denne pilaren ennå.</p>
          )}
        </section>
      ))}
    </div>
  );
}
