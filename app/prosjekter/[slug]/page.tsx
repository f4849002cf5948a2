import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { RenderedMarkdown } from "@/components/ui/markdown";
import { SourceList } from "@/components/ui/source-list";
import { ProjectCard } from "@/components/projects/project-card";
import { DocumentationBadge } from "@/components/projects/documentation-badge";
import { JsonLd } from "@/components/ui/json-ld";
import { cachedProjectPage } from "@/lib/cache/public-data";
import { absoluteUrl } from "@/lib/site/url";
import { formatDate, formatNok, formatPeriod, projectStatusLabel } from "@/lib/projects/labels";
import { zSlug } from "@/lib/content/schemas";
import { gapSentence } from "@/lib/content/gaps";

type Props = { params: Promise<{ slug: string }> };

// The project and its similar examples, from the public data cache (lib/cache/public-data.ts);
// one read per request, shared by generateMetadata and the page.
const loadPage = cache(async (slug: string) => (zSlug.safeParse(slug).success ? cachedProjectPage(slug) : null));
const loadProject = async (slug: string) => (await loadPage(slug))?.project ?? null;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const project = await loadProject((await params).slug);
  if (!project) return { title: "Fant ikke siden" };
  return {
    title: project.title,
    description: project.summary,
    alternates: { canonical: `/prosjekter/${project.slug}` },
    openGraph: { title: project.title, description: project.summary, type: "article" },
  };
}

