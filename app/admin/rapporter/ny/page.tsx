import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { notFound, redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { ReportForm } from "@/components/admin/report-form";
import { getCurrentActor } from "@/lib/auth/session";
import { findReportFormOptions } from "@/lib/reports/admin-queries";
import { canCreateReports, statesForNewReport } from "@/lib/reports/workflow";
import { localHref } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.reports"))("new"), robots: { index: false } };
}

export default async function NewReportPage() {
  const actor = await getCurrentActor();
  if (!actor) redirect(await localHref("/admin/logg-inn?callbackUrl=/admin/rapporter/ny"));
  const t = await getTranslations("admin.reports");
  // Only a courtesy: createReport checks the permission again when the form is sent.
  if (!canCreateReports(actor)) notFound();
  const options = await findReportFormOptions(actor);

  return (
    <div className="flex flex-col gap-6">
      <AdminNav role={actor.role} current="/admin/rapporter" />
      <p className="ds-paragraph">
        <Link className="ds-link" href="/admin/rapporter">
          {t("back")}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {t("new")}
      </h1>
      <p className="ds-paragraph">{t("newIntro")}</p>
      <ReportForm options={options} allowedStates={statesForNewReport(actor)} />
    </div>
  );
}
