import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { ProjectForm } from "@/components/admin/project-form";
import { ProjectWorkflow } from "@/components/admin/project-workflow";
import { countyBound } from "@/lib/auth/permissions";
import { getCurrentActor } from "@/lib/auth/session";
import { findMunicipalityChoices } from "@/lib/places/queries";
import { findProjectForEditing, findProjectFormOptions } from "@/lib/projects/admin-queries";
import { projectToFormValues } from "@/lib/projects/form-fields";
import { editorialStateLabel } from "@/lib/projects/labels";

export const metadata: Metadata = { title: "Rediger prosjekt", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditProjectPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await getCurrentActor();
  if (!actor) redirect(`/admin/logg-inn?callbackUrl=${encodeURIComponent(`/admin/prosjekter/${id}`)}`);
  // Null both when there is no such project and when the actor may not edit it.
  const project = /^\d{1,9}$/.test(id) ? await findProjectForEditing(actor, Number(id)) : null;
  if (!project) notFound();
  const [options, counties, query] = await Promise.all([findProjectFormOptions(actor), findMunicipalityChoices(actor), searchParams]);
  const notice =
    typeof query.opprettet === "string"
      ? "Prosjektet er opprettet som kandidat."
      : typeof query.lagret === "string"
        ? `Endringene er lagret (versjon ${project.version}).`
        : typeof query.status === "string"
          ? `Redaksjonell status er nå «${editorialStateLabel[project.state].toLowerCase()}».`
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
            {editorialStateLabel[project.state]}
          </span>{" "}
          Versjon {project.version}
          {project.adviserName && project.state === "under_kartlegging" ? ` · kartlegges av ${project.adviserName}` : ""}
          {project.adviserName && project.state === "publisert" ? ` · kartlagt av ${project.adviserName}` : ""} ·{" "}
          <Link className="ds-link" href={`/admin/prosjekter/${project.id}/historikk`}>
            Historikk
          </Link>
          {project.state === "publisert" && (
            <>
              {" · "}
              <Link className="ds-link" href={`/prosjekter/${project.slug}`}>
                Se den offentlige siden
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

      <section aria-labelledby="arbeidsflyt" className="flex flex-col gap-3">
        <h2 id="arbeidsflyt" className="ds-heading" data-size="md">
          Arbeidsflyt
        </h2>
        <ProjectWorkflow
          project={{ id: project.id, version: project.version, state: project.state, adviserId: project.adviserId }}
          nextStates={project.nextStates}
          advisers={options.advisers}
          missingForPublishing={project.missingForPublishing.map((m) => m.label)}
        />
      </section>

      <section aria-labelledby="innhold" className="flex flex-col gap-3">
        <h2 id="innhold" className="ds-heading" data-size="md">
          Innhold
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
