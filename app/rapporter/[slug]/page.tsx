import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { formatSeries } from "@/components/reports/report-list-item";
import { JsonLd } from "@/components/ui/json-ld";
import { Markdown } from "@/components/ui/markdown";
import { SourceList } from "@/components/ui/source-list";
import { zSlug } from "@/lib/content/schemas";
import { gapSentence } from "@/lib/content/gaps";
import { formatDate, reportKindLabel } from "@/lib/projects/labels";
import { findPublishedReportBySlug } from "@/lib/reports/queries";
import { absoluteUrl } from "@/lib/site/url";

type Props = { params: Promise<{ slug: string }> };

const loadReport = cache(async (slug: string) => (zSlug.safeParse(slug).success ? findPublishedReportBySlug(slug) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const report = await loadReport((await params).slug);
  if (!report) return { title: "Fant ikke siden" };
  return {
    title: report.title,
    description: report.summary,
    alternates: { canonical: `/rapporter/${report.slug}` },
    openGraph: { title: report.title, description: report.summary, type: "article", url: `/rapporter/${report.slug}` },
  };
}

export default async function ReportPage({ params }: Props) {
  const report = await loadReport((await params).slug);
  if (!report) notFound();
  const series = formatSeries(report.series, report.number);

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
    inLanguage: "nb",
  };

  return (
    <article className="max-w-3xl space-y-8">
      <JsonLd data={jsonLd} />
      <header className="space-y-3">
        <p className="ds-paragraph text-sm">
          <Link className="ds-link" href="/rapporter">
            Rapporter
          </Link>
        </p>
        <h1 className="ds-heading" data-size="xl">
          {report.title}
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {report.summary}
        </p>
      </header>

      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Type</dt>
        <dd>{reportKindLabel[report.kind]}</dd>
        {report.authors.length > 0 && (
          <>
            <dt className="font-semibold">{report.authors.length === 1 ? "Forfatter" : "Forfattere"}</dt>
            <dd>{report.authors.join("; ")}</dd>
          </>
        )}
        {report.publishers.length > 0 && (
          <>
            <dt className="font-semibold">Utgiver</dt>
            <dd>{report.publishers.join(", ")}</dd>
          </>
        )}
        <dt className="font-semibold">År</dt>
        <dd>{report.year}</dd>
        {series && (
          <>
            <dt className="font-semibold">Serie</dt>
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
            <dt className="font-semibold">Les rapporten</dt>
            <dd>
              <a className="ds-link break-all" href={report.url} rel="noopener noreferrer">
                {report.title} (ekstern lenke)
              </a>
            </dd>
          </>
        )}
        {report.focusAreas.length > 0 && (
          <>
            <dt className="font-semibold">Fokusområder</dt>
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

      {report.body && <Markdown source={report.body} />}

      {report.projects.length > 0 && (
        <section className="space-y-3" aria-labelledby="prosjekter-heading">
          <h2 id="prosjekter-heading" className="ds-heading" data-size="md">
            Prosjekteksempler rapporten handler om
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
            Suksessfaktorer rapporten drøfter
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
          Kilder
        </h2>
        <SourceList sources={report.sources} />
        {gapSentence(report.gaps) && <p className="ds-paragraph text-sm">{gapSentence(report.gaps)}</p>}
        {report.lastCheckedAt && <p className="ds-paragraph text-sm">Sist kontrollert {formatDate(report.lastCheckedAt)}.</p>}
      </section>
    </article>
  );
}
