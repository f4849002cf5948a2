import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { ReportForm } from "@/components/admin/report-form";
import { getCurrentActor } from "@/lib/auth/session";
import { findReportFormOptions } from "@/lib/reports/admin-queries";
import { canCreateReports, statesForNewReport } from "@/lib/reports/workflow";

export const metadata: Metadata = { title: "Ny rapport", robots: { index: false } };

export default async function NewReportPage() {
  const actor = await getCurrentActor();
  if (!actor) redirect("/admin/logg-inn?callbackUrl=/admin/rapporter/ny");
  // Only a courtesy: createReport checks the permission again when the form is sent.
  if (!canCreateReports(actor)) notFound();
  const options = await findReportFormOptions(actor);

  return (
    <div className="flex flex-col gap-6">
      <AdminNav role={actor.role} current="/admin/rapporter" />
      <p className="ds-paragraph">
        <Link className="ds-link" href="/admin/rapporter">
          Tilbake til rapportene
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        Ny rapport
      </h1>
      <p className="ds-paragraph">Nye rapporter lagres først som kandidat, med tilstanden du velger.</p>
      <ReportForm options={options} allowedStates={statesForNewReport(actor)} />
    </div>
  );
}
