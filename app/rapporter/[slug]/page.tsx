import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ContentLanguage } from "@/components/i18n/content-language";
import { pageAlternates } from "@/lib/i18n/server";
import { Link } from "@/components/i18n/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { formatSeries } from "@/components/reports/report-list-item";
import { JsonLd } from "@/components/ui/json-ld";
import { Markdown } from "@/components/ui/markdown";
import { SourceList } from "@/components/ui/source-list";
import { zSlug } from "@/lib/content/schemas";
import { gapSentence } from "@/lib/content/gaps";
import { findPublishedReportBySlug } from "@/lib/reports/queries";
import { absoluteUrl } from "@/lib/site/url";

type Props = { params: Promise<{ slug: string }> };

const loadReport = cache(async (slug: string) => (zSlug.safeParse(slug).success ? findPublishedReportBySlug(slug) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const report = await loadReport((await params).slug);
  if (!report) return { title: (await getTranslations("errors"))("notFoundTitle") };
  return {
    title: report.title,
    description: report.summary,
    alternates: await pageAlternates(`/rapporter/${report.slug}`),
    openGraph: { title: report.title, description: report.summary, type: "article", url: (await pageAlternates(`/rapporter/${report.slug}`)).canonical },
  };
}

export default async function ReportPage({ params }: Props) {
  const report = await loadReport((await params).slug);
  if (!report) notFound();
  const [t, tl, format, locale] = await Promise.all([getTranslations("report"), getTranslations("labels"), getFormatter(), getLocale()]);
  const series = formatSeries(report.series, report.number);
  const lang = report.language !== locale ? report.language : undefined;

  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Report",
    name: report.title,
    description: report.summary,
    author: report.authors.map((name) => ({ "@type": "Person", name })),
    publisher: report.publishers.map((name) => ({ "@type": "Organization", name })),
    datePublished: String(report.year),
    ...(report.isbn && { isbn: report.isbn }),
    ...(series && { reportNumber: series }),
    url: absoluteUrl(`/rapporter/${report.slug}`),
    ...(report.url && { sameAs: report.url }),
    inLanguage: report.language,
  };

  return (
    <article className="max-w-3xl space-y-8">
      <JsonLd data={jsonLd} />
      <header className="space-y-3">
        <p className="ds-paragraph text-sm">
          <Link className="ds-link" href="/rapporter">
            {t("breadcrumb")}
          </Link>
        </p>
        <h1 className="ds-heading" data-size="xl" lang={lang}>
          {report.title}
        </h1>
        <p className="ds-paragraph" data-size="lg" lang={lang}>
          {report.summary}
        </p>
      </header>

      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("type")}</dt>
        <dd>{tl(`reportKind.${report.kind}`)}</dd>
        {report.authors.length > 0 && (
          <>
            <dt className="font-semibold">{t("authors", { count: report.authors.length })}</dt>
            <dd>{report.authors.join("; ")}</dd>
          </>
        )}
        {report.publishers.length > 0 && (
          <>
            <dt className="font-semibold">{t("publisher")}</dt>
            <dd>{report.publishers.join(", ")}</dd>
          </>
        )}
        <dt className="font-semibold">{t("year")}</dt>
        <dd>{report.year}</dd>
        {series && (
          <>
            <dt className="font-semibold">{t("series")}</dt>
            <dd>{series}</dd>
          </>
        )}
        {report.isbn && (
          <>
            <dt className="font-semibold">ISBN</dt>
            <dd>{report.isbn}</dd>
          </>
        )}
        {report.url && (
          <>
            <dt className="font-semibold">{t("read")}</dt>
            <dd>
              <a className="ds-link break-all" href={report.url} rel="noopener noreferrer">
                {t("external", { title: report.title })}
              </a>
            </dd>
          </>
        )}
        {report.focusAreas.length > 0 && (
          <>
            <dt className="font-semibold">{t("focusAreas")}</dt>
            <dd>
              <ul className="flex flex-wrap gap-x-3">
                {report.focusAreas.map(({ focusArea }) => (
                  <li key={focusArea.slug}>
                    <Link className="ds-link" href={`/fokusomrader/${focusArea.slug}`}>
                      {focusArea.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>

      {report.body && (
        <ContentLanguage as="div" language={report.language}>
          <Markdown source={report.body} />
        </ContentLanguage>
      )}

      {report.projects.length > 0 && (
        <section className="space-y-3" aria-labelledby="prosjekter-heading">
          <h2 id="prosjekter-heading" className="ds-heading" data-size="md">
            {t("projects")}
          </h2>
          <ul className="space-y-3">
            {report.projects.map(({ project }) => (
              <li key={project.slug}>
                <Link className="ds-link font-semibold" href={`/prosjekter/${project.slug}`}>
                  {project.title}
                </Link>
                <p className="ds-paragraph">{project.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      )}

      {report.successFactors.length > 0 && (
        <section className="space-y-3" aria-labelledby="faktorer-heading">
          <h2 id="faktorer-heading" className="ds-heading" data-size="md">
            {t("factors")}
          </h2>
          <ul className="space-y-3">
            {report.successFactors.map(({ successFactor }) => (
              <li key={successFactor.slug}>
                <Link className="ds-link font-semibold" href={`/suksessfaktorer/${successFactor.slug}`}>
                  {successFactor.name}
                </Link>
                <p className="ds-paragraph">{successFactor.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="space-y-3" aria-labelledby="kilder-heading">
        <h2 id="kilder-heading" className="ds-heading" data-size="md">
          {t("sources")}
        </h2>
        <SourceList sources={report.sources} />
        {gapSentence(report.gaps) && <p className="ds-paragraph text-sm">{gapSentence(report.gaps)}</p>}
        {report.lastCheckedAt && <p className="ds-paragraph text-sm">{t("lastChecked", { date: format.dateTime(report.lastCheckedAt, { day: "numeric", month: "long", year: "numeric" }) })}</p>}
      </section>
    </article>
  );
}
