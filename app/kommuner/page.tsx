import type { Metadata } from "next";
import Link from "next/link";
import { ForgetMine, MyMunicipalityPicker, describeLikeness } from "@/components/places/my-municipality";
import { findMunicipalitiesByCounty } from "@/lib/places/municipality-queries";
import { readMyMunicipality } from "@/lib/places/my-municipality";
import {
  formatChange,
  formatPopulation,
  POPULATION_SOURCE,
  POPULATION_YEAR,
  populationTrendWords,
  TREND_THRESHOLD_PERCENT,
  TREND_YEARS,
} from "@/lib/places/population";

const description = `Norges kommuner med folketall og befolkningsutvikling (SSB), prosjekteksempler fra hver kommune og fra kommuner som den.`;

export const metadata: Metadata = {
  title: "Kommuner",
  description,
  alternates: { canonical: "/kommuner" },
  openGraph: { title: "Kommuner", description, url: "/kommuner" },
};

export default async function MunicipalitiesPage() {
  const [counties, mine] = await Promise.all([findMunicipalitiesByCounty(), readMyMunicipality()]);
  const choices = counties.map((c) => ({ number: c.number, name: c.name, municipalities: c.municipalities.map((m) => ({ number: m.number, name: m.name })) }));

  return (
    <div className="space-y-10">
      <header className="max-w-3xl space-y-3">
        <h1 className="ds-heading" data-size="xl">
          Kommuner
        </h1>
        <p className="ds-paragraph" data-size="lg">
          Folketall og befolkningsutvikling for hver kommune, og prosjekteksempler fra kommuner av samme størrelse og med samme utvikling.
        </p>
        <p className="ds-paragraph">
          Folketallet er per 1. januar {POPULATION_YEAR}. Utviklingen er endringen de siste {TREND_YEARS} årene ({POPULATION_YEAR - TREND_YEARS}–
          {POPULATION_YEAR}): nedgang er mer enn {TREND_THRESHOLD_PERCENT} % færre innbyggere, vekst mer enn {TREND_THRESHOLD_PERCENT} % flere, og
          stabil er det imellom. {POPULATION_SOURCE}.
        </p>
      </header>

      <section id="min-kommune" className="ds-card max-w-3xl space-y-3" data-variant="tinted" aria-labelledby="min-kommune-heading">
        <h2 id="min-kommune-heading" className="ds-heading" data-size="sm">
          Kommuner som min
        </h2>
        <p className="ds-paragraph">
          Velg kommunen din, så kan du med ett klikk finne eksempler fra kommuner av samme størrelse og med samme utvikling. Valget huskes i en
          informasjonskapsel i nettleseren din (bare kommunenummeret, ingen konto).
        </p>
        {mine && (
          <p className="ds-paragraph">
            Din kommune er{" "}
            <Link className="ds-link" href={`/kommuner/${mine.number}`}>
              {mine.name}
            </Link>{" "}
            ({describeLikeness(mine.populationBand, mine.populationTrend)}).
          </p>
        )}
        <MyMunicipalityPicker counties={choices} selected={mine?.number ?? null} returnTo="/prosjekter" />
        {mine && <ForgetMine returnTo="/kommuner" />}
      </section>

      {counties.map((county) => (
        <section key={county.number} className="space-y-3" aria-labelledby={`fylke-${county.number}`}>
          <h2 id={`fylke-${county.number}`} className="ds-heading" data-size="md">
            <Link className="ds-link" href={`/fylker/${county.slug}`}>
              {county.name}
            </Link>
          </h2>
          <div className="overflow-x-auto">
            <table className="ds-table" data-size="sm">
              <caption className="ds-paragraph text-left text-sm">
                Kommunene i {county.name}. {POPULATION_SOURCE}.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Kommune</th>
                  <th scope="col" className="text-right">
                    Innbyggere {POPULATION_YEAR}
                  </th>
                  <th scope="col" className="text-right">
                    Endring {POPULATION_YEAR - TREND_YEARS}–{POPULATION_YEAR}
                  </th>
                  <th scope="col">Utvikling</th>
                  <th scope="col" className="text-right">
                    Eksempler
                  </th>
                </tr>
              </thead>
              <tbody>
                {county.municipalities.map((m) => (
                  <tr key={m.number}>
                    <th scope="row" className="font-normal">
                      <Link className="ds-link" href={`/kommuner/${m.number}`}>
                        {m.name}
                      </Link>
                    </th>
                    <td className="text-right tabular-nums">{m.population !== null ? formatPopulation(m.population) : "–"}</td>
                    <td className="text-right tabular-nums">{m.populationChange10y !== null ? formatChange(m.populationChange10y) : "–"}</td>
                    <td>{m.populationTrend ? populationTrendWords[m.populationTrend] : "ukjent"}</td>
                    <td className="text-right tabular-nums">{m.projectCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}
