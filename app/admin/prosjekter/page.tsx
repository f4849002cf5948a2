import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { mayEver, projectScopeOf } from "@/lib/auth/permissions";
import { getCurrentActor } from "@/lib/auth/session";
import { editorialStates } from "@/lib/content/schemas";
import { Pagination } from "@/components/search/pagination";
import { countGuideFactors, findMappingProgress } from "@/lib/mapping/queries";
import { findAdminProjects, findFilterCounties, parseAdminProjectFilters } from "@/lib/projects/admin-queries";
import { localHref, requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.projects"))("metaTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminProjectsPage({ searchParams }: Props) {
  // This page is its own guard: the proxy only redirects.
  const actor = await getCurrentActor();
  if (!actor) redirect(await localHref("/admin/logg-inn?callbackUrl=/admin/prosjekter"));
  const t = await getTranslations("admin");
  const { locale } = await requestLocale();
  const dateFormat = new Intl.DateTimeFormat(`${locale}-NO`, { day: "numeric", month: "short", year: "numeric", timeZone: "Europe/Oslo" });
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
          {t("projects.title")}
        </h1>
        {mayEver(actor.role, "project.create") && (
          <Link className="ds-button" data-variant="primary" href="/admin/prosjekter/ny">
            {t("projects.new")}
          </Link>
        )}
      </div>
      <p className="ds-paragraph">
        {t(`projects.scope.${projectScopeOf(actor.role, "project.view")}`)}
      </p>

      <form method="get" className="flex flex-wrap items-end gap-4" role="search" aria-label={t("projects.filterLabel")}>
        <div className="ds-field">
          <label className="ds-label" htmlFor="filter-q">
            {t("projects.text")}
          </label>
          <input className="ds-input" id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} />
        </div>
        <div className="ds-field">
          <label className="ds-label" htmlFor="filter-status">
            {t("projects.state")}
          </label>
          <select className="ds-input" id="filter-status" name="status" defaultValue={filters.state ?? ""}>
            <option value="">{t("common.all")}</option>
            {editorialStates.map((s) => (
              <option key={s} value={s}>
                {t(`states.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {counties.length > 1 && (
          <div className="ds-field">
            <label className="ds-label" htmlFor="filter-fylke">
              {t("projects.county")}
            </label>
            <select className="ds-input" id="filter-fylke" name="fylke" defaultValue={filters.county ?? ""}>
              <option value="">{t("common.all")}</option>
              {counties.map((c) => (
                <option key={c.number} value={c.number}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" className="ds-button" data-variant="secondary">
          {t("projects.filter")}
        </button>
        {filtered && (
          <Link className="ds-link" href="/admin/prosjekter">
            {t("projects.clearFilters")}
          </Link>
        )}
      </form>

      <p className="ds-paragraph" role="status">
        {total === 0 ? t("projects.noneMatch") : pageCount > 1 ? t("projects.countPaged", { count: total, page, pages: pageCount }) : t("projects.countOne", { count: total })}
      </p>
      {projects.length > 0 && (
        <div className="overflow-x-auto">
          <table className="ds-table">
            <thead>
              <tr>
                <th scope="col">{t("projects.project")}</th>
                <th scope="col">{t("projects.municipalities")}</th>
                <th scope="col">{t("projects.status")}</th>
                <th scope="col">{t("projects.adviser")}</th>
                <th scope="col">{t("projects.changed")}</th>
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
                      {t(`states.${p.state}`)}
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
