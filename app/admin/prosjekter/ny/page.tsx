import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { ProjectForm } from "@/components/admin/project-form";
import { countyBound, mayEver } from "@/lib/auth/permissions";
import { getCurrentActor } from "@/lib/auth/session";
import { findMunicipalityChoices } from "@/lib/places/queries";
import { findProjectFormOptions } from "@/lib/projects/admin-queries";
import { localHref } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.projects"))("new"), robots: { index: false } };
}

export default async function NewProjectPage() {
  const actor = await getCurrentActor();
  if (!actor) redirect(await localHref("/admin/logg-inn?callbackUrl=/admin/prosjekter/ny"));
  const t = await getTranslations("admin");
  if (!mayEver(actor.role, "project.create")) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="ds-heading" data-size="lg">
          {t("projects.new")}
        </h1>
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{t("project.advisersCannotCreate")}</p>
        </div>
      </div>
    );
  }
  const [options, counties] = await Promise.all([findProjectFormOptions(actor), findMunicipalityChoices(actor)]);
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <AdminNav role={actor.role} current="/admin/prosjekter" />
      <h1 className="ds-heading" data-size="lg">
        {t("projects.new")}
      </h1>
      <p className="ds-paragraph">{t("project.newIntro")}</p>
      <ProjectForm initialValues={{}} options={options} counties={counties} ownCountiesOnly={countyBound(actor, "project.create") !== null} />
    </div>
  );
}
