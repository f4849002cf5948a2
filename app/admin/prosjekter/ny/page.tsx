import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { ProjectForm } from "@/components/admin/project-form";
import { countyBound, mayEver } from "@/lib/auth/permissions";
import { getCurrentActor } from "@/lib/auth/session";
import { findMunicipalityChoices } from "@/lib/places/queries";
import { findProjectFormOptions } from "@/lib/projects/admin-queries";

export const metadata: Metadata = { title: "Nytt prosjekt", robots: { index: false } };

export default async function NewProjectPage() {
  const actor = await getCurrentActor();
  if (!actor) redirect("/admin/logg-inn?callbackUrl=/admin/prosjekter/ny");
  if (!mayEver(actor.role, "project.create")) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="ds-heading" data-size="lg">
          Nytt prosjekt
        </h1>
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">Rådgivere kan ikke opprette prosjekter. Be fylkeskontakten eller redaksjonen om å legge det inn.</p>
        </div>
      </div>
    );
  }
  const [options, counties] = await Promise.all([findProjectFormOptions(actor), findMunicipalityChoices(actor)]);
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <AdminNav role={actor.role} current="/admin/prosjekter" />
      <h1 className="ds-heading" data-size="lg">
        Nytt prosjekt
      </h1>
      <p className="ds-paragraph">Prosjektet lagres som kandidat. Felt merket * må fylles ut; resten kan du fylle ut senere.</p>
      <ProjectForm initialValues={{}} options={options} counties={counties} ownCountiesOnly={countyBound(actor, "project.create") !== null} />
    </div>
  );
}
