import type { Metadata } from "next";
import { ContentLanguage } from "@/components/i18n/content-language";
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
import { formatCount } from "@/lib/projects/labels";
import { cachedProjectsShowingFactor } from "@/lib/cache/public-data";
import { findPublishedReportsDiscussingFactor } from "@/lib/reports/queries";
import { findSuccessFactorBySlug } from "@/lib/success-factors/queries";

type Props = { params: Promise<{ slug: string }> };

const loadFactor = cache(async (slug: string) => (zSlug.safeParse(slug).success ? findSuccessFactorBySlug(slug) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const factor = await loadFactor((await params).slug);
  if (!factor) return { title: (await getTranslations("errors"))("notFoundTitle") };
  const title = (await getTranslations("factor"))("title", { name: factor.name });
  return {
    title,
    description: factor.summary,
    alternates: await pageAlternates(`/suksessfaktorer/${factor.slug}`),
    openGraph: { title, description: factor.summary, type: "article", url: `/suksessfaktorer/${factor.slug}` },
  };
}

export default async function SuccessFactorPage({ params }: Props) {
  const factor = await loadFactor((await params).slug);
  if (!factor) notFound();
  const [{ examples, total }, reports] = await Promise.all([
    cachedProjectsShowingFactor(factor.slug),
    findPublishedReportsDiscussingFactor(factor.slug),
  ]);

  const t = await getTranslations("factor");
  const lower = factor.name.toLocaleLowerCase("nb");
  return (
    <article className="max-w-4xl space-y-8">
      <header className="max-w-3xl space-y-3">
        <p className="ds-paragraph text-sm">
          <Link className="ds-link" href="/suksessfaktorer">
            {t("breadcrumb")}
          </Link>{" "}
          · {t("pillar")}{" "}
          <Link className="ds-link" href={`/suksessfaktorer#${factor.pillar.slug}`}>
            {factor.pillar.name} ({factor.pillar.tagline.toLocaleLowerCase("nb")})
          </Link>
        </p>
        <h1 className="ds-heading" data-size="xl">
          {factor.name}
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {factor.summary}
        </p>
      </header>

      {factor.body && <Markdown source={factor.body} className="max-w-3xl" />}

      {factor.questions.length > 0 && (
        <section className="max-w-3xl space-y-3" aria-labelledby="sporsmal-heading">
          <h2 id="sporsmal-heading" className="ds-heading" data-size="md">
            {t("questions")}
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {factor.questions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        </section>
      )}

      <section className="space-y-4" aria-labelledby="eksempler-heading">
        <h2 id="eksempler-heading" className="ds-heading" data-size="md">
          {t("examplesHeading", { name: lower })}
        </h2>
        {examples.length > 0 && (
          <p className="ds-paragraph">
            {t("newestOf", { shown: examples.length, total: formatCount(total) })}{" "}
            <Link className="ds-link" href={`/prosjekter?faktor=${factor.slug}`}>
              {t("seeAll", { name: lower })}
            </Link>
          </p>
        )}
        {examples.length === 0 ? (
          <p className="ds-paragraph">{t("none")}</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {examples.map(({ note, project }) => (
              <li key={project.slug} className="flex flex-col gap-2">
                <div className="flex-1">
                  <ProjectCard project={project} />
                </div>
                {note && (
                  <p className="ds-paragraph px-1">
                    <span className="font-semibold">{t("howShown")}</span> <ContentLanguage language={project.language}>{note}</ContentLanguage>
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      {reports.length > 0 && (
        <section className="max-w-3xl space-y-4" aria-labelledby="rapporter-heading">
          <h2 id="rapporter-heading" className="ds-heading" data-size="md">
            {t("reports", { name: lower })}
          </h2>
          <ReportList reports={reports} />
        </section>
      )}

      {factor.sources.length > 0 && (
        <section className="max-w-3xl space-y-3" aria-labelledby="kilder-heading">
          <h2 id="kilder-heading" className="ds-heading" data-size="md">
            {t("sources")}
          </h2>
          <SourceList sources={factor.sources} />
        </section>
      )}
    </article>
  );
}
