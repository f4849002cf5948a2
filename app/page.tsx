import type { Metadata } from "next";
import Link from "next/link";
import { ProjectCard } from "@/components/projects/project-card";
import { MapFigure } from "@/components/maps/choropleth-map";
import { countyGeometry } from "@/lib/maps/geometry";
import { ReportList } from "@/components/reports/report-list-item";
import { cachedFrontPage } from "@/lib/cache/public-data";

const description =
  "Gode eksempler fra kommuner i hele landet, rapportene som studerer dem, og suksessfaktorene som forklarer dem.";

export const metadata: Metadata = {
  title: { absolute: "Kunnskapsbanken – hva virker i lokal samfunnsutvikling, og hvorfor" },
  description,
  alternates: {
    canonical: "/",
    types: {
      "application/atom+xml": [
        { url: "/feed/prosjekter.xml", title: "Nye og endrede prosjekteksempler" },
        { url: "/feed/rapporter.xml", title: "Nye og endrede rapporter" },
      ],
    },
  },
  openGraph: { title: "Kunnskapsbanken – Distriktssenteret", description, url: "/", type: "website" },
};

export default async function HomePage() {
  const { focusAreas, projects, reports, pillars, counties } = await cachedFrontPage();
  const countyData = counties.map((c) => ({ id: c.number, name: c.name, count: c.projectCount, href: `/prosjekter?fylke=${c.slug}` }));
  return (
    <div className="space-y-12">
      <section aria-labelledby="intro-heading" className="space-y-4">
        <h1 id="intro-heading" className="ds-heading" data-size="xl">
          Hva virker i lokal samfunnsutvikling – og hvorfor?
        </h1>
        <p className="ds-paragraph max-w-3xl" data-size="lg">
          {description}
        </p>
        <form action="/sok" method="get" role="search" className="flex max-w-xl flex-wrap items-end gap-2">
          <div className="ds-field flex-1">
            <label className="ds-label" htmlFor="forside-sok">
              Søk i eksempler, rapporter og suksessfaktorer
            </label>
            <input className="ds-input" id="forside-sok" name="q" type="search" maxLength={200} />
          </div>
          <button className="ds-button" data-variant="primary" type="submit">
            Søk
          </button>
        </form>
      </section>

      <section aria-labelledby="fokus-heading" className="space-y-4">
        <h2 id="fokus-heading" className="ds-heading" data-size="lg">
          Fokusområder
        </h2>
        {focusAreas.length === 0 ? (
          <p className="ds-paragraph">Ingen fokusområder er lagt inn ennå.</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {focusAreas.map((area) => (
              <li key={area.slug}>
                <Link className="ds-link" href={`/prosjekter?fokus=${area.slug}`}>
                  {area.name}
                </Link>{" "}
                <span className="text-sm">
                  ({area.projectCount} {area.projectCount === 1 ? "eksempel" : "eksempler"})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="kart-heading" className="grid items-start gap-6 md:grid-cols-[minmax(0,16rem)_1fr]">
        <div className="space-y-3 md:order-2">
          <h2 id="kart-heading" className="ds-heading" data-size="lg">
            Eksempler i hele landet
          </h2>
          <p className="ds-paragraph max-w-xl">
            Kartet viser hvor mange publiserte eksempler hvert fylke har. Velg et fylke i kartet for å se eksemplene derfra, eller{" "}
            <Link className="ds-link" href="/fylker">
              se fylkene med kart over kommunene
            </Link>
            .
          </p>
          <p className="ds-paragraph max-w-xl">
            <Link className="ds-link" href="/hva-virker">
              Hva virker? Suksessfaktorene i hvert fokusområde
            </Link>
          </p>
        </div>
        <MapFigure
          geometry={countyGeometry}
          data={countyData}
          idPrefix="forsidekart"
          title="Kart over fylkene, skravert etter antall publiserte eksempler"
        />
      </section>

      <section aria-labelledby="nye-heading" className="space-y-4">
        <h2 id="nye-heading" className="ds-heading" data-size="lg">
          Nyeste eksempler
        </h2>
        {projects.length === 0 ? (
          <p className="ds-paragraph">Ingen eksempler er publisert ennå.</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
            {projects.map((project) => (
              <li key={project.slug}>
                <ProjectCard project={project} />
              </li>
            ))}
          </ul>
        )}
        <p className="ds-paragraph">
          <Link className="ds-link" href="/prosjekter">
            Se alle prosjekteksempler
          </Link>{" "}
          eller{" "}
          <Link className="ds-link" href="/fylker">
            se eksemplene fylke for fylke
          </Link>
        </p>
      </section>

      <section aria-labelledby="rapporter-heading" className="max-w-3xl space-y-4">
        <h2 id="rapporter-heading" className="ds-heading" data-size="lg">
          Nyeste rapporter
        </h2>
        {reports.length === 0 ? (
          <p className="ds-paragraph">Ingen rapporter er publisert ennå.</p>
        ) : (
          <ReportList reports={reports} />
        )}
        <p className="ds-paragraph">
          <Link className="ds-link" href="/rapporter">
            Se alle rapporter
          </Link>
        </p>
      </section>

      <section aria-labelledby="modell-heading" className="space-y-4">
        <h2 id="modell-heading" className="ds-heading" data-size="lg">
          Modellen for attraktive steder
        </h2>
        <p className="ds-paragraph max-w-3xl">
          Fire pilarer med suksessfaktorene som forklarer hvorfor noen prosjekter lykkes – blant dem de ti faktorene i prosjektgjennomføringen.{" "}
          <Link className="ds-link" href="/suksessfaktorer">
            Les mer om suksessfaktorene
          </Link>
          .
        </p>
        <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-4">
          {pillars.map((pillar) => (
            <li key={pillar.slug} className="ds-card" data-variant="tinted">
              <h3 className="ds-heading" data-size="sm">
                {pillar.name}
              </h3>
              <p className="ds-paragraph text-sm">{pillar.tagline}</p>
              {pillar.successFactors.length > 0 && (
                <ul className="list-disc space-y-1 pl-5">
                  {pillar.successFactors.map((factor) => (
                    <li key={factor.slug}>
                      <Link className="ds-link" href={`/suksessfaktorer/${factor.slug}`}>
                        {factor.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
