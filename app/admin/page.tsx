import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { SignOutEverywhereForm } from "@/components/admin/sign-out-everywhere-form";
import { SignOutForm } from "@/components/admin/sign-out-form";
import { Pagination } from "@/components/search/pagination";
import { readCsrfToken } from "@/lib/auth/csrf";
import { countyBound, mayEver, projectScopeOf } from "@/lib/auth/permissions";
import { getCurrentActor } from "@/lib/auth/session";
import { parsePageParam } from "@/lib/http/page-param";
import { findBrokenSourceLinks } from "@/lib/links/broken";
import { projectFieldLabels } from "@/lib/projects/form-fields";
import { editorialStateLabel } from "@/lib/projects/labels";
import { countNewSuggestions } from "@/lib/intake/admin-queries";
import { findMyWork } from "@/lib/users/my-work";
import { roleLabels } from "@/lib/users/roles";
import { editorialStates } from "@/lib/vocabulary";

export const metadata: Metadata = { title: "Mitt arbeid", robots: { index: false } };

/** What the dashboard lists, in the words of the permission table's scope for this role. */
const scopeHeading = { all: "Alle prosjekter", counties: "Prosjekter i dine fylker", assigned: "Prosjekter du kartlegger", none: "Prosjekter" } as const;
const dateFormat = new Intl.DateTimeFormat("nb-NO", { day: "numeric", month: "short", year: "numeric", timeZone: "Europe/Oslo" });
const states = editorialStates;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminPage({ searchParams }: Props) {
  // This page is its own guard: the proxy only redirects, a layout never guards.
  const actor = await getCurrentActor();
  if (!actor) redirect("/admin/logg-inn?callbackUrl=/admin");
  const linkPage = parsePageParam((await searchParams).lenker);
  const [work, csrfToken, broken, newSuggestions] = await Promise.all([
    findMyWork(actor),
    readCsrfToken(),
    findBrokenSourceLinks(actor, linkPage),
    mayEver(actor.role, "intake.triage") ? countNewSuggestions(actor) : Promise.resolve(null),
  ]);

  return (
    <div className="flex flex-col gap-10">
      <AdminNav role={actor.role} current="/admin" />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="ds-heading" data-size="lg">
            Mitt arbeid
          </h1>
          <p className="ds-paragraph">
            Innlogget som {actor.name} ({roleLabels[actor.role]}
            {actor.counties.length ? `, fylke ${actor.counties.join(", ")}` : ""}).
          </p>
        </div>
        <div className="flex flex-wrap items-start gap-2">
          {csrfToken ? (
            <SignOutForm csrfToken={csrfToken} />
          ) : (
            <Link className="ds-link" href="/api/auth/signout">
              Logg ut
            </Link>
          )}
          <SignOutEverywhereForm />
        </div>
      </div>

      {newSuggestions !== null && (
        <p className="ds-paragraph">
          <Link className="ds-link" href="/admin/innmeldinger">
            Innmeldte prosjekter som venter: {newSuggestions}
          </Link>
        </p>
      )}

      <section aria-labelledby="prosjekter">
        <h2 id="prosjekter" className="ds-heading" data-size="md">
          {scopeHeading[projectScopeOf(actor.role, "project.view")]} ({work.total})
        </h2>
        {states.map((state) => (
          <div key={state} className="mt-4">
            <h3 className="ds-heading" data-size="sm">
              {editorialStateLabel[state]} ({work.stateCounts[state]})
            </h3>
            {work.stateCounts[state] > work.byState[state].length && (
              <p className="ds-paragraph text-sm">
                De {work.byState[state].length} sist endrede.{" "}
                <Link className="ds-link" href={`/admin/prosjekter?status=${state}`}>
                  Se alle {work.stateCounts[state]}
                </Link>
              </p>
            )}
            {work.byState[state].length === 0 ? (
              <p className="ds-paragraph">Ingen.</p>
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
                    <span className="text-sm">(versjon {p.version})</span>
                    {state === "publisert" && (
                      <>
                        {" · "}
                        <Link className="ds-link text-sm" href={`/prosjekter/${p.slug}`}>
                          offentlig side
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
          Ikke sjekket på 12 måneder ({work.dueForCheckCount})
        </h2>
        {work.dueForCheckCount > work.dueForCheck.length && (
          <p className="ds-paragraph text-sm">De {work.dueForCheck.length} som har ventet lengst.</p>
        )}
        {work.dueForCheck.length === 0 ? (
          <p className="ds-paragraph">Alle prosjektene dine er sjekket det siste året.</p>
        ) : (
          <ul className="list-disc pl-6">
            {work.dueForCheck.map((p) => (
              <li key={p.id} className="ds-paragraph">
                {p.title} – {p.lastCheckedAt ? `sist sjekket ${dateFormat.format(p.lastCheckedAt)}` : "aldri sjekket"}
              </li>
            ))}
          </ul>
        )}
      </section>

      {broken && (
        <section aria-labelledby="brutte-kilder">
          <h2 id="brutte-kilder" className="ds-heading" data-size="md">
            Brutte kildelenker ({broken.total + broken.reportCount})
          </h2>
          <p className="ds-paragraph text-sm">Fra siste lenkesjekk (<code>npm run links:check</code>).</p>
          {broken.total === 0 ? (
            <p className="ds-paragraph">Ingen brutte lenker i prosjektene dine.</p>
          ) : (
            <>
              <p className="ds-paragraph">
                Per fylke: {broken.byCounty.map((c) => `${c.countyName} ${c.count}`).join(", ")}.
              </p>
              <table className="ds-table">
                <caption className="sr-only">
                  Brutte kildelenker i prosjekter, side {broken.page} av {broken.pageCount}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Fylke</th>
                    <th scope="col">Prosjekt</th>
                    <th scope="col">Lenke</th>
                    <th scope="col">Feil</th>
                    <th scope="col">Sjekket</th>
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
                        {!row.stillCited && <span className="block text-sm">(endret i prosjektet etter sjekken)</span>}
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
                I rapporter ({broken.reportCount})
              </h3>
              {broken.reportCount > broken.reports.length && <p className="ds-paragraph text-sm">De {broken.reports.length} første etter tittel.</p>}
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
            Kommuner uten eksempel ({work.municipalitiesWithoutExample.length})
          </h2>
          {work.municipalitiesWithoutExample.length === 0 ? (
            <p className="ds-paragraph">Alle kommunene har minst ett prosjekt.</p>
          ) : (
            <p className="ds-paragraph">
              {work.municipalitiesWithoutExample.map((m) => (countyBound(actor, "project.create") === null ? `${m.name} (${m.county.name})` : m.name)).join(", ")}
            </p>
          )}
        </section>
      )}

      <section aria-labelledby="endringer">
        <h2 id="endringer" className="ds-heading" data-size="md">
          Siste endringer
        </h2>
        {work.recentChanges.length === 0 ? (
          <p className="ds-paragraph">Ingen endringer ennå.</p>
        ) : (
          <table className="ds-table">
            <thead>
              <tr>
                <th scope="col">Når</th>
                <th scope="col">Prosjekt</th>
                <th scope="col">Versjon</th>
                <th scope="col">Hvem</th>
                <th scope="col">Endret</th>
              </tr>
            </thead>
            <tbody>
              {work.recentChanges.map((r) => (
                <tr key={r.id}>
                  <td>{dateFormat.format(r.createdAt)}</td>
                  <td>{r.title}</td>
                  <td>{r.version}</td>
                  <td>{r.user?.name ?? r.comment ?? "–"}</td>
                  <td>{r.changed.map((field) => projectFieldLabels[field] ?? field).join(", ") || "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
