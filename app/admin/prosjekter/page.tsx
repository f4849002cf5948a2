import { countOf, nouns } from "@/lib/text/plural";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { mayEver, projectScopeOf } from "@/lib/auth/permissions";
import { getCurrentActor } from "@/lib/auth/session";
import { editorialStates } from "@/lib/content/schemas";
import { Pagination } from "@/components/search/pagination";
import { getTranslations } from "next-intl/server";
import { countGuideFactors, findMappingProgress } from "@/lib/mapping/queries";
import { findAdminProjects, findFilterCounties, parseAdminProjectFilters } from "@/lib/projects/admin-queries";
import { editorialStateLabel } from "@/lib/projects/labels";

export const metadata: Metadata = { title: "Prosjekter – redigering", robots: { index: false } };

/** What the list holds, in the words of the permission table's scope for this role. */
const scopeSentence = { all: "Alle prosjekter.", counties: "Prosjektene i dine fylker.", assigned: "Prosjektene du kartlegger.", none: "" } as const;

const dateFormat = new Intl.DateTimeFormat("nb-NO", { day: "numeric", month: "short", year: "numeric", timeZone: "Europe/Oslo" });

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminProjectsPage({ searchParams }: Props) {
  // This page is its own guard: the proxy only redirects.
  const actor = await getCurrentActor();
  if (!actor) redirect("/admin/logg-inn?callbackUrl=/admin/prosjekter");
  const filters = parseAdminProjectFilters(await searchParams);
  const [{ projects, total, page, pageCount }, counties] = await Promise.all([findAdminProjects(actor, filters), findFilterCounties(actor)]);
  // Mapping progress of this page's projects (issue 13); the list above is already in the actor's scope.
  const [mapping, guideTotal, tp] = await Promise.all([findMappingProgress(projects.map((p) => p.id)), countGuideFactors(), getTranslations("mapping.progress")]);
  const hrefFor = (side: number) => {
    const search = new URLSearchParams();
    if (filters.state) search.set("status", filters.state);
    if (filters.county) search.set("fylke", filters.county);
    if (filters.q) search.set("q", filters.q);
    if (side > 1) search.set("side", String(side));
    const query = search.toString();
    return query ? `/admin/prosjekter?${query}` : "/admin/prosjekter";
  };
  const filtered = Boolean(filters.state || filters.county || filters.q);

  return (
    <div className="flex flex-col gap-6">
      <AdminNav role={actor.role} current="/admin/prosjekter" />
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="ds-heading" data-size="lg">
          Prosjekter
        </h1>
        {mayEver(actor.role, "project.create") && (
          <Link className="ds-button" data-variant="primary" href="/admin/prosjekter/ny">
            Nytt prosjekt
          </Link>
        )}
      </div>
      <p className="ds-paragraph">
        {scopeSentence[projectScopeOf(actor.role, "project.view")]}
      </p>

      <form method="get" className="flex flex-wrap items-end gap-4" role="search" aria-label="Filtrer prosjekter">
        <div className="ds-field">
          <label className="ds-label" htmlFor="filter-q">
            Tekst
          </label>
          <input className="ds-input" id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} />
        </div>
        <div className="ds-field">
          <label className="ds-label" htmlFor="filter-status">
            Redaksjonell status
          </label>
          <select className="ds-input" id="filter-status" name="status" defaultValue={filters.state ?? ""}>
            <option value="">Alle</option>
            {editorialStates.map((s) => (
              <option key={s} value={s}>
                {editorialStateLabel[s]}
              </option>
            ))}
          </select>
        </div>
        {counties.length > 1 && (
          <div className="ds-field">
            <label className="ds-label" htmlFor="filter-fylke">
              Fylke
            </label>
            <select className="ds-input" id="filter-fylke" name="fylke" defaultValue={filters.county ?? ""}>
              <option value="">Alle</option>
              {counties.map((c) => (
                <option key={c.number} value={c.number}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" className="ds-button" data-variant="secondary">
          Filtrer
        </button>
        {filtered && (
          <Link className="ds-link" href="/admin/prosjekter">
            Fjern filtre
          </Link>
        )}
      </form>

      <p className="ds-paragraph" role="status">
        {total === 0 ? "Ingen prosjekter passer." : `${countOf(total, nouns.projectAdmin)}${pageCount > 1 ? `, side ${page} av ${pageCount}` : ""}.`}
      </p>
      {projects.length > 0 && (
        <div className="overflow-x-auto">
          <table className="ds-table">
            <thead>
              <tr>
                <th scope="col">Prosjekt</th>
                <th scope="col">Kommuner</th>
                <th scope="col">Status</th>
                <th scope="col">Rådgiver</th>
                <th scope="col">Endret</th>
              </tr>
            </thead>
            <tbody>
              {projects.map((p) => (
                <tr key={p.id}>
                  <td>
                    {p.editable ? (
                      <Link className="ds-link" href={`/admin/prosjekter/${p.id}`}>
                        {p.title}
                      </Link>
                    ) : p.state === "publisert" ? (
                      <Link className="ds-link" href={`/prosjekter/${p.slug}`}>
                        {p.title}
                      </Link>
                    ) : (
                      p.title
                    )}
                  </td>
                  <td>{p.municipalities.map((m) => m.municipality.name).join(", ") || "–"}</td>
                  <td>
                    <span className="ds-tag" data-color={p.state === "publisert" ? "success" : p.state === "arkivert" ? "neutral" : "info"}>
                      {editorialStateLabel[p.state]}
                    </span>
                  </td>
                  <td>
                    {p.adviser?.name ?? "–"}
                    {p.state === "under_kartlegging" && (
                      <span className="block text-sm">{tp("label", { mapped: mapping.get(p.id)?.mapped ?? 0, total: guideTotal })}</span>
                    )}
                  </td>
                  <td>{dateFormat.format(p.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} />
    </div>
  );
}
