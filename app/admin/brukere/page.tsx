import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { UserAccessButtons, UserCreateForm, UserRoleForm } from "@/components/admin/user-forms";
import { AdviserFocusForm } from "@/components/mapping/adviser-focus-form";
import { MappingMessages } from "@/components/mapping/mapping-messages";
import { isForbidden } from "@/lib/commands/errors";
import { findAdviserFocusAreas } from "@/lib/mapping/queries";
import { getCurrentActor } from "@/lib/auth/session";
import { findCountyOptions, findUsers } from "@/lib/users/admin-queries";
import { localHref, requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title"), robots: { index: false } };
}

export default async function UsersPage() {
  const actor = await getCurrentActor();
  if (!actor) redirect(await localHref("/admin/logg-inn?callbackUrl=/admin/brukere"));
  const t = await getTranslations("admin");
  const timeFormat = new Intl.DateTimeFormat(`${(await requestLocale()).locale}-NO`, { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Oslo" });
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
        {t("users.title")}
      </h1>
      <section aria-labelledby="alle-brukere" className="flex flex-col gap-4">
        <h2 id="alle-brukere" className="ds-heading" data-size="md">
          {t("users.all", { count: users.length })}
        </h2>
        <div className="overflow-x-auto">
          <table className="ds-table">
            <thead>
              <tr>
                <th scope="col">{t("users.name")}</th>
                <th scope="col">{t("users.email")}</th>
                <th scope="col">{t("users.role")}</th>
                <th scope="col">{t("users.counties")}</th>
                <th scope="col">{t("users.status")}</th>
                <th scope="col">{t("users.lastSignIn")}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id}>
                  <td>{u.name}</td>
                  <td>{u.email}</td>
                  <td>{t(`roles.${u.role}`)}</td>
                  <td>{u.counties.map((c) => c.name).join(", ") || "–"}</td>
                  <td>{u.disabledAt ? t("users.disabledAt", { time: timeFormat.format(u.disabledAt) }) : t("users.active")}</td>
                  <td>{u.lastSignInAt ? timeFormat.format(u.lastSignInAt) : t("users.never")}</td>
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
                  {t("users.edit", { name: u.name, email: u.email })}
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
