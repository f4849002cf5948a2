import Link from "next/link";
import type { ReportListItem as TReportListItem } from "@/lib/reports/queries";
import { reportKindLabel } from "@/lib/projects/labels";

export function formatSeries(series: string | null, number: string | null): string | null {
  if (series && number) return `${series} ${number}`;
  return series ?? (number ? `nr. ${number}` : null);
}

export function ReportListItem({ report, headingLevel = 3 }: { report: TReportListItem; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const series = formatSeries(report.series, report.number);
  return (
    <article className="space-y-1">
      <Heading className="ds-heading" data-size="xs">
        <Link className="ds-link" href={`/rapporter/${report.slug}`}>
          {report.title}
        </Link>
      </Heading>
      <p className="ds-paragraph text-sm">
        {[reportKindLabel[report.kind], report.authors.join("; "), report.publishers.join(" / "), series, report.year]
          .filter(Boolean)
          .join(" · ")}
      </p>
      <p className="ds-paragraph">{report.summary}</p>
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
