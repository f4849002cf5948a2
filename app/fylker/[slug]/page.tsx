import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageAlternates } from "@/lib/i18n/server";
import { Link } from "@/components/i18n/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { MapFigure } from "@/components/maps/choropleth-map";
import { MapDataTable } from "@/components/maps/map-data-table";
import { Markdown } from "@/components/ui/markdown";
import { municipalityGeometry } from "@/lib/maps/geometry";
import { SourceList } from "@/components/ui/source-list";
import { zSlug } from "@/lib/content/schemas";
import { findCountyBySlug } from "@/lib/counties/queries";
import { formatCount, formatPeriod, projectStatusLabel } from "@/lib/projects/labels";
import { cachedMunicipalityCounts, cachedProjectsInCounty } from "@/lib/cache/public-data";
import { teaser } from "@/lib/text/teaser";

type Props = { params: Promise<{ slug: string }> };

const loadCounty = cache(async (slug: string) => (zSlug.safeParse(slug).success ? findCountyBySlug(slug) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const county = await loadCounty((await params).slug);
  if (!county) return { title: (await getTranslations("errors"))("notFoundTitle") };
  const description = `Gode prosjekteksempler fra kommunene i ${county.name}, og Distriktssenterets fylkeskontakt.`;
  return {
    title: county.name,
    description,
    alternates: {
      ...(await pageAlternates(`/fylker/${county.slug}`)),
      types: { "application/atom+xml": [{ url: `/feed/prosjekter.xml?fylke=${county.slug}`, title: `Nye og endrede prosjekteksempler – ${county.name}` }] },
    },
    openGraph: { title: county.name, description, url: `/fylker/${county.slug}` },
  };
}

export default async function CountyPage({ params }: Props) {
  const county = await loadCounty((await params).slug);
  if (!county) notFound();
  const [{ projects, total }, municipalityCounts] = await Promise.all([cachedProjectsInCounty(county.number), cachedMunicipalityCounts(county.number)]);
  const withExamples = new Set(municipalityCounts.filter((m) => m.projectCount > 0).map((m) => m.number));
  const geometry = municipalityGeometry(county.number);
  const mapData = municipalityCounts.map((m) => ({
    id: m.number,
    name: m.name,
    count: m.projectCount,
    // The list filter accepts municipalities that have examples; the others lead to the
    // municipality's own page (population, neighbours with examples), not to an empty list.
    href: m.projectCount > 0 ? `/prosjekter?kommune=${m.number}` : `/kommuner/${m.number}`,
    linkHint: m.projectCount > 0 ? undefined : "se kommunesiden",
  }));

  // Group by the municipalities of this county a project covers: a regional project spanning
  // several municipalities is listed once, under all their names, rather than repeated.
  const groups = new Map<string, { numbers: string[]; names: string[]; projects: typeof projects }>();
  for (const project of projects) {
    const local = project.municipalities.map((m) => m.municipality).filter((m) => county.municipalities.some((c) => c.number === m.number));
    const key = local.map((m) => m.number).join(",");
    const group = groups.get(key) ?? { numbers: local.map((m) => m.number), names: local.map((m) => m.name), projects: [] };
    group.projects.push(project);
    groups.set(key, group);
  }
  const byMunicipality = [...groups.values()].sort(
    (a, b) => a.names.length - b.names.length || a.names.join(", ").localeCompare(b.names.join(", "), "nb"),
  );
  const withoutExamples = county.municipalities.filter((m) => !withExamples.has(m.number));

  return (
    <div className="space-y-10">
      <header className="max-w-3xl space-y-3">
        <p className="ds-paragraph text-sm">
          <Link className="ds-link" href="/fylker">
            Fylker
          </Link>
        </p>
        <h1 className="ds-heading" data-size="xl">
          {county.name}
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {projects.length === 0
            ? `Ingen publiserte prosjekteksempler fra ${county.name} ennå.`
            : `${formatCount(total)} ${total.count === 1 && !total.over ? "publisert prosjekteksempel" : "publiserte prosjekteksempler"} fra ${withExamples.size} ${withExamples.size === 1 ? "kommune" : "kommuner"} i ${county.name}.`}
        </p>
      </header>


      {geometry && (
        <section className="space-y-4" aria-labelledby="kart-heading">
          <h2 id="kart-heading" className="ds-heading" data-size="lg">
            Kart over kommunene
          </h2>
          <div className="grid items-start gap-8 md:grid-cols-[minmax(0,28rem)_1fr]">
            <MapFigure
              geometry={geometry}
              data={mapData}
              idPrefix="kommunekart"
              title={`Kart over kommunene i ${county.name}, skravert etter antall publiserte eksempler`}
              caption={
                <p className="ds-paragraph text-sm">
                  Kommuner uten eksempler er hvite og skraverte. Velg en kommune med eksempler for å se dem, eller en uten for å gå til kommunesiden.
                </p>
              }
            />
            <MapDataTable
              caption={`Publiserte eksempler per kommune i ${county.name}`}
              rowHeading="Kommune"
              rowAttribute="data-municipality"
              rows={municipalityCounts.map((m) => ({
                id: m.number,
                name: m.name,
                header: (
                  <>
                    {m.name} <span className="text-sm">({m.number})</span>
                  </>
                ),
                count: m.projectCount,
                href: m.projectCount > 0 ? `/prosjekter?kommune=${m.number}` : null,
              }))}
            />
          </div>
        </section>
      )}

      {county.body && <Markdown source={county.body} className="max-w-3xl" />}

      <section className="space-y-6" aria-labelledby="eksempler-heading">
        <h2 id="eksempler-heading" className="ds-heading" data-size="lg">
          Nyeste eksempler, etter kommune
        </h2>
        {projects.length > 0 && (
          <p className="ds-paragraph">
            De {projects.length} nyeste av {formatCount(total)}.
          </p>
        )}
        {byMunicipality.length === 0 ? (
          <p className="ds-paragraph">Ingen publiserte eksempler ennå.</p>
        ) : (
          byMunicipality.map((group) => (
            <section key={group.numbers.join("-")} className="space-y-3" aria-labelledby={`kommune-${group.numbers.join("-")}`}>
              <h3 id={`kommune-${group.numbers.join("-")}`} className="ds-heading" data-size="sm">
                {group.numbers.flatMap((number, i) => [
                  i > 0 ? ", " : null,
                  <Link key={number} className="ds-link" href={`/kommuner/${number}`}>
                    {group.names[i]}
                  </Link>,
                ])}
              </h3>
              <ul className="max-w-3xl space-y-3">
                {group.projects.map((project) => {
                  const period = formatPeriod(project.startYear, project.endYear);
                  return (
                    <li key={project.slug}>
                      <Link className="ds-link font-semibold" href={`/prosjekter/${project.slug}`}>
                        {project.title}
                      </Link>
                      <span className="text-sm">
                        {period && ` · ${period}`} · {projectStatusLabel[project.status]}
                      </span>
                      <p className="ds-paragraph">{teaser(project.summary, 160)}</p>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))
        )}
        {projects.length > 0 && (
          <p className="ds-paragraph">
            <Link className="ds-link" href={`/prosjekter?fylke=${county.slug}`}>
              Se alle eksemplene fra {county.name}, med søk og filtre
            </Link>
          </p>
        )}
      </section>

      {withoutExamples.length > 0 && (
        <section className="max-w-4xl space-y-3" aria-labelledby="uten-heading">
          <h2 id="uten-heading" className="ds-heading" data-size="md">
            Kommuner uten eksempler ennå ({withoutExamples.length})
          </h2>
          <p className="ds-paragraph">Kjenner du et godt prosjekt fra en av disse kommunene? Ta kontakt med fylkeskontakten.</p>
          <ul className="grid gap-1 sm:grid-cols-2 md:grid-cols-3">
            {withoutExamples.map((m) => (
              <li key={m.number}>
                <Link className="ds-link" href={`/kommuner/${m.number}`}>
                  {m.name}
                </Link>{" "}
                <span className="text-sm">({m.number})</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="max-w-3xl space-y-3" aria-labelledby="kontakt-heading">
        <h2 id="kontakt-heading" className="ds-heading" data-size="md">
          Fylkeskontakten
        </h2>
        {county.contactRole ? (
          <Markdown source={county.contactRole} />
        ) : (
          <p className="ds-paragraph">
            Distriktssenteret har en fylkeskontakt som finner gode prosjekter i fylket. Beskrivelsen av rollen for {county.name} er ikke lagt inn
            ennå.
          </p>
        )}
      </section>

      {county.sources.length > 0 && (
        <section className="max-w-3xl space-y-3" aria-labelledby="kilder-heading">
          <h2 id="kilder-heading" className="ds-heading" data-size="md">
            Kilder
          </h2>
          <SourceList sources={county.sources} />
        </section>
      )}
    </div>
  );
}
