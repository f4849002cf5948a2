import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { ProjectForm } from "@/components/admin/project-form";
import { ProjectWorkflow } from "@/components/admin/project-workflow";
import { countyBound } from "@/lib/auth/permissions";
import { getCurrentActor } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";
import { findMunicipalityChoices } from "@/lib/places/queries";
import { findProjectForEditing, findProjectFormOptions } from "@/lib/projects/admin-queries";
import { projectToFormValues } from "@/lib/projects/form-fields";
import { editorialStateLabel } from "@/lib/projects/labels";
import { findOtherCountyProject, type TOtherCountyProject } from "@/lib/projects/other-county";
import { SuggestionPanel } from "@/components/intake/suggestion-panel";
import { findSuggestionOf } from "@/lib/intake/admin-queries";

export const metadata: Metadata = { title: "Rediger prosjekt", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditProjectPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await getCurrentActor();
  if (!actor) redirect(`/admin/logg-inn?callbackUrl=${encodeURIComponent(`/admin/prosjekter/${id}`)}`);
  // Null both when there is no such project and when the actor may not edit it.
  const project = /^\d{1,9}$/.test(id) ? await findProjectForEditing(actor, Number(id)) : null;
  if (!project) {
    // A county contact who opens another county's project is told so, and whom to ask.
    const other = /^\d{1,9}$/.test(id) ? await findOtherCountyProject(actor, Number(id)) : null;
    if (other) return <OtherCountyProject project={other} role={actor.role} />;
    notFound();
  }
  const [options, counties, query] = await Promise.all([findProjectFormOptions(actor), findMunicipalityChoices(actor), searchParams]);
  const suggestion = await findSuggestionOf(actor, project.id);
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

      {suggestion && <SuggestionPanel suggestion={suggestion} accepted={query.innmelding === "akseptert"} />}

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

function nameList(names: string[]): string {
  return new Intl.ListFormat("nb", { style: "long", type: "conjunction" }).format(names);
}

/** The answer to a county contact who opened a project that belongs to another county. */
function OtherCountyProject({ project, role }: { project: TOtherCountyProject; role: Role }) {
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
              ? `Prosjektet hører også til ${countyNames}, som du ikke er fylkeskontakt for. Derfor kan du ikke redigere det.`
              : `Prosjektet hører til ${countyNames}, som du ikke er fylkeskontakt for. Derfor kan du ikke redigere det.`}
          </p>
        </div>
        <h2 className="ds-heading" data-size="sm">
          Hvem kuraterer det
        </h2>
        <ul className="ds-list">
          {project.counties.map((county) => (
            <li key={county.number} className="ds-paragraph">
              {county.curators.length > 0
                ? `${county.name}: ${county.curators.length === 1 ? "fylkeskontakt" : "fylkeskontakter"} ${nameList(county.curators)}`
                : `${county.name}: ingen fylkeskontakt er registrert; spør en administrator.`}
            </li>
          ))}
        </ul>
        <p className="ds-paragraph">
          <Link className="ds-link" href="/admin/prosjekter">
            Tilbake til prosjektene
          </Link>
        </p>
      </div>
    </div>
  );
}
