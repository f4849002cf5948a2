import { Link } from "@/components/i18n/link";
import type { ReportListItem as TReportListItem } from "@/lib/reports/queries";
import { useTranslations } from "next-intl";
import { ContentLanguage } from "@/components/i18n/content-language";

export function formatSeries(series: string | null, number: string | null): string | null {
  if (series && number) return `${series} ${number}`;
  return series ?? (number ? `nr. ${number}` : null);
}

export function ReportListItem({ report, headingLevel = 3 }: { report: TReportListItem; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const t = useTranslations("labels");
  const series = formatSeries(report.series, report.number);
  return (
    <article className="space-y-1">
      <Heading className="ds-heading" data-size="xs">
        <Link className="ds-link" href={`/rapporter/${report.slug}`}>
          <ContentLanguage language={report.language}>{report.title}</ContentLanguage>
        </Link>
      </Heading>
      <p className="ds-paragraph text-sm">
        {[t(`reportKind.${report.kind}`), report.authors.join("; "), report.publishers.join(" / "), series, report.year]
          .filter(Boolean)
          .join(" · ")}
      </p>
      <ContentLanguage as="p" className="ds-paragraph" language={report.language}>
        {report.summary}
      </ContentLanguage>
    </article>
  );
}

export function ReportList({ reports, headingLevel = 3 }: { reports: TReportListItem[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="space-y-6">
      {reports.map((report) => (
        <li key={report.slug}>
          <ReportListItem report={report} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
