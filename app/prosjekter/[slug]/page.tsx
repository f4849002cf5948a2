import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ContentLanguage } from "@/components/i18n/content-language";
import { periodLabel } from "@/lib/i18n/format";
import { pageAlternates } from "@/lib/i18n/server";
import { Link } from "@/components/i18n/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { RenderedMarkdown } from "@/components/ui/markdown";
import { SourceList } from "@/components/ui/source-list";
import { ProjectCard } from "@/components/projects/project-card";
import { DocumentationBadge } from "@/components/projects/documentation-badge";
import { JsonLd } from "@/components/ui/json-ld";
import { cachedProjectPage } from "@/lib/cache/public-data";
import { absoluteUrl } from "@/lib/site/url";
import { formatNok } from "@/lib/projects/labels";
import { zSlug } from "@/lib/content/schemas";
import { gapSentence } from "@/lib/content/gaps";

type Props = { params: Promise<{ slug: string }> };

// The project and its similar examples, from the public data cache (lib/cache/public-data.ts);
// one read per request, shared by generateMetadata and the page.
const loadPage = cache(async (slug: string) => (zSlug.safeParse(slug).success ? cachedProjectPage(slug) : null));
const loadProject = async (slug: string) => (await loadPage(slug))?.project ?? null;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const project = await loadProject((await params).slug);
  if (!project) return { title: (await getTranslations("errors"))("notFoundTitle") };
  return {
    title: project.title,
    description: project.summary,
    alternates: await pageAlternates(`/prosjekter/${project.slug}`),
    openGraph: { title: project.title, description: project.summary, type: "article" },
  };
}

type TProjectT = Awaited<ReturnType<typeof getTranslations<"project">>>;

