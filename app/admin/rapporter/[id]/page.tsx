import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { notFound, redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { ReportForm } from "@/components/admin/report-form";
import { isForbidden } from "@/lib/commands/errors";
import { getCurrentActor } from "@/lib/auth/session";
import { findReportForEditing, findReportFormOptions } from "@/lib/reports/admin-queries";
import { localHref } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.reports"))("editTitle"), robots: { index: false } };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditReportPage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  const actor = await getCurrentActor();
  if (!actor) redirect(await localHref(`/admin/logg-inn?callbackUrl=${encodeURIComponent(`/admin/rapporter/${rawId}`)}`));
  const t = await getTranslations("admin.reports");
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
          {t("back")}
        </Link>
        {found.report.state === "publisert" && (
          <>
            {" · "}
            <Link className="ds-link" href={`/rapporter/${found.report.slug}`}>
              {t("publicPage")}
            </Link>
          </>
        )}
      </p>
      <h1 className="ds-heading" data-size="lg">
        {found.report.title}
      </h1>
      {query.opprettet === "1" && (
        <div className="ds-alert" data-color="success" role="status">
          <p className="ds-paragraph">{t("created", { version: found.version })}</p>
        </div>
      )}
      <p className="ds-paragraph">{t("versionLine", { version: found.version })}</p>
      {found.report.gaps.length > 0 && (
        <section className="ds-alert" data-color="info" aria-labelledby="hull-tittel">
          <h2 id="hull-tittel" className="ds-heading" data-size="xs">
            {t("gaps")}
          </h2>
          <ul className="ds-list">
            {found.report.gaps.map((gap) => (
              <li key={gap.topic}>
                {gap.topic}
                {gap.note ? ` – ${gap.note}` : ""}
              </li>
            ))}
          </ul>
          <p className="ds-paragraph text-sm">{t("gapsNote", { slug: found.report.slug })}</p>
        </section>
      )}
      <ReportForm id={found.id} version={found.version} report={found.report} options={options} allowedStates={found.allowedStates} />
    </div>
  );
}