/** "tidligere nr. 1943 (til 2019) og 5429 (til 2023)", naming former names only where they differ. */
function describeFormer(name: string, former: { number: string; name: string; validTo: number }[]): string {
  const parts = former.map((f) => `${f.name === name ? "" : `${f.name} `}nr. ${f.number} (til ${f.validTo})`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} og ${parts.at(-1)}` : parts[0];
  return `tidligere ${list}`;
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-3">
      <h2 className="ds-heading" data-size="md">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function ProjectPage({ params }: Props) {
  const loaded = await loadPage((await params).slug);
  if (!loaded) notFound();
  const { project, html, similar } = loaded;

  const places = project.municipalities.map((m) => m.municipality);
  const period = formatPeriod(project.startYear, project.endYear);

  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Project",
    name: project.title,
    description: project.summary,
    url: absoluteUrl(`/prosjekter/${project.slug}`),
    location: places.map((place) => ({
      "@type": "Place",
      name: `${place.name} kommune`,
      address: { "@type": "PostalAddress", addressLocality: place.name, addressRegion: place.county.name, addressCountry: "NO" },
    })),
    ...(project.startYear && { foundingDate: String(project.startYear) }),
    ...(project.owner && { sponsor: { "@type": "Organization", name: project.owner } }),
    citation: project.sources.map((source) => ({
      "@type": "CreativeWork",
      name: source.title,
      ...(source.url && { url: source.url }),
      ...(source.publisher && { publisher: { "@type": "Organization", name: source.publisher } }),
    })),
    inLanguage: "nb",
  };

  return (
    <>
      <article className="max-w-3xl space-y-8">
        <JsonLd data={jsonLd} />
        <header className="space-y-3">
          <p className="ds-paragraph text-sm">
            <Link className="ds-link" href="/prosjekter">
              Prosjekteksempler
            </Link>
          </p>
          <h1 className="ds-heading" data-size="xl">
            {project.title}
          </h1>
          <p className="ds-paragraph" data-size="lg">
            {project.summary}
          </p>
        </header>

        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">Sted</dt>
          <dd>
            <ul>
              {places.map((place) => {
                const former = place.formerOf.map((f) => f.former).sort((a, b) => a.validTo - b.validTo);
                return (
                  <li key={place.number}>
                    <Link className="ds-link" href={`/kommuner/${place.number}`}>
                      {place.name} kommune
                    </Link>{" "}
                    ({place.number}),{" "}
                    <Link className="ds-link" href={`/fylker/${place.county.slug}`}>
                      {place.county.name}
                    </Link>
                    {former.length > 0 && (
                      <span className="text-sm">
                        {" "}
                        – {describeFormer(place.name, former)}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </dd>
          {period && (
            <>
              <dt className="font-semibold">Periode</dt>
              <dd>{period}</dd>
            </>
          )}
          <dt className="font-semibold">Status</dt>
          <dd>{projectStatusLabel[project.status]}</dd>
          <dt className="font-semibold">Dokumentasjon</dt>
          <dd>
            <DocumentationBadge project={project} withExplanation />{" "}
            <Link className="ds-link text-sm" href="/om#dokumentasjonsniva">
              Om dokumentasjonsnivåene
            </Link>
          </dd>
          {project.owner && (
            <>
              <dt className="font-semibold">Prosjekteier</dt>
              <dd>{project.owner}</dd>
            </>
          )}
          {project.contact && (
            <>
              <dt className="font-semibold">Kontakt</dt>
              <dd>{project.contact}</dd>
            </>
          )}
          {project.funding.length > 0 && (
            <>
              <dt className="font-semibold">Finansiering</dt>
              <dd>
                <ul>
                  {project.funding.map((f, i) => (
                    <li key={i}>
                      {f.programme}
                      {f.amountNok !== undefined && `: ${formatNok(f.amountNok)}`}
                      {f.note && ` – ${f.note}`}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {project.focusAreas.length > 0 && (
            <>
              <dt className="font-semibold">Fokusområder</dt>
              <dd>
                {project.focusAreas.map(({ focusArea }, i) => (
                  <span key={focusArea.slug}>
                    {i > 0 && ", "}
                    <Link className="ds-link" href={`/fokusomrader/${focusArea.slug}`}>
                      {focusArea.name}
                    </Link>
                  </span>
                ))}
              </dd>
            </>
          )}
        </dl>

        {html.body && <RenderedMarkdown html={html.body} />}
        {html.methods && (
          <Section title="Arbeidsmåter">
            <RenderedMarkdown html={html.methods} />
          </Section>
        )}
        {html.results && (
          <Section title="Resultater">
            <RenderedMarkdown html={html.results} />
          </Section>
        )}
        {html.lessons && (
          <Section title="Erfaringer – hva virket, hva virket ikke, og hvorfor">
            <RenderedMarkdown html={html.lessons} />
          </Section>
        )}
        {html.transferability && (
          <Section title="Overføringsverdi">
            <RenderedMarkdown html={html.transferability} />
          </Section>
        )}
        {project.successFactors.length > 0 && (
          <Section title="Suksessfaktorer">
            <ul className="space-y-3">
              {project.successFactors.map(({ successFactor, note }) => (
                <li key={successFactor.slug}>
                  <Link className="ds-link font-semibold" href={`/suksessfaktorer/${successFactor.slug}`}>
                    {successFactor.name}
                  </Link>
                  {note && <p className="ds-paragraph">{note}</p>}
                </li>
              ))}
            </ul>
          </Section>
        )}
        {project.reports.length > 0 && (
          <Section title="Rapporter">
            <ul className="space-y-1">
              {project.reports.map(({ report }) => (
                <li key={report.slug}>
                  <Link className="ds-link" href={`/rapporter/${report.slug}`}>
                    {report.title}
                  </Link>{" "}
                  ({[report.publishers.join("/"), report.year].filter(Boolean).join(", ")})
                </li>
              ))}
            </ul>
          </Section>
        )}
        <Section title="Kilder">
          <SourceList sources={project.sources} />
          {gapSentence(project.gaps) && <p className="ds-paragraph text-sm">{gapSentence(project.gaps)}</p>}
          {project.lastCheckedAt && <p className="ds-paragraph text-sm">Sist kontrollert {formatDate(project.lastCheckedAt)}.</p>}
        </Section>
      </article>
      {similar.length > 0 && (
        <section className="mt-12 space-y-4" aria-labelledby="lignende-heading">
          <h2 id="lignende-heading" className="ds-heading" data-size="md">
            Lignende eksempler
          </h2>
          <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-4">
            {similar.map((other) => (
              <li key={other.slug}>
                <ProjectCard project={other} headingLevel={3} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
