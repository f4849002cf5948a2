import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { SignOutEverywhereForm } from "@/components/admin/sign-out-everywhere-form";
import { SignOutForm } from "@/components/admin/sign-out-form";
import { MappingWorkSection } from "@/components/mapping/mapping-work-section";
import { Pagination } from "@/components/search/pagination";
import { readCsrfToken } from "@/lib/auth/csrf";
import { countyBound, mayEver, projectScopeOf } from "@/lib/auth/permissions";
import { getCurrentActor } from "@/lib/auth/session";
import { parsePageParam } from "@/lib/http/page-param";
import { findBrokenSourceLinks } from "@/lib/links/broken";
import { findMappingWork } from "@/lib/mapping/queries";
import { localHref, requestLocale } from "@/lib/i18n/server";
import { countNewSuggestions } from "@/lib/intake/admin-queries";
import { findMyWork } from "@/lib/users/my-work";
import { editorialStates } from "@/lib/vocabulary";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.dashboard"))("title"), robots: { index: false } };
}

const states = editorialStates;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminPage({ searchParams }: Props) {
  // This page is its own guard: the proxy only redirects, a layout never guards.
  const actor = await getCurrentActor();
  if (!actor) redirect(await localHref("/admin/logg-inn?callbackUrl=/admin"));
  const t = await getTranslations("admin");
  const { locale } = await requestLocale();
  const dateFormat = new Intl.DateTimeFormat(`${locale}-NO`, { day: "numeric", month: "short", year: "numeric", timeZone: "Europe/Oslo" });
  const fieldLabel = (field: string) => (t.has(`fields.${field}` as "fields.title") ? t(`fields.${field}` as "fields.title") : field);
  const linkPage = parsePageParam((await searchParams).lenker);
  const [work, csrfToken, broken, mapping, newSuggestions] = await Promise.all([
    findMyWork(actor),
    readCsrfToken(),
    findBrokenSourceLinks(actor, linkPage),
    findMappingWork(actor),
    mayEver(actor.role, "intake.triage") ? countNewSuggestions(actor) : Promise.resolve(null),
  ]);

  return (
    <div className="flex flex-col gap-10">
      <AdminNav role={actor.role} current="/admin" />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="ds-heading" data-size="lg">
            {t("dashboard.title")}
          </h1>
          <p className="ds-paragraph">
            {actor.counties.length
              ? t("dashboard.signedInAsCounties", { name: actor.name, role: t(`roles.${actor.role}`), counties: actor.counties.join(", ") })
              : t("dashboard.signedInAs", { name: actor.name, role: t(`roles.${actor.role}`) })}
          </p>
        </div>
        <div className="flex flex-wrap items-start gap-2">
          {csrfToken ? (
            <SignOutForm csrfToken={csrfToken} />
          ) : (
            <Link className="ds-link" href="/api/auth/signout">
              {t("common.signOut")}
            </Link>
          )}
          <SignOutEverywhereForm />
        </div>
      </div>

      {newSuggestions !== null && (
        <p className="ds-paragraph">
          <Link className="ds-link" href="/admin/innmeldinger">
            {t("dashboard.newSuggestions", { count: newSuggestions })}
          </Link>
        </p>
      )}

      <MappingWorkSection role={actor.role} work={mapping} />

      <section aria-labelledby="prosjekter">
        <h2 id="prosjekter" className="ds-heading" data-size="md">
          {t(`dashboard.scope.${projectScopeOf(actor.role, "project.view")}`)} ({work.total})
        </h2>
        {states.map((state) => (
          <div key={state} className="mt-4">
            <h3 className="ds-heading" data-size="sm">
              {t(`states.${state}`)} ({work.stateCounts[state]})
            </h3>
            {work.stateCounts[state] > work.byState[state].length && (
              <p className="ds-paragraph text-sm">
                {t("dashboard.latest", { count: work.byState[state].length })}{" "}
                <Link className="ds-link" href={`/admin/prosjekter?status=${state}`}>
                  {t("dashboard.seeAll", { count: work.stateCounts[state] })}
                </Link>
              </p>
            )}
            {work.byState[state].length === 0 ? (
              <p className="ds-paragraph">{t("common.none")}</p>
            ) : (
              <ul className="list-disc pl-6">
                {work.byState[state].map((p) => (
                  <li key={p.id} className="ds-paragraph">
                    {p.editable ? (
                      <Link className="ds-link" href={`/admin/prosjekter/${p.id}`}>
                        {p.title}
                      </Link>
                    ) : (
                      p.title
                    )}{" "}
                    <span className="text-sm">({t("common.version", { version: p.version })})</span>
                    {state === "publisert" && (
                      <>
                        {" · "}
                        <Link className="ds-link text-sm" href={`/prosjekter/${p.slug}`}>
                          {t("dashboard.publicPage")}
                        </Link>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </section>

      <section aria-labelledby="sjekk">
        <h2 id="sjekk" className="ds-heading" data-size="md">
          {t("dashboard.dueForCheck", { count: work.dueForCheckCount, over: work.dueForCheckOver ? "yes" : "no" })}
        </h2>
        {work.dueForCheckCount > work.dueForCheck.length && (
          <p className="ds-paragraph text-sm">{t("dashboard.longestWaiting", { count: work.dueForCheck.length })}</p>
        )}
        {work.dueForCheck.length === 0 ? (
          <p className="ds-paragraph">{t("dashboard.allChecked")}</p>
        ) : (
          <ul className="list-disc pl-6">
            {work.dueForCheck.map((p) => (
              <li key={p.id} className="ds-paragraph">
                {p.title} – {p.lastCheckedAt ? t("dashboard.lastChecked", { date: dateFormat.format(p.lastCheckedAt) }) : t("dashboard.neverChecked")}
              </li>
            ))}
          </ul>
        )}
      </section>

      {broken && (
        <section aria-labelledby="brutte-kilder">
          <h2 id="brutte-kilder" className="ds-heading" data-size="md">
            {t("dashboard.brokenLinks", { count: broken.total + broken.reportCount })}
          </h2>
          <p className="ds-paragraph text-sm">{t.rich("dashboard.brokenFrom", { code: (chunks) => <code>{chunks}</code> })}</p>
          {broken.total === 0 ? (
            <p className="ds-paragraph">{t("dashboard.noBroken")}</p>
          ) : (
            <>
              <p className="ds-paragraph">
                {t("dashboard.perCounty", { list: broken.byCounty.map((c) => `${c.countyName} ${c.count}`).join(", ") })}
              </p>
              <table className="ds-table">
                <caption className="sr-only">
                  {t("dashboard.brokenCaption", { page: broken.page, pages: broken.pageCount })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t("dashboard.county")}</th>
                    <th scope="col">{t("dashboard.project")}</th>
                    <th scope="col">{t("dashboard.link")}</th>
                    <th scope="col">{t("dashboard.error")}</th>
                    <th scope="col">{t("dashboard.checked")}</th>
                  </tr>
                </thead>
                <tbody>
                  {broken.projects.map((row) => (
                    <tr key={`${row.countyNumber}-${row.id}-${row.url}`}>
                      <td>{row.countyName}</td>
                      <td>
                        {row.editable ? (
                          <Link className="ds-link" href={`/admin/prosjekter/${row.id}`}>
                            {row.title}
                          </Link>
                        ) : (
                          row.title
                        )}
                      </td>
                      <td className="break-all">
                        {row.url}
                        {!row.stillCited && <span className="block text-sm">{t("dashboard.changedSinceCheck")}</span>}
                      </td>
                      <td>{row.error ?? (row.status ? `HTTP ${row.status}` : "–")}</td>
                      <td>{dateFormat.format(row.checkedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pagination page={broken.page} pageCount={broken.pageCount} hrefFor={(page) => (page > 1 ? `/admin?lenker=${page}#brutte-kilder` : "/admin#brutte-kilder")} />
            </>
          )}
          {broken.reportCount > 0 && (
            <>
              <h3 className="ds-heading mt-4" data-size="sm">
                {t("dashboard.inReports", { count: broken.reportCount })}
              </h3>
              {broken.reportCount > broken.reports.length && <p className="ds-paragraph text-sm">{t("dashboard.firstByTitle", { count: broken.reports.length })}</p>}
              <ul className="list-disc pl-6">
                {broken.reports.map((row) => (
                  <li key={`${row.id}-${row.url}`} className="ds-paragraph">
                    {row.editable ? (
                      <Link className="ds-link" href={`/admin/rapporter/${row.id}`}>
                        {row.title}
                      </Link>
                    ) : (
                      row.title
                    )}
                    : <span className="break-all">{row.url}</span> – {row.error ?? (row.status ? `HTTP ${row.status}` : "–")}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      {mayEver(actor.role, "project.create") && (
        <section aria-labelledby="uten-eksempel">
          <h2 id="uten-eksempel" className="ds-heading" data-size="md">
            {t("dashboard.withoutExample", { count: work.municipalitiesWithoutExample.length })}
          </h2>
          {work.municipalitiesWithoutExample.length === 0 ? (
            <p className="ds-paragraph">{t("dashboard.allHaveExample")}</p>
          ) : (
            <p className="ds-paragraph">
              {work.municipalitiesWithoutExample.map((m) => (countyBound(actor, "project.create") === null ? `${m.name} (${m.county.name})` : m.name)).join(", ")}
            </p>
          )}
        </section>
      )}

      <section aria-labelledby="endringer">
        <h2 id="endringer" className="ds-heading" data-size="md">
          {t("dashboard.recentChanges")}
        </h2>
        {work.recentChanges.length === 0 ? (
          <p className="ds-paragraph">{t("dashboard.noChanges")}</p>
        ) : (
          <table className="ds-table">
            <thead>
              <tr>
                <th scope="col">{t("dashboard.when")}</th>
                <th scope="col">{t("dashboard.project")}</th>
                <th scope="col">{t("dashboard.version")}</th>
                <th scope="col">{t("dashboard.who")}</th>
                <th scope="col">{t("dashboard.changed")}</th>
              </tr>
            </thead>
            <tbody>
              {work.recentChanges.map((r) => (
                <tr key={r.id}>
                  <td>{dateFormat.format(r.createdAt)}</td>
                  <td>{r.title}</td>
                  <td>{r.version}</td>
                  <td>{r.user?.name ?? r.comment ?? "–"}</td>
                  <td>{r.changed.map(fieldLabel).join(", ") || "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
