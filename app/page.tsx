import Link from "next/link";
import { ProjectCard } from "@/components/projects/project-card";
import { findFocusAreasWithCounts } from "@/lib/focus-areas/queries";
import { findNewestPublishedProjects } from "@/lib/projects/queries";

export default async function HomePage() {
  const [focusAreas, projects] = await Promise.all([findFocusAreasWithCounts(), findNewestPublishedProjects(6)]);
  return (
    <div className="space-y-12">
      <section aria-labelledby="intro-heading" className="space-y-4">
        <h1 id="intro-heading" className="ds-heading" data-size="xl">
          Hva virker i lokal samfunnsutvikling – og hvorfor?
        </h1>
        <p className="ds-paragraph max-w-3xl" data-size="lg">
          Gode eksempler fra kommuner i hele landet, rapportene som studerer dem, og suksessfaktorene som forklarer dem.
        </p>
        <form action="/sok" method="get" role="search" className="flex max-w-xl flex-wrap items-end gap-2">
          <div className="ds-field flex-1">
            <label className="ds-label" htmlFor="forside-sok">
              Søk i eksempler, rapporter og suksessfaktorer
            </label>
            <input className="ds-input" id="forside-sok" name="q" type="search" maxLength={200} />
          </div>
          <button className="ds-button" data-variant="primary" type="submit">
            Søk
          </button>
        </form>
      </section>

      <section aria-labelledby="fokus-heading" className="space-y-4">
        <h2 id="fokus-heading" className="ds-heading" data-size="lg">
          Fokusområder
        </h2>
        {focusAreas.length === 0 ? (
          <p className="ds-paragraph">Ingen fokusområder er lagt inn ennå.</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {focusAreas.map((area) => (
              <li key={area.slug}>
                <Link className="ds-link" href={`/prosjekter?fokus=${area.slug}`}>
                  {area.name}
                </Link>{" "}
                <span className="text-sm">
                  ({area.projectCount} {area.projectCount === 1 ? "eksempel" : "eksempler"})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="nye-heading" className="space-y-4">
        <h2 id="nye-heading" className="ds-heading" data-size="lg">
          Nyeste eksempler
        </h2>
        {projects.length === 0 ? (
          <p className="ds-paragraph">Ingen eksempler er publisert ennå.</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
            {projects.map((project) => (
              <li key={project.slug}>
                <ProjectCard project={project} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
