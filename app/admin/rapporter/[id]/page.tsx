import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { ReportForm } from "@/components/admin/report-form";
import { isForbidden } from "@/lib/commands/errors";
import { getCurrentActor } from "@/lib/auth/session";
import { findReportForEditing, findReportFormOptions } from "@/lib/reports/admin-queries";

export const metadata: Metadata = { title: "Rediger rapport", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditReportPage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  const actor = await getCurrentActor();
  if (!actor) redirect(`/admin/logg-inn?callbackUrl=${encodeURIComponent(`/admin/rapporter/${rawId}`)}`);
  const id = /^\d{1,9}$/.test(rawId) ? Number(rawId) : NaN;
  if (!Number.isSafeInteger(id) || id < 1) notFound();
  let found;
  try {
    found = await findReportForEditing(actor, id);
  } catch (error) {
    if (isForbidden(error)) notFound();
    throw error;
  }
  if (!found) notFound();
  const [options, query] = await Promise.all([findReportFormOptions(actor), searchParams]);

  return (
    <div className="flex flex-col gap-6">
      <AdminNav role={actor.role} current="/admin/rapporter" />
      <p className="ds-paragraph">
        <Link className="ds-link" href="/admin/rapporter">
          Tilbake til rapportene
        </Link>
        {found.report.state === "publisert" && (
          <>
            {" · "}
            <Link className="ds-link" href={`/rapporter/${found.report.slug}`}>
              Se den publiserte rapporten
            </Link>
          </>
        )}
      </p>
      <h1 className="ds-heading" data-size="lg">
        {found.report.title}
      </h1>
      {query.opprettet === "1" && (
        <div className="ds-alert" data-color="success" role="status">
          <p className="ds-paragraph">Rapporten er opprettet (versjon {found.version}).</p>
        </div>
      )}
      <p className="ds-paragraph">Versjon {found.version}.</p>
      {found.report.gaps.length > 0 && (
        <section className="ds-alert" data-color="info" aria-labelledby="hull-tittel">
          <h2 id="hull-tittel" className="ds-heading" data-size="xs">
            Kildene sier ikke noe om
          </h2>
          <ul className="ds-list">
            {found.report.gaps.map((gap) => (
              <li key={gap.topic}>
                {gap.topic}
                {gap.note ? ` – ${gap.note}` : ""}
              </li>
            ))}
          </ul>
          <p className="ds-paragraph text-sm">Listen redigeres i innholdsfilen (content/reports/{found.report.slug}.md) og beholdes når skjemaet lagres.</p>
        </section>
      )}
      <ReportForm id={found.id} version={found.version} report={found.report} options={options} allowedStates={found.allowedStates} />
    </div>
  );
}
