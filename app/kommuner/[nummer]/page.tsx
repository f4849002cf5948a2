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
import { formatChange, formatPopulation, POPULATION_YEAR, TREND_THRESHOLD_PERCENT, TREND_YEARS } from "@/lib/places/population";
import { projectListHref, emptyProjectFilters } from "@/lib/projects/filters";
import { findPublishedProjectsInMunicipality, findPublishedProjectsLikeMunicipality } from "@/lib/projects/queries";

type Props = { params: Promise<{ nummer: string }> };

const EXAMPLES_SHOWN = 10;
const LIKE_SHOWN = 6;

const loadMunicipality = cache(async (nummer: string) => (ZMunicipalityNumber.safeParse(nummer).success ? findMunicipalityByNumber(nummer) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const municipality = await loadMunicipality((await params).nummer);
  if (!municipality) return { title: (await getTranslations("county"))("municipality") };
  const t = await getTranslations("municipality");
  const figures = municipality.population !== null ? t("figures", { population: formatPopulation(municipality.population), year: String(POPULATION_YEAR) }) : "";
  const description = t("description", { name: municipality.name, county: municipality.county.name, figures });
  const title = t("title", { name: municipality.name });
  return {
    title,
    description,
    alternates: await pageAlternates(`/kommuner/${municipality.number}`),
    openGraph: { title, description, url: `/kommuner/${municipality.number}` },
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
  const [tc, t, tp, tn] = await Promise.all([
    getTranslations("common"),
    getTranslations("municipality"),
    getTranslations("population"),
    getTranslations("layout.nav"),
  ]);
  const source = tp("source");
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
            {tn("municipalities")}
          </Link>
        </p>
        <h1 className="ds-heading" data-size="xl">
          {name}
        </h1>
        {municipality.otherNames.length > 0 && (
          <p className="ds-paragraph">{t("otherNames", { names: municipality.otherNames.join(", ") })}</p>
        )}
        <p className="ds-paragraph" data-size="lg">
          {t.rich("numberIn", {
            number,
            county: municipality.county.name,
            link: (chunks) => (
              <Link className="ds-link" href={`/fylker/${municipality.county.slug}`}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      </header>

      <section className="max-w-3xl space-y-3" aria-labelledby="folketall-heading">
        <h2 id="folketall-heading" className="ds-heading" data-size="md">
          {t("populationHeading")}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("populationOn", { year: String(POPULATION_YEAR) })}</dt>
          <dd data-testid="folketall">{municipality.population !== null ? formatPopulation(municipality.population) : t("noFigures")}</dd>
          <dt className="font-semibold">
            {t("changeOver", { years: TREND_YEARS, from: String(POPULATION_YEAR - TREND_YEARS), to: String(POPULATION_YEAR) })}
          </dt>
          <dd>
            {municipality.populationChange10y !== null && then
              ? t("changeValue", { change: formatChange(municipality.populationChange10y), then: formatPopulation(then.population) })
              : t("noComparable", { year: String(POPULATION_YEAR - TREND_YEARS) })}
          </dd>
          <dt className="font-semibold">{t("trend")}</dt>
          <dd data-testid="utvikling">{trend ? tp(`trendLabel.${trend}`, { threshold: TREND_THRESHOLD_PERCENT }) : t("unknown")}</dd>
          <dt className="font-semibold">{t("size")}</dt>
          <dd>{band ? tp(`bandLabel.${band}`) : t("unknown")}</dd>
        </dl>
        <p className="ds-paragraph text-sm">{source}.</p>
        <div className="flex flex-wrap items-center gap-3">
          {mine?.number === number ? (
            <>
              <p className="ds-paragraph text-sm">{t("isMine", { name })}</p>
              <ForgetMine returnTo={here} />
            </>
          ) : (
            <ChooseAsMine number={number} name={name} returnTo={here} />
          )}
        </div>
      </section>

      <Section id="utvikling-heading" title={t("developmentSince", { year: String(municipality.populationSeries[0]?.year ?? 1986) })}>
        <PopulationChart id="folketall-diagram" name={name} series={municipality.populationSeries} />
      </Section>

      <Section id="eksempler-heading" title={t("examplesFrom", { name })}>
        {examples.total === 0 ? (
          <p className="ds-paragraph">{t("noExamples", { name })}</p>
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
                  ? t("allExamples", { total: examples.total, name })
                  : t("searchAmong", { name })}
              </Link>
            </p>
          </>
        )}
      </Section>

      {like && band && trend && (
        <Section id="som-heading" title={t("likeHeading", { name })}>
          <p className="ds-paragraph max-w-3xl">
            {t("likeText", { likeness: describeLikeness(tc, band, trend), from: String(POPULATION_YEAR - TREND_YEARS), to: String(POPULATION_YEAR), source })}
          </p>
          {like.total === 0 ? (
            <p className="ds-paragraph">{t("likeNone")}</p>
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
                  {t("likeAll", { name })}
                </Link>
              </p>
            </>
          )}
        </Section>
      )}

      <Section id="tidligere-heading" title={t("formerHeading")}>
        {former.length === 0 ? (
          <p className="ds-paragraph">{t("formerNone")}</p>
        ) : (
          <ul className="list-disc pl-5">
            {former.map((f) => (
              <li key={`${f.number}-${f.validTo}`}>
                {t("formerUntil", { number: f.number, name: f.name, until: String(f.validTo) })}
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
  const [{ name, successors }, t, tn] = await Promise.all([
    findSuccessorsOfFormerNumber(number),
    getTranslations("municipality"),
    getTranslations("layout.nav"),
  ]);
  const [successor, ...others] = successors;
  if (!successor) notFound();
  if (others.length === 0) permanentRedirect(await localHref(`/kommuner/${successor.number}`));
  return (
    <div className="max-w-3xl space-y-4">
      <p className="ds-paragraph text-sm">
        <Link className="ds-link" href="/kommuner">
          {tn("municipalities")}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="xl">
        {number} {name}
      </h1>
      <p className="ds-paragraph">
        {t("formerNumber", { number })}
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
