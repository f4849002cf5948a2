import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageAlternates } from "@/lib/i18n/server";
import { Link } from "@/components/i18n/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ProjectCard } from "@/components/projects/project-card";
import { ReportList } from "@/components/reports/report-list-item";
import { Markdown } from "@/components/ui/markdown";
import { SourceList } from "@/components/ui/source-list";
import { zSlug } from "@/lib/content/schemas";
import { findFocusAreaBySlug } from "@/lib/focus-areas/queries";
import { formatCount } from "@/lib/projects/labels";
import { cachedProjectsInFocusArea } from "@/lib/cache/public-data";
import { findPublishedReportsInFocusArea } from "@/lib/reports/queries";

type Props = { params: Promise<{ slug: string }> };

const loadArea = cache(async (slug: string) => (zSlug.safeParse(slug).success ? findFocusAreaBySlug(slug) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const area = await loadArea((await params).slug);
  if (!area) return { title: (await getTranslations("errors"))("notFoundTitle") };
  const tm = await getTranslations("focus");
  const title = tm("title", { name: area.name });
  return {
    title,
    description: area.summary,
    alternates: {
      ...(await pageAlternates(`/fokusomrader/${area.slug}`)),
      types: {
        "application/atom+xml": [
          { url: `/feed/prosjekter.xml?fokus=${area.slug}`, title: tm("feedProjects", { name: area.name }) },
          { url: `/feed/rapporter.xml?fokus=${area.slug}`, title: tm("feedReports", { name: area.name }) },
        ],
      },
    },
    openGraph: { title, description: area.summary, url: `/fokusomrader/${area.slug}` },
  };
}

export default async function FocusAreaPage({ params }: Props) {
  const area = await loadArea((await params).slug);
  if (!area) notFound();
  const [{ projects, total }, reports] = await Promise.all([
    cachedProjectsInFocusArea(area.slug),
    findPublishedReportsInFocusArea(area.slug),
  ]);

  const t = await getTranslations("focus");
  const lower = area.name.toLocaleLowerCase("nb");
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <p className="ds-paragraph text-sm">
          <Link className="ds-link" href="/fokusomrader">
            {t("breadcrumb")}
          </Link>
        </p>
        <h1 className="ds-heading" data-size="xl">
          {area.name}
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {area.summary}
        </p>
      </header>
      {area.body && <Markdown source={area.body} className="max-w-3xl" />}

      <section className="space-y-4" aria-labelledby="eksempler-heading">
        <h2 id="eksempler-heading" className="ds-heading" data-size="md">
          {t("newestProjects")}
        </h2>
        {projects.length > 0 && (
          <p className="ds-paragraph">
            {t("showing", { shown: projects.length, total: formatCount(total) })}
          </p>
        )}
        {projects.length === 0 ? (
          <p className="ds-paragraph">{t("noProjects")}</p>
        ) : (
          <>
            <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
              {projects.map((project) => (
                <li key={project.slug}>
                  <ProjectCard project={project} />
                </li>
              ))}
            </ul>
            <p className="ds-paragraph">
              <Link className="ds-link" href={`/prosjekter?fokus=${area.slug}`}>
                {t("allProjects", { name: lower })}
              </Link>
            </p>
          </>
        )}
      </section>

      <section className="max-w-3xl space-y-4" aria-labelledby="rapporter-heading">
        <h2 id="rapporter-heading" className="ds-heading" data-size="md">
          {t("newestReports")}
        </h2>
        {reports.length === 0 ? (
          <p className="ds-paragraph">{t("noReports")}</p>
        ) : (
          <>
            <ReportList reports={reports} />
            <p className="ds-paragraph">
              <Link className="ds-link" href={`/rapporter?fokus=${area.slug}`}>
                {t("allReports", { name: lower })}
              </Link>
            </p>
          </>
        )}
      </section>
      {area.sources.length > 0 && (
        <section className="space-y-3" aria-labelledby="kilder-heading">
          <h2 id="kilder-heading" className="ds-heading" data-size="md">
            {t("sources")}
          </h2>
          <SourceList sources={area.sources} />
        </section>
      )}
    </div>
  );
}