/** "tidligere nr. 1943 (til 2019) og 5429 (til 2023)", naming former names only where they differ. */
function describeFormer(t: TProjectT, name: string, former: { number: string; name: string; validTo: number }[]): string {
  const parts = former.map((f) => t("formerPart", { hasName: f.name === name ? "no" : "yes", name: f.name, number: f.number, validTo: String(f.validTo) }));
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} ${t("and")} ${parts.at(-1)}` : (parts[0] ?? "");
  return t("formerPrefix", { list });
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

  const [t, tl, format, locale] = await Promise.all([getTranslations("project"), getTranslations("labels"), getFormatter(), getLocale()]);
  const places = project.municipalities.map((m) => m.municipality);
  const counties = [...new Map(places.map((p) => [p.county.slug, p.county])).values()];
  const period = periodLabel(tl, project.startYear, project.endYear);
  const lang = project.language;

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
    inLanguage: project.language,
  };

  return (
    <>
      <article className="max-w-3xl space-y-8">
        <JsonLd data={jsonLd} />
        <header className="space-y-3">
          <p className="ds-paragraph text-sm">
            <Link className="ds-link" href="/prosjekter">
              {t("breadcrumb")}
            </Link>
          </p>
          <h1 className="ds-heading" data-size="xl" lang={lang !== locale ? lang : undefined}>
            {project.title}
          </h1>
          <p className="ds-paragraph" data-size="lg" lang={lang !== locale ? lang : undefined}>
            {project.summary}
          </p>
        </header>

        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("place")}</dt>
          <dd>
            <ul>
              {places.map((place) => {
                const former = place.formerOf.map((f) => f.former).sort((a, b) => a.validTo - b.validTo);
                return (
                  <li key={place.number}>
                    <Link className="ds-link" href={`/kommuner/${place.number}`}>
                      {t("municipalityName", { name: place.name })}
                    </Link>{" "}
                    ({place.number}),{" "}
                    <Link className="ds-link" href={`/fylker/${place.county.slug}`}>
                      {place.county.name}
                    </Link>
                    {former.length > 0 && (
                      <span className="text-sm">
                        {" "}
                        – {describeFormer(t, place.name, former)}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </dd>
          {period && (
            <>
              <dt className="font-semibold">{t("period")}</dt>
              <dd>{period}</dd>
            </>
          )}
          <dt className="font-semibold">{t("status")}</dt>
          <dd>{tl(`status.${project.status}`)}</dd>
          <dt className="font-semibold">{t("documentation")}</dt>
          <dd>
            <DocumentationBadge project={project} withExplanation />{" "}
            <Link className="ds-link text-sm" href="/om#dokumentasjonsniva">
              {t("aboutLevels")}
            </Link>
          </dd>
          {project.owner && (
            <>
              <dt className="font-semibold">{t("owner")}</dt>
              <dd>{project.owner}</dd>
            </>
          )}
          {project.contact ? (
            <>
              <dt className="font-semibold">{t("contact")}</dt>
              <dd>{project.contact}</dd>
            </>
          ) : (
            counties.length > 0 && (
              // No contact person: the county contact of the example's county (or counties) knows
              // who to ask. The county page describes the role; curators' addresses stay private.
              <>
                <dt className="font-semibold">{t("contact")}</dt>
                <dd data-testid="ask-county-contact">
                  {t("noContact")}
                  {counties.map((county) => (
                    <span key={county.slug}>
                      {" "}
                      {t.rich("askCountyContact", {
                        county: county.name,
                        link: (chunks) => (
                          <Link className="ds-link" href={`/fylker/${county.slug}#kontakt-heading`}>
                            {chunks}
                          </Link>
                        ),
                      })}
                    </span>
                  ))}
                </dd>
              </>
            )
          )}
          {project.funding.length > 0 && (
            <>
              <dt className="font-semibold">{t("funding")}</dt>
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
              <dt className="font-semibold">{t("focusAreas")}</dt>
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

        {html.body && (
          <ContentLanguage as="div" language={lang}>
            <RenderedMarkdown html={html.body} />
          </ContentLanguage>
        )}
        {html.methods && (
          <Section title={t("methods")}>
            <ContentLanguage as="div" language={lang}>
              <RenderedMarkdown html={html.methods} />
            </ContentLanguage>
          </Section>
        )}
        {html.results && (
          <Section title={t("results")}>
            <ContentLanguage as="div" language={lang}>
              <RenderedMarkdown html={html.results} />
            </ContentLanguage>
          </Section>
        )}
        {html.lessons && (
          <Section title={t("lessons")}>
            <ContentLanguage as="div" language={lang}>
              <RenderedMarkdown html={html.lessons} />
            </ContentLanguage>
          </Section>
        )}
        {html.transferability && (
          <Section title={t("transferability")}>
            <ContentLanguage as="div" language={lang}>
              <RenderedMarkdown html={html.transferability} />
            </ContentLanguage>
          </Section>
        )}
        {project.successFactors.length > 0 && (
          <Section title={t("successFactors")}>
            <ul className="space-y-3">
              {project.successFactors.map(({ successFactor, note }) => (
                <li key={successFactor.slug}>
                  <Link className="ds-link font-semibold" href={`/suksessfaktorer/${successFactor.slug}`}>
                    {successFactor.name}
                  </Link>
                  {note && (
                    <ContentLanguage as="p" className="ds-paragraph" language={lang}>
                      {note}
                    </ContentLanguage>
                  )}
                </li>
              ))}
            </ul>
          </Section>
        )}
        {project.reports.length > 0 && (
          <Section title={t("reports")}>
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
        <Section title={t("sources")}>
          <SourceList sources={project.sources} />
          {gapSentence(project.gaps) && <p className="ds-paragraph text-sm">{gapSentence(project.gaps)}</p>}
          {project.lastCheckedAt && <p className="ds-paragraph text-sm">{t("lastChecked", { date: format.dateTime(project.lastCheckedAt, { day: "numeric", month: "long", year: "numeric" }) })}</p>}
        </Section>
      </article>
      {similar.length > 0 && (
        <section className="mt-12 space-y-4" aria-labelledby="lignende-heading">
          <h2 id="lignende-heading" className="ds-heading" data-size="md">
            {t("similar")}
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
