import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { notFound, redirect } from "next/navigation";
import { findAuditLog } from "@/lib/audit/find-audit-log";
import { isForbidden } from "@/lib/commands/errors";
import { getCurrentActor } from "@/lib/auth/session";
import { parsePageParam } from "@/lib/http/page-param";
import { localHref, requestLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.log"))("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditLogPage({ searchParams }: Props) {
  const actor = await getCurrentActor();
  if (!actor) redirect(await localHref("/admin/logg-inn?callbackUrl=/admin/logg"));
  const t = await getTranslations("admin.log");
  const timeFormat = new Intl.DateTimeFormat(`${(await requestLocale()).locale}-NO`, { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Oslo" });
  const params = await searchParams;
  let log;
  try {
    log = await findAuditLog(actor, { page: parsePageParam(params.side) });
  } catch (error) {
    if (isForbidden(error)) notFound();
    throw error;
  }

  return (
    <div className="flex flex-col gap-6">
      <p className="ds-paragraph">
        <Link className="ds-link" href="/admin">
          {t("back")}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {t("title")}
      </h1>
      <p className="ds-paragraph">
        {t("summary", { count: log.total, page: log.page, pages: log.pages })}
      </p>
      {/* The details make the table wide: its scrolling box is reachable by keyboard (WCAG 2.1.1). */}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("title")}>
        <table className="ds-table">
          <thead>
            <tr>
              <th scope="col">{t("time")}</th>
              <th scope="col">{t("who")}</th>
              <th scope="col">{t("action")}</th>
              <th scope="col">{t("outcome")}</th>
              <th scope="col">{t("object")}</th>
              <th scope="col">{t("ip")}</th>
              <th scope="col">{t("details")}</th>
            </tr>
          </thead>
          <tbody>
            {log.entries.map((e) => (
              <tr key={e.id}>
                <td>{timeFormat.format(e.at)}</td>
                <td>{e.user ? `${e.user.name} (${e.user.email})` : "–"}</td>
                <td>{e.action}</td>
                <td>{t(`outcomes.${e.outcome}`)}</td>
                <td>{e.entityType ? `${e.entityType} ${e.entityId ?? ""}` : "–"}</td>
                <td>{e.ip ?? "–"}</td>
                <td>
                  <code className="text-sm">{JSON.stringify(e.details)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label={t("pages")} className="flex gap-4">
        {log.page > 1 && (
          <Link className="ds-link" href={`/admin/logg?side=${log.page - 1}`}>
            {t("newer")}
          </Link>
        )}
        {log.page < log.pages && (
          <Link className="ds-link" href={`/admin/logg?side=${log.page + 1}`}>
            {t("older")}
          </Link>
        )}
      </nav>
    </div>
  );
}
