import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { UserAccessButtons, UserCreateForm, UserRoleForm } from "@/components/admin/user-forms";
import { AdviserFocusForm } from "@/components/mapping/adviser-focus-form";
import { MappingMessages } from "@/components/mapping/mapping-messages";
import { isForbidden } from "@/lib/commands/errors";
import { findAdviserFocusAreas } from "@/lib/mapping/queries";
import { getCurrentActor } from "@/lib/auth/session";
import { findCountyOptions, findUsers } from "@/lib/users/admin-queries";
import { roleLabels } from "@/lib/users/roles";

export const metadata: Metadata = { title: "Brukere", robots: { index: false } };

const timeFormat = new Intl.DateTimeFormat("nb-NO", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Oslo" });

export default async function UsersPage() {
  const actor = await getCurrentActor();
  if (!actor) redirect("/admin/logg-inn?callbackUrl=/admin/brukere");
  let users;
  try {
    users = await findUsers(actor);
  } catch (error) {
    if (isForbidden(error)) notFound();
    throw error;
  }
  const [counties, advisers] = await Promise.all([findCountyOptions(), findAdviserFocusAreas(actor)]);

  return (
    <div className="flex flex-col gap-8">
      <AdminNav role={actor.role} current="/admin/brukere" />
      <h1 className="ds-heading" data-size="lg">
        Brukere
      </h1>
      <section aria-labelledby="alle-brukere" className="flex flex-col gap-4">
        <h2 id="alle-brukere" className="ds-heading" data-size="md">
          Alle brukere ({users.length})
        </h2>
        <div className="overflow-x-auto">
          <table className="ds-table">
            <thead>
              <tr>
                <th scope="col">Navn</th>
                <th scope="col">E-post</th>
                <th scope="col">Rolle</th>
                <th scope="col">Fylker</th>
                <th scope="col">Status</th>
                <th scope="col">Sist innlogget</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id}>
                  <td>{u.name}</td>
                  <td>{u.email}</td>
                  <td>{roleLabels[u.role]}</td>
                  <td>{u.counties.map((c) => c.name).join(", ") || "–"}</td>
                  <td>{u.disabledAt ? `deaktivert ${timeFormat.format(u.disabledAt)}` : "aktiv"}</td>
                  <td>{u.lastSignInAt ? timeFormat.format(u.lastSignInAt) : "aldri"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ul className="flex flex-col gap-2">
          {users.map((u) => (
            <li key={u.id}>
              <details>
                <summary className="ds-paragraph cursor-pointer">
                  Endre {u.name} ({u.email})
                </summary>
                <div className="mt-3 flex max-w-2xl flex-col gap-4 pl-4">
                  <UserRoleForm user={u} counties={counties} />
                  {u.role === "adviser" && (
                    <MappingMessages>
                      <AdviserFocusForm user={{ id: u.id, name: u.name }} chosen={advisers.byUser.get(u.id) ?? []} focusAreas={advisers.focusAreas} />
                    </MappingMessages>
                  )}
                  {u.id !== actor.id && <UserAccessButtons user={{ id: u.id, email: u.email, disabled: Boolean(u.disabledAt) }} />}
                </div>
              </details>
            </li>
          ))}
        </ul>
      </section>
      <UserCreateForm counties={counties} />
    </div>
  );
}
