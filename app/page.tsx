import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localHref, pageAlternates } from "@/lib/i18n/server";
import { Link } from "@/components/i18n/link";
import { ProjectCard } from "@/components/projects/project-card";
import { MapFigure } from "@/components/maps/choropleth-map";
import { countyGeometry } from "@/lib/maps/geometry";
import { ReportList } from "@/components/reports/report-list-item";
import { cachedFrontPage } from "@/lib/cache/public-data";
import { SuggestLink } from "@/components/intake/suggest-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("home");
  const alternates = await pageAlternates("/");
  return {
    title: { absolute: t("title") },
    description: t("description"),
    alternates: {
      ...alternates,
      types: {
        "application/atom+xml": [
          { url: "/feed/prosjekter.xml", title: t("feedProjects") },
          { url: "/feed/rapporter.xml", title: t("feedReports") },
        ],
      },
    },
    openGraph: { title: "Kunnskapsbanken – Distriktssenteret", description: t("description"), url: alternates.canonical ?? "/", type: "website" },
  };
}

export default async function HomePage() {
  const t = await getTranslations("home");
  const searchAction = await localHref("/sok");
  const { focusAreas, projects, reports, pillars, counties } = await cachedFrontPage();
  const countyData = counties.map((c) => ({ id: c.number, name: c.name, count: c.projectCount, href: `/prosjekter?fylke=${c.slug}` }));
  return (
    <div className="space-y-12">
      <section aria-labelledby="intro-heading" className="space-y-4">
        <h1 id="intro-heading" className="ds-heading" data-size="xl">
          {t("heading")}
        </h1>
        <p className="ds-paragraph max-w-3xl" data-size="lg">
          {t("description")}
        </p>
        <form action={searchAction} method="get" role="search" className="flex max-w-xl flex-wrap items-end gap-2">
          <div className="ds-field flex-1">
            <label className="ds-label" htmlFor="forside-sok">
              {t("searchLabel")}
            </label>
            <input className="ds-input" id="forside-sok" name="q" type="search" maxLength={200} />
          </div>
          <button className="ds-button" data-variant="primary" type="submit">
            {t("search")}
          </button>
        </form>
        <SuggestLink />
      </section>

      <section aria-labelledby="fokus-heading" className="space-y-4">
        <h2 id="fokus-heading" className="ds-heading" data-size="lg">
          {t("focusAreas")}
        </h2>
        {focusAreas.length === 0 ? (
          <p className="ds-paragraph">{t("noFocusAreas")}</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {focusAreas.map((area) => (
              <li key={area.slug}>
                <Link className="ds-link" href={`/prosjekter?fokus=${area.slug}`}>
                  {area.name}
                </Link>{" "}
                <span className="text-sm">
                  {t("exampleCount", { count: area.projectCount })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="kart-heading" className="grid items-start gap-6 md:grid-cols-[minmax(0,16rem)_1fr]">
        <div className="space-y-3 md:order-2">
          <h2 id="kart-heading" className="ds-heading" data-size="lg">
            {t("mapHeading")}
          </h2>
          <p className="ds-paragraph max-w-xl">
            {t.rich("mapText", { link: (chunks) => <Link className="ds-link" href="/fylker">{chunks}</Link> })}
          </p>
          <p className="ds-paragraph max-w-xl">
            <Link className="ds-link" href="/hva-virker">
              {t("whatWorksLink")}
            </Link>
          </p>
        </div>
        <MapFigure
          geometry={countyGeometry}
          data={countyData}
          idPrefix="forsidekart"
          title={t("mapTitle")}
        />
      </section>

      <section aria-labelledby="nye-heading" className="space-y-4">
        <h2 id="nye-heading" className="ds-heading" data-size="lg">
          {t("newestProjects")}
        </h2>
        {projects.length === 0 ? (
          <p className="ds-paragraph">{t("noProjects")}</p>
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
          {t.rich("allProjects", {
            all: (chunks) => <Link className="ds-link" href="/prosjekter">{chunks}</Link>,
            counties: (chunks) => <Link className="ds-link" href="/fylker">{chunks}</Link>,
          })}
        </p>
      </section>

      <section aria-labelledby="rapporter-heading" className="max-w-3xl space-y-4">
        <h2 id="rapporter-heading" className="ds-heading" data-size="lg">
          {t("newestReports")}
        </h2>
        {reports.length === 0 ? (
          <p className="ds-paragraph">{t("noReports")}</p>
        ) : (
          <ReportList reports={reports} />
        )}
        <p className="ds-paragraph">
          <Link className="ds-link" href="/rapporter">
            {t("allReports")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="modell-heading" className="space-y-4">
        <h2 id="modell-heading" className="ds-heading" data-size="lg">
          {t("modelHeading")}
        </h2>
        <p className="ds-paragraph max-w-3xl">
          {t.rich("modelText", { link: (chunks) => <Link className="ds-link" href="/suksessfaktorer">{chunks}</Link> })}
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
