import type { Metadata } from "next";
import { pageAlternates } from "@/lib/i18n/server";
import { getTranslations } from "next-intl/server";
import { localHref } from "@/lib/i18n/server";
import { Link } from "@/components/i18n/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { ChooseAsMine, describeLikeness, ForgetMine } from "@/components/places/my-municipality";
import { PopulationChart } from "@/components/places/population-chart";
import { ProjectCard } from "@/components/projects/project-card";
import { findMunicipalityByNumber, findSuccessorsOfFormerNumber } from "@/lib/places/municipality-queries";
import { readMyMunicipality, ZMunicipalityNumber } from "@/lib/places/my-municipality";
import {
  formatChange,
  formatPopulation,
  POPULATION_SOURCE,
  POPULATION_YEAR,
  populationBandLabels,
  populationTrendLabels,
  TREND_YEARS,
} from "@/lib/places/population";
import { projectListHref, emptyProjectFilters } from "@/lib/projects/filters";
import { findPublishedProjectsInMunicipality, findPublishedProjectsLikeMunicipality } from "@/lib/projects/queries";

type Props = { params: Promise<{ nummer: string }> };

const EXAMPLES_SHOWN = 10;
const LIKE_SHOWN = 6;

const loadMunicipality = cache(async (nummer: string) => (ZMunicipalityNumber.safeParse(nummer).success ? findMunicipalityByNumber(nummer) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const municipality = await loadMunicipality((await params).nummer);
  if (!municipality) return { title: "Kommune" };
  const figures = municipality.population !== null ? ` ${formatPopulation(municipality.population)} innbyggere (${POPULATION_YEAR}).` : "";
  const description = `${municipality.name} kommune i ${municipality.county.name}:${figures} Befolkningsutviklingen siden 1986, prosjekteksempler fra kommunen og fra kommuner som den.`;
  return {
    title: `${municipality.name} kommune`,
    description,
    alternates: await pageAlternates(`/kommuner/${municipality.number}`),
    openGraph: { title: `${municipality.name} kommune`, description, url: `/kommuner/${municipality.number}` },
  };
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-4" aria-labelledby={id}>
      <h2 id={id} className="ds-heading" data-size="md">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function MunicipalityPage({ params }: Props) {
  const { nummer } = await params;
  const municipality = await loadMunicipality(nummer);
  if (!municipality) {
    if (!ZMunicipalityNumber.safeParse(nummer).success) notFound();
    return <FormerNumber number={nummer} />;
  }

  const { number, name, populationBand: band, populationTrend: trend } = municipality;
  const tc = await getTranslations("common");
  const [examples, like, mine] = await Promise.all([
    findPublishedProjectsInMunicipality(number, EXAMPLES_SHOWN),
    band && trend ? findPublishedProjectsLikeMunicipality({ number, band, trend }, LIKE_SHOWN) : null,
    readMyMunicipality(),
  ]);
  const then = municipality.populationSeries.find((p) => p.year === POPULATION_YEAR - TREND_YEARS);
  const former = municipality.formerOf.map((f) => f.former);
  const here = `/kommuner/${number}`;

  return (
    <div className="space-y-10">
      <header className="max-w-3xl space-y-3">
        <p className="ds-paragraph text-sm">
          <Link className="ds-link" href="/kommuner">
            Kommuner
          </Link>
        </p>
        <h1 className="ds-heading" data-size="xl">
          {name}
        </h1>
        {municipality.otherNames.length > 0 && (
          <p className="ds-paragraph">Også: {municipality.otherNames.join(", ")} (samisk eller kvensk navneform).</p>
        )}
        <p className="ds-paragraph" data-size="lg">
          Kommunenummer {number}, i{" "}
          <Link className="ds-link" href={`/fylker/${municipality.county.slug}`}>
            {municipality.county.name}
          </Link>
          .
        </p>
      </header>

      <section className="max-w-3xl space-y-3" aria-labelledby="folketall-heading">
        <h2 id="folketall-heading" className="ds-heading" data-size="md">
          Folketall
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">Innbyggere 1. januar {POPULATION_YEAR}</dt>
          <dd data-testid="folketall">{municipality.population !== null ? formatPopulation(municipality.population) : "ingen tall"}</dd>
          <dt className="font-semibold">
            Endring siste {TREND_YEARS} år ({POPULATION_YEAR - TREND_YEARS}–{POPULATION_YEAR})
          </dt>
          <dd>
            {municipality.populationChange10y !== null && then
              ? `${formatChange(municipality.populationChange10y)} (fra ${formatPopulation(then.population)})`
              : `ingen sammenlignbare tall for ${POPULATION_YEAR - TREND_YEARS}`}
          </dd>
          <dt className="font-semibold">Utvikling</dt>
          <dd data-testid="utvikling">{trend ? populationTrendLabels[trend] : "ukjent"}</dd>
          <dt className="font-semibold">Størrelse</dt>
          <dd>{band ? populationBandLabels[band] : "ukjent"}</dd>
        </dl>
        <p className="ds-paragraph text-sm">{POPULATION_SOURCE}.</p>
        <div className="flex flex-wrap items-center gap-3">
          {mine?.number === number ? (
            <>
              <p className="ds-paragraph text-sm">{name} er valgt som din kommune.</p>
              <ForgetMine returnTo={here} />
            </>
          ) : (
            <ChooseAsMine number={number} name={name} returnTo={here} />
          )}
        </div>
      </section>

      <Section id="utvikling-heading" title={`Befolkningsutviklingen siden ${municipality.populationSeries[0]?.year ?? 1986}`}>
        <PopulationChart id="folketall-diagram" name={name} series={municipality.populationSeries} />
      </Section>

      <Section id="eksempler-heading" title={`Eksempler fra ${name}`}>
        {examples.total === 0 ? (
          <p className="ds-paragraph">Ingen publiserte prosjekteksempler fra {name} ennå.</p>
        ) : (
          <>
            <ul className="grid gap-4 md:grid-cols-2">
              {examples.projects.map((project) => (
                <li key={project.slug}>
                  <ProjectCard project={project} />
                </li>
              ))}
            </ul>
            <p className="ds-paragraph">
              <Link className="ds-link" href={projectListHref({ ...emptyProjectFilters, kommune: number })}>
                {examples.total > examples.projects.length
                  ? `Alle ${examples.total} eksempler fra ${name}`
                  : `Søk og filtrer blant eksemplene fra ${name}`}
              </Link>
            </p>
          </>
        )}
      </Section>

      {like && band && trend && (
        <Section id="som-heading" title={`Eksempler fra kommuner som ${name}`}>
          <p className="ds-paragraph max-w-3xl">
            Fra andre kommuner med {describeLikeness(tc, band, trend)} ({POPULATION_YEAR - TREND_YEARS}–{POPULATION_YEAR}). {POPULATION_SOURCE}.
          </p>
          {like.total === 0 ? (
            <p className="ds-paragraph">Ingen publiserte eksempler fra slike kommuner ennå.</p>
          ) : (
            <>
              <ul className="grid gap-4 md:grid-cols-2">
                {like.projects.map((project) => (
                  <li key={project.slug}>
                    <ProjectCard project={project} />
                  </li>
                ))}
              </ul>
              <p className="ds-paragraph">
                <Link className="ds-link" href={projectListHref({ ...emptyProjectFilters, innbyggere: band, utvikling: trend })}>
                  Alle eksempler fra kommuner som {name}
                </Link>
              </p>
            </>
          )}
        </Section>
      )}

      <Section id="tidligere-heading" title="Tidligere kommunenummer og navn">
        {former.length === 0 ? (
          <p className="ds-paragraph">Ingen endringer i nummer eller navn siden 2015.</p>
        ) : (
          <ul className="list-disc pl-5">
            {former.map((f) => (
              <li key={`${f.number}-${f.validTo}`}>
                {f.number} {f.name} (til og med {f.validTo})
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}

/** A former number: to today's municipality if one covers it, else the ones its area is split between. */
async function FormerNumber({ number }: { number: string }) {
  const { name, successors } = await findSuccessorsOfFormerNumber(number);
  if (successors.length === 0) notFound();
  if (successors.length === 1) permanentRedirect(await localHref(`/kommuner/${successors[0].number}`));
  return (
    <div className="max-w-3xl space-y-4">
      <p className="ds-paragraph text-sm">
        <Link className="ds-link" href="/kommuner">
          Kommuner
        </Link>
      </p>
      <h1 className="ds-heading" data-size="xl">
        {number} {name}
      </h1>
      <p className="ds-paragraph">
        {number} er et tidligere kommunenummer. Området hører nå til flere kommuner (den første har det tidligere kommunesenteret):
      </p>
      <ul className="list-disc pl-5">
        {successors.map((m) => (
          <li key={m.number}>
            <Link className="ds-link" href={`/kommuner/${m.number}`}>
              {m.name}
            </Link>{" "}
            ({m.number})
          </li>
        ))}
      </ul>
    </div>
  );
}
