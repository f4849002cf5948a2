import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { notFound, redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { ProjectForm } from "@/components/admin/project-form";
import { ProjectWorkflow } from "@/components/admin/project-workflow";
import { ProjectMappingSection } from "@/components/mapping/project-mapping-section";
import { countyBound } from "@/lib/auth/permissions";
import { getCurrentActor } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";
import { findAdviserProposals, findMappingGuide } from "@/lib/mapping/queries";
import { findMunicipalityChoices } from "@/lib/places/queries";
import { findProjectForEditing, findProjectFormOptions } from "@/lib/projects/admin-queries";
import { projectToFormValues } from "@/lib/projects/form-fields";
import { localHref, requestLocale } from "@/lib/i18n/server";
import { translateServerMessage } from "@/lib/i18n/server-messages";
import { findOtherCountyProject, type TOtherCountyProject } from "@/lib/projects/other-county";
import { SuggestionPanel } from "@/components/intake/suggestion-panel";
import { findSuggestionOf } from "@/lib/intake/admin-queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.project"))("metaTitle"), robots: { index: false } };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditProjectPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await getCurrentActor();
  if (!actor) redirect(await localHref(`/admin/logg-inn?callbackUrl=${encodeURIComponent(`/admin/prosjekter/${id}`)}`));
  const t = await getTranslations("admin");
  const { locale } = await requestLocale();
  // Null both when there is no such project and when the actor may not edit it.
  const project = /^\d{1,9}$/.test(id) ? await findProjectForEditing(actor, Number(id)) : null;
  if (!project) {
    // A county contact who opens another county's project is told so, and whom to ask.
    const other = /^\d{1,9}$/.test(id) ? await findOtherCountyProject(actor, Number(id)) : null;
    if (other) return <OtherCountyProject project={other} role={actor.role} locale={locale} />;
    notFound();
  }
  const [options, counties, query, proposals, guide] = await Promise.all([
    findProjectFormOptions(actor),
    findMunicipalityChoices(actor),
    searchParams,
    findAdviserProposals(actor, project.id),
    findMappingGuide(actor, project.id),
  ]);
  const suggestion = await findSuggestionOf(actor, project.id);
  const notice =
    typeof query.opprettet === "string"
      ? t("project.created")
      : typeof query.lagret === "string"
        ? t("project.saved", { version: project.version })
        : typeof query.status === "string"
          ? t("project.stateNow", { state: t(`states.${project.state}`).toLowerCase() })
          : null;

  return (
    <div className="flex max-w-4xl flex-col gap-8">
      <AdminNav role={actor.role} current="/admin/prosjekter" />
      <div className="flex flex-col gap-2">
        <h1 className="ds-heading" data-size="lg">
          {project.snapshot.title}
        </h1>
        <p className="ds-paragraph">
          <span className="ds-tag" data-color={project.state === "publisert" ? "success" : "info"}>
            {t(`states.${project.state}`)}
          </span>{" "}
          {t("project.version", { version: project.version })}
          {project.adviserName && project.state === "under_kartlegging" ? t("project.mappedBy", { name: project.adviserName }) : ""}
          {project.adviserName && project.state === "publisert" ? t("project.mappedByDone", { name: project.adviserName }) : ""} ·{" "}
          <Link className="ds-link" href={`/admin/prosjekter/${project.id}/historikk`}>
            {t("project.history")}
          </Link>
          {project.state === "publisert" && (
            <>
              {" · "}
              <Link className="ds-link" href={`/prosjekter/${project.slug}`}>
                {t("project.publicPage")}
              </Link>
            </>
          )}
        </p>
      </div>
      {notice && (
        <div className="ds-alert" data-color="success" role="status">
          <p className="ds-paragraph">{notice}</p>
        </div>
      )}

      {suggestion && <SuggestionPanel suggestion={suggestion} accepted={query.innmelding === "akseptert"} />}
      <ProjectMappingSection
        project={{ id: project.id, version: project.version, state: project.state, adviserId: project.adviserId, adviserName: project.adviserName }}
        guide={guide && { assignedAt: guide.project.assignedAt, progress: guide.progress }}
        proposals={proposals}
        assignedNow={typeof query.tildelt === "string"}
      />

      <section aria-labelledby="arbeidsflyt" className="flex flex-col gap-3">
        <h2 id="arbeidsflyt" className="ds-heading" data-size="md">
          {t("project.workflow")}
        </h2>
        <ProjectWorkflow
          project={{ id: project.id, version: project.version, state: project.state, adviserId: project.adviserId }}
          nextStates={project.nextStates}
          advisers={options.advisers}
          missingForPublishing={project.missingForPublishing.map((m) => translateServerMessage(m.label, locale))}
        />
      </section>

      <section aria-labelledby="innhold" className="flex flex-col gap-3">
        <h2 id="innhold" className="ds-heading" data-size="md">
          {t("project.content")}
        </h2>
        <ProjectForm
          key={project.version}
          initialValues={projectToFormValues(project.snapshot)}
          project={{ id: project.id, version: project.version }}
          options={options}
          counties={counties}
          ownCountiesOnly={countyBound(actor, "project.update") !== null}
        />
      </section>
    </div>
  );
}

/** The answer to a county contact who opened a project that belongs to another county. */
async function OtherCountyProject({ project, role, locale }: { project: TOtherCountyProject; role: Role; locale: string }) {
  const t = await getTranslations("admin.project");
  const nameList = (names: string[]) => new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(names);
  const countyNames = nameList(project.counties.map((c) => c.name));
  return (
    <div className="flex max-w-4xl flex-col gap-8">
      <AdminNav role={role} current="/admin/prosjekter" />
      <div className="flex flex-col gap-4">
        <h1 className="ds-heading" data-size="lg">
          {project.title}
        </h1>
        <div className="ds-alert" data-color="info" role="status">
          <p className="ds-paragraph">
            {project.alsoOwnCounty
              ? t("otherCountyAlso", { counties: countyNames })
              : t("otherCounty", { counties: countyNames })}
          </p>
        </div>
        <h2 className="ds-heading" data-size="sm">
          {t("whoCurates")}
        </h2>
        <ul className="ds-list">
          {project.counties.map((county) => (
            <li key={county.number} className="ds-paragraph">
              {county.curators.length > 0
                ? t("curators", { county: county.name, count: county.curators.length, names: nameList(county.curators) })
                : t("noCurator", { county: county.name })}
            </li>
          ))}
        </ul>
        <p className="ds-paragraph">
          <Link className="ds-link" href="/admin/prosjekter">
            {t("backToProjects")}
          </Link>
        </p>
      </div>
    </div>
  );
}
